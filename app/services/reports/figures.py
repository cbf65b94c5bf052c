"""The commissioner report's figures, table by table, from one ``Snapshot`` and a few more scans.

What each figure counts (also printed at the end of the PDF):
- Referrals, access and waiting times: referrals dated in the period, as they stood when it ended.
- Contacts, connections, unmet needs and measures: those dated in the period.
- Caseload: referrals open at the end of the period. Services closed or full: as they are now.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.figures import Count, Figure, Interval, Rate, Stat, Text
from app.domain.instruments import InstrumentSet, pick_responses
from app.domain.stats import mean_with_ci, median, percentile
from app.paths import load_json_resource
from app.domain.report import Row, Table
from app.services.reports.early import EarlyReads
from app.services.reports.scope import (
    ETHNIC_GROUPS,
    NOT_KNOWN,
    SEXES,
    Referral,
    Scope,
    Snapshot,
    age_band,
    age_bands,
    category_names,
    counted_contacts,
    ethnic_group,
    connections_from,
    connections_read,
    service_categories,
    sex_group,
    steps_read,
    stream,
)

LATE_DAYS = 14  # a referral with no first contact after this many days is flagged
OPEN_CONNECTION = ("draft", "requested", "accepted", "in-progress", "on-hold")
UNAVAILABLE = ("temporarily closed", "inactive", "defunct")  # as in the directory: paused or closed
TURNED_AWAY = ("service_closed", "no_capacity")
CONTACT_BUCKETS = ((1, 1, "1"), (2, 3, "2 or 3"), (4, 6, "4 to 6"), (7, 12, "7 to 12"), (13, 10**9, "13 or more"))
OUTCOMES = (("completed", "Completed"), ("open", "Still open"), ("failed", "Failed"),
            ("rejected", "Turned down by the service"), ("cancelled", "Cancelled"))


def _label(codes: dict[str, str], code: str) -> str:
    return codes.get(code) or code.replace("_", " ").capitalize() or "Not recorded"


@dataclass
class _Builder:
    con: Any
    snap: Snapshot
    instruments: InstrumentSet
    keep: bool = False  # keep the people behind each count (for the dashboard)
    early: EarlyReads | None = None
    tables: dict[str, Table] = field(default_factory=dict)
    # one copy of each set of people: many counts share theirs (a total, the headline)
    people: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)

    @property
    def scope(self) -> Scope:
        return self.snap.scope

    def read(self, name: str) -> Iterable[tuple[Any, ...]]:
        """The rows of one of ``early_reads``: read early on another connection, or now on this one."""
        if self.early is not None:
            return self.early.rows(name)
        return stream(self.con.execute(*early_reads(self.scope)[name]))

    def add(self, table: Table) -> Table:
        self.tables[table.key] = table
        return table

    def count(self, n: int, people: Collection[str] | None = None) -> Count:
        if not self.keep or people is None:
            return Count(n, None)
        found = frozenset(people)
        return Count(n, self.people.setdefault(found, found))


def _people_by(referrals: Iterable[Referral], key: Callable[[Referral], Iterable[str]]) -> dict[str, set[str]]:
    """Key -> the people whose referrals fall under it (a referral can fall under several keys)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in referrals:
        for k in key(r):
            out[k].add(r.person_id)
    return out


def early_reads(scope: Scope) -> dict[str, tuple[str, Sequence[Any]]]:
    """The slowest reads, which ``build_tables`` can be given early (``EarlyReads``), in the order it
    needs them: the snapshot's steps, then the connections, then the measures."""
    return {"steps": steps_read(scope),
            "connections": connections_read(scope.end_ts, scope.start_ts),
            "measures": (_MEASURES, (scope.end_ts, scope.start_ts, scope.end_ts))}


def build_tables(con: Any, snap: Snapshot, instruments: InstrumentSet, *, keep_people: bool = False,
                 early: EarlyReads | None = None) -> dict[str, Table]:
    """Every table of the report, the headline figures last (they are gathered from the others).
    With ``keep_people`` each count also holds the ids of the people behind it; ``early``: the reads of
    ``early_reads``, started already."""
    b = _Builder(con, snap, instruments, keep_people, early)
    cohort = snap.referrals
    headline = _referral_tables(b, cohort)
    headline += _access_tables(b, cohort)
    headline += _waiting_tables(b, cohort)
    headline += _contact_tables(b)
    headline += _connection_tables(b)
    _unavailable_services(b)
    headline += _unmet_need_tables(b)
    _caseload_table(b)
    headline += _wellbeing_tables(b)
    b.add(Table("headline", "At a glance", ("Number",), tuple(headline)))
    return b.tables


# --- referrals -----------------------------------------------------------------------------


def _breakdown(b: _Builder, key: str, title: str, counts: Counter[str], labels: dict[str, str], total: int, *,
               of: str = "% of referrals", order: Iterable[str] | None = None, label_header: str = "",
               note: str = "", who: dict[str, set[str]] | None = None) -> Table:
    keys = list(order) if order is not None else [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    rows = tuple(Row(k, _label(labels, k), (b.count(counts[k], (who or {}).get(k, ())), Rate(counts[k], total)))
                 for k in keys)
    everyone = set().union(*who.values()) if who else ()
    return Table(key, title, ("Referrals", of), rows,
                 Row("total", "All referrals", (b.count(total, everyone), Rate(total, total))),
                 label_header=label_header, note=note)


class _Reasons(dict[str, frozenset[str]]):
    """A referral's reasons as stored (a JSON list) -> the set of them, each distinct list read once."""

    def __missing__(self, stored: str) -> frozenset[str]:
        found = self[stored] = frozenset(json.loads(stored or "[]"))
        return found


def _referral_tables(b: _Builder, cohort: list[Referral]) -> list[Row]:
    reference = load_json_resource("reference.json")
    total = len(cohort)
    by_source = Counter(r.source for r in cohort)
    order = [k for k in reference["referral_sources"] if by_source[k]] + \
            sorted(k for k in by_source if k not in reference["referral_sources"])
    b.add(_breakdown(b, "referrals_by_source", "Referrals by who referred", by_source, reference["referral_sources"],
                     total, order=sorted(order, key=lambda k: -by_source[k]), label_header="Referred by",
                     who=_people_by(cohort, lambda r: (r.source,)) if b.keep else None))
    reasons = _Reasons()
    by_reason: Counter[str] = Counter()
    for stored, n in Counter(r.reasons for r in cohort).items():  # a few hundred distinct lists
        for reason in reasons[stored]:
            by_reason[reason] += n
    b.add(_breakdown(b, "referrals_by_reason", "Referrals by reason", by_reason, reference["referral_reasons"], total,
                     label_header="Reason",
                     note="A referral can give more than one reason, so the reasons add up to more than the total.",
                     who=_people_by(cohort, lambda r: reasons[r.reasons]) if b.keep else None))
    names = {p.hex_id: p.name for p in b.scope.practices} or dict(
        b.con.execute("SELECT id, name FROM practice ORDER BY name COLLATE NOCASE").fetchall())
    by_practice = Counter(r.practice_id or "" for r in cohort)
    people = defaultdict(set)
    for r in cohort:
        people[r.practice_id or ""].add(r.person_id)
    keys = list(names) + ([""] if by_practice[""] else [])
    rows = tuple(Row(k or "none", names.get(k, "No practice recorded"),
                     (b.count(by_practice[k], people[k]), b.count(len(people[k]), people[k]))) for k in keys)
    everyone = {r.person_id for r in cohort}
    b.add(Table("referrals_by_practice", "Referrals by practice", ("Referrals", "People"), rows,
                Row("total", "All practices in this report", (b.count(total, everyone), b.count(len(everyone),
                                                                                                 everyone))),
                label_header="Practice", note="A person referred twice in the period counts once under People."))
    return [Row("referrals", "Referrals received", (b.count(total, everyone),)),
            Row("people", "People referred", (b.count(len(everyone), everyone),))]


# --- access and equity ---------------------------------------------------------------------

_ACCESS_COLUMNS = ("Referred", "Offered", "Offered %", "Accepted", "Accepted %", "Declined", "Declined %")


def _access_row(b: _Builder, key: str, label: str, group: list[Referral]) -> Row:
    offers = Counter(r.offer for r in group)
    offered = len(group) - offers["not offered"]
    accepted, declined = offers["accepted"], offers["declined"]
    who = _people_by(group, lambda r: ("referred", r.offer)) if b.keep else {}
    return Row(key, label, (
        b.count(len(group), who.get("referred")),
        b.count(offered, set().union(*(who.get(k, ()) for k in ("accepted", "declined", "no decision yet")))),
        Rate(offered, len(group)), b.count(accepted, who.get("accepted", ())),
        Rate(accepted, offered), b.count(declined, who.get("declined", ())), Rate(declined, offered)))


def _access_table(b: _Builder, key: str, title: str, header: str, cohort: list[Referral], group_of: Any,
                  order: Sequence[tuple[str, str]]) -> Table:
    groups: dict[str, list[Referral]] = defaultdict(list)
    for r in cohort:
        groups[group_of(r)[0]].append(r)
    rows = tuple(_access_row(b, k, label, groups[k]) for k, label in (*order, NOT_KNOWN)
                 if groups[k] or k != NOT_KNOWN[0])
    return Table(key, title, _ACCESS_COLUMNS, rows, _access_row(b, "total", "All referrals", cohort),
                 label_header=header,
                 note="Offered: first contact made and support offered. Accepted % and Declined % are of those "
                      "offered.")


def _access_tables(b: _Builder, cohort: list[Referral]) -> list[Row]:
    ages = [(f"{low}-{high}" if high < 200 else f"{low}+", label) for low, high, label in age_bands()]
    b.add(_access_table(b, "access_by_age", "Offered, accepted and declined by age at referral", "Age", cohort,
                        lambda r: age_band(r.born, r.referral_date), ages))
    b.add(_access_table(b, "access_by_sex", "Offered, accepted and declined by sex", "Sex", cohort,
                        lambda r: sex_group(r.sex), SEXES))
    b.add(_access_table(b, "access_by_ethnicity", "Offered, accepted and declined by ethnic group", "Ethnic group",
                        cohort, lambda r: ethnic_group(r.ethnicity), [(k, label) for k, label, _ in ETHNIC_GROUPS]))
    total = b.tables["access_by_age"].total
    assert total is not None
    return [Row("offered", "Offered support", (total.cells[1],)),
            Row("accepted_rate", "Accepted, of those offered", (total.cells[4],))]


# --- waiting times -------------------------------------------------------------------------


def _waits(cohort: list[Referral], step: str) -> list[int]:
    return [(reached - r.referral_date).days for r in cohort if (reached := getattr(r, step)) is not None]


def _late(r: Referral, end: date) -> bool:
    """No first contact within ``LATE_DAYS`` days (still waiting at the end of the period counts)."""
    if r.contacted is not None:
        return (r.contacted - r.referral_date).days > LATE_DAYS
    stopped = min(end, r.closed or end)
    return (stopped - r.referral_date).days > LATE_DAYS


def _waiting_tables(b: _Builder, cohort: list[Referral]) -> list[Row]:
    rows = []
    for key, label, step in (("first_contact", "Referral to first contact", "contacted"),
                             ("what_matters", "Referral to what matters conversation", "what_matters")):
        days = _waits(cohort, step)
        reached = {r.person_id for r in cohort if getattr(r, step) is not None} if b.keep else None
        rows.append(Row(key, label, (b.count(len(days), reached), Stat(median(days), len(days)),
                                     Stat(percentile(days, 90), len(days)))))
    late_people = [r.person_id for r in cohort if _late(r, b.scope.end)]
    late = len(late_people)
    b.add(Table("waiting", "Days from referral", ("Reached", "Median days", "90th percentile days"), tuple(rows),
                label_header="Step",
                note="Medians and percentiles interpolate between the two nearest values (as Excel's PERCENTILE.INC)."))
    b.add(Table("late", f"No first contact within {LATE_DAYS} days", ("Referrals", "% of referrals"),
                (Row("late", f"Waited more than {LATE_DAYS} days for first contact",
                     (b.count(late, late_people), Rate(late, len(cohort)))),)))
    first = rows[0]
    return [Row("median_first_contact", "Median days from referral to first contact", (first.cells[1],)),
            Row("late", f"Waited more than {LATE_DAYS} days for first contact", (b.count(late, late_people),))]


# --- contacts ------------------------------------------------------------------------------


def _contact_tables(b: _Builder) -> list[Row]:
    people_of = b.snap.episode_person
    # each contact counts once, by its original row (see scope.contacts_sql); deleted ones never
    found = counted_contacts(b.con, b.scope.start_ts, b.scope.end_ts, pairs=b.keep or bool(b.scope.practices))
    if found.pairs is None and not found.per_referral.keys() <= people_of.keys():  # a referral out of scope
        found = counted_contacts(b.con, b.scope.start_ts, b.scope.end_ts, pairs=True)
    per_person: Counter[str] = Counter()
    for episode, n in found.per_referral.items():
        person = people_of.get(episode)
        if person is not None and n:
            per_person[person] += n
    by_kind = found.by_kind
    kind_people: dict[str, set[str]] = defaultdict(set)
    if found.pairs is not None:  # counted again, leaving out referrals out of scope
        by_kind = Counter()
        for (episode, kind), n in found.pairs.items():
            person = people_of.get(episode)
            if person is not None and n:
                by_kind[kind] += n
                if b.keep:
                    kind_people[kind].add(person)
    counts = [n for n in per_person.values() if n > 0]
    total, people = sum(counts), len(counts)
    everyone = list(per_person)
    b.add(Table("contacts", "Contacts in the period", ("Number",), (
        Row("contacts", "Contacts", (b.count(total, everyone),)),
        Row("people", "People with at least one contact", (b.count(people, everyone),)),
        Row("mean", "Contacts per person (mean)", (Stat(total / people if people else None, people),)),
        Row("median", "Contacts per person (median)", (Stat(median(counts), people),)),
    )))
    bucketed: dict[str, list[str]] = defaultdict(list)
    for person, n in per_person.items():
        bucketed[next(label for low, high, label in CONTACT_BUCKETS if low <= n <= high)].append(person)
    buckets = tuple(Row(label, label, (b.count(len(bucketed[label]), bucketed[label]),))
                    for _, _, label in CONTACT_BUCKETS)
    b.add(Table("contacts_per_person", "People by number of contacts in the period", ("People",), buckets,
                Row("total", "All people with a contact", (b.count(people, everyone),)), label_header="Contacts"))
    kinds = load_json_resource("reference.json")["contact_kinds"]
    b.add(Table("contacts_by_kind", "Contacts by kind", ("Contacts", "% of contacts"),
                tuple(Row(k, _label(kinds, k), (b.count(n, kind_people[k]), Rate(n, total)))
                      for k, n in sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0])) if n),
                Row("total", "All contacts", (b.count(total, everyone), Rate(total, total))), label_header="Kind"))
    return [Row("contacts", "Contacts", (b.count(total, everyone),))]


# --- connections ---------------------------------------------------------------------------


def _outcome(status: str | None) -> str | None:
    if status is None or status in OPEN_CONNECTION:
        return "open"
    if status == "entered-in-error":
        return None
    return status


def _connection_tables(b: _Builder) -> list[Row]:
    people_of = b.snap.episode_person
    rows = [(service_id, (status, reason), people_of[episode])
            for _, episode, service_id, status, reason in connections_from(b.read("connections"))
            if episode in people_of]
    categories = service_categories(b.con)
    by_outcome: Counter[str] = Counter()
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    reasons: Counter[str] = Counter()
    who: dict[tuple[str, str], set[str]] = defaultdict(set)  # (what, key) -> people, when kept
    for service_id, (status, reason), person in rows:
        outcome = _outcome(status)
        if outcome is None:
            continue
        by_outcome[outcome] += 1
        names = categories.get(service_id) or ["No category"]
        for name in names:
            by_category[name][outcome] += 1
        if outcome in ("failed", "rejected"):
            reasons[reason or "other"] += 1
        if b.keep:
            for what, key in (("outcome", outcome), ("outcome", "all"), ("reason", reason or "other"),
                              *(("category", f"{name}|{outcome}") for name in names),
                              *(("category", f"{name}|all") for name in names)):
                if what != "reason" or outcome in ("failed", "rejected"):
                    who[(what, key)].add(person)
    made = sum(by_outcome.values())
    b.add(Table("connections_by_outcome", "Connections made in the period, by outcome when it ended",
                ("Connections", "% of connections"),
                tuple(Row(k, label, (b.count(by_outcome[k], who.get(("outcome", k), ())), Rate(by_outcome[k], made)))
                      for k, label in OUTCOMES),
                Row("total", "All connections made", (b.count(made, who.get(("outcome", "all"), ())),
                                                      Rate(made, made))), label_header="Outcome",
                note="Still open: not sent yet, waiting for a reply, accepted, under way or on hold. Failed: it did "
                     "not happen (for example the person did not attend). Connections entered in error are left out."))
    columns = ("Made", "Completed", "Still open", "Failed or turned down", "Cancelled")

    def cells(c: Counter[str], what: str, prefix: str) -> tuple[Figure, ...]:
        def people(*keys: str) -> set[str]:
            return set().union(*(who.get((what, prefix + k), ()) for k in keys))
        return (b.count(sum(c.values()), people("all")), b.count(c["completed"], people("completed")),
                b.count(c["open"], people("open")), b.count(c["failed"] + c["rejected"], people("failed", "rejected")),
                b.count(c["cancelled"], people("cancelled")))

    b.add(Table("connections_by_category", "Connections by service category", columns,
                tuple(Row(name, name, cells(c, "category", f"{name}|"))
                      for name, c in sorted(by_category.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))),
                Row("total", "All connections made", cells(by_outcome, "outcome", "")), label_header="Service category",
                note="A service listed under two categories counts under both."))
    labels = load_json_resource("reference.json")["connection_outcomes"]
    failed = sum(reasons.values())
    b.add(Table("failed_by_reason", "Connections that failed or were turned down, by reason",
                ("Connections", "% of these"),
                tuple(Row(k, labels[k], (b.count(reasons[k], who.get(("reason", k), ())), Rate(reasons[k], failed)))
                      for k in labels),
                Row("total", "All failed or turned down", (b.count(failed, who.get(("outcome", "failed"), set())
                                                                    | who.get(("outcome", "rejected"), set())),
                                                           Rate(failed, failed))),
                label_header="Reason"))
    return [Row("connections", "Connections made to services", (b.count(made, who.get(("outcome", "all"), ())),))]


def _unavailable_services(b: _Builder) -> None:
    marks, open_marks = ",".join("?" * len(UNAVAILABLE)), ",".join("?" * len(OPEN_CONNECTION))
    # The few closed or full services first, so the scan of connections joins nothing row by row.
    found = b.con.execute(
        f"""WITH unavailable AS MATERIALIZED (SELECT id FROM service WHERE status IN ({marks}) OR capacity = 'full')
            SELECT c.service_id, c.episode_id, c.status IN ({open_marks}) AND c.service_id IN unavailable
            FROM connection c NOT INDEXED
            WHERE c.deleted_at IS NULL AND ((c.status IN ({open_marks}) AND c.service_id IN unavailable)
               OR (c.status IN ('failed', 'rejected') AND c.outcome_reason IN ({",".join("?" * len(TURNED_AWAY))})
                   AND c.status_changed_at >= ? AND c.status_changed_at < ?))""",
        [*UNAVAILABLE, *OPEN_CONNECTION, *OPEN_CONNECTION, *TURNED_AWAY, b.scope.start_ts, b.scope.end_ts]).fetchall()
    about = {sid: rest for sid, *rest in b.con.execute(
        "SELECT id, name, status, capacity FROM service WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted({sid for sid, _, _ in found})),))}
    people = b.snap.episode_person
    rows = [(sid, *about[sid], people[episode], still_open)
            for sid, episode, still_open in found if episode in people and sid in about]
    services: dict[str, tuple[str, str]] = {}
    waiting: dict[str, set[str]] = defaultdict(set)
    turned: dict[str, set[str]] = defaultdict(set)
    for sid, name, status, capacity, person, still_open in rows:
        now = status if status != "active" else ("full" if capacity == "full" else
                                                  f"open ({capacity})" if capacity != "has capacity" else "open")
        services[sid] = (name, now)
        (waiting if still_open else turned)[sid].add(person)
    order = sorted(services, key=lambda s: (-len(waiting[s] | turned[s]), services[s][0].casefold()))
    rows_out = tuple(Row(s, services[s][0], (Text(services[s][1]), b.count(len(waiting[s]), waiting[s]),
                                             b.count(len(turned[s]), turned[s]),
                                             b.count(len(waiting[s] | turned[s]), waiting[s] | turned[s])))
                     for s in order)
    everyone = set().union(*waiting.values(), *turned.values()) if services else set()
    b.add(Table("services_unavailable", "Services that closed or filled, and the people that touched",
                ("Now", "People still connected", "People turned away in period", "People affected"), rows_out,
                Row("total", "All such services", (Text(f"{len(services)} services"),
                                                   b.count(len(still := set().union(*waiting.values())), still),
                                                   b.count(len(away := set().union(*turned.values())), away),
                                                   b.count(len(everyone), everyone))),
                label_header="Service",
                note="People still connected: an open connection to a service that is closed, paused or full now. "
                     "Turned away: a connection that failed or was turned down in the period because the service "
                     "had closed or had no capacity."))


# --- unmet needs ---------------------------------------------------------------------------


def _unmet_need_tables(b: _Builder) -> list[Row]:
    where = ""
    params: list[Any] = []
    if b.scope.practices:
        marks = ",".join("?" * len(b.scope.practices))
        where = f" AND coalesce(p.practice_id, w.practice_id) IN ({marks})"
        params = [p.hex_id for p in b.scope.practices]
    rows = b.con.execute(
        f"""SELECT u.category, u.area, count(*), group_concat(u.person_id) FROM unmetneed u
            LEFT JOIN person p ON p.id = u.person_id LEFT JOIN worker w ON w.id = u.worker_id
            WHERE u.recorded_on >= ? AND u.recorded_on <= ?{where}
            GROUP BY u.category, u.area""", [b.scope.start.isoformat(), b.scope.end.isoformat(), *params]).fetchall()
    names = category_names(b.con)
    by_category: Counter[str] = Counter()
    who: dict[str, set[str]] = defaultdict(set)  # category or category|area -> the people (needs may have none)
    for category, area, n, people in rows:
        by_category[category] += n
        if b.keep and people:
            who[category].update(people.split(","))
            who[f"{category}|{area}"].update(people.split(","))
    total = sum(by_category.values())
    everyone = set().union(*who.values()) if who else set()
    b.add(Table("unmet_needs_by_category", "Unmet needs by category", ("Needs recorded", "% of needs"),
                tuple(Row(c, names.get(c, c), (b.count(n, who[c]), Rate(n, total)))
                      for c, n in sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0]))),
                Row("total", "All unmet needs", (b.count(total, everyone), Rate(total, total))),
                label_header="Category"))
    b.add(Table("unmet_needs", "Unmet needs by category and area", ("Area", "Needs recorded"),
                tuple(Row(f"{c}|{a}", names.get(c, c), (Text(a or "Not recorded"), b.count(n, who[f"{c}|{a}"])))
                      for c, a, n, _ in sorted(rows, key=lambda r: (-r[2], names.get(r[0], r[0]), r[1]))),
                label_header="Category",
                note="A need is recorded when no suitable service could be found. Needs recorded without a person "
                     "count under the practice of the worker who recorded them."))
    return [Row("unmet_needs", "Unmet needs recorded", (b.count(total, everyone),))]


# --- caseload ------------------------------------------------------------------------------


def _caseload_table(b: _Builder) -> None:
    tally: dict[str | None, list[int]] = defaultdict(lambda: [0, 0, 0])  # open at end, new, closed
    who: dict[tuple[str | None, int], set[str]] = defaultdict(set)
    keep = b.keep
    for worker, state, new, person in b.snap.caseload:  # every referral made by the end of the period
        counts = tally[worker]
        if state is not None:  # 0: open at the end, or 2: closed in the period
            counts[state] += 1
            if keep:
                who[(worker, state)].add(person)
        if new:  # 1: new in the period
            counts[1] += 1
            if keep:
                who[(worker, 1)].add(person)
    names = dict(b.con.execute("SELECT id, name FROM worker").fetchall())
    found = [(names.get(w, "Unknown worker") if w else "Not assigned", w or "none", c[0], c[1], c[2], w)
             for w, c in tally.items() if any(c)]
    found.sort(key=lambda f: (f[1] == "none", -f[2], f[0].casefold()))
    b.add(Table("caseload_by_worker", "Caseload per worker", ("Open at end", "New referrals", "Closed"),
                tuple(Row(k, name, tuple(b.count(f, who[(w, i)]) for i, f in enumerate((o, n, c))))
                      for name, k, o, n, c, w in found),
                Row("total", "All workers", tuple(
                    b.count(sum(f[2:5][i] for f in found), set().union(*(who[(f[5], i)] for f in found)))
                    for i in range(3))),
                label_header="Worker",
                note="Open at end: referred by the end of the period and not closed by then. New referrals and "
                     "Closed: in the period."))


# --- wellbeing -----------------------------------------------------------------------------

# Every measure taken before the period ended by a referral with one taken in the period.
_MEASURES = """SELECT timepoint, taken_at, answers, episode_id, instrument FROM measureresponse NOT INDEXED
    WHERE taken_at < ? AND episode_id IN (
        SELECT episode_id FROM measureresponse INDEXED BY ix_measureresponse_taken
        WHERE taken_at >= ? AND taken_at < ?)"""


def _wellbeing_tables(b: _Builder) -> list[Row]:
    start_ts, end_ts = b.scope.start_ts, b.scope.end_ts  # made from the dates on each use: made once here
    rows = b.read("measures")
    # each row kept as it came, (timepoint, taken at, answers, referral, instrument), as pick_responses reads it
    grouped: dict[tuple[str, str], list[tuple[str, str, str, str, str]]] = defaultdict(list)
    recorded: dict[str, Counter[str]] = defaultdict(Counter)
    who: dict[tuple[str, str], set[str]] = defaultdict(set)  # (instrument, what) -> people, when kept
    people_of, keep = b.snap.episode_person, b.keep
    known = {i.id: i.scores for i in b.instruments}  # a plain dict: looked up once a row
    for row in rows:
        timepoint, taken, _, episode, instrument = row
        if instrument not in known or episode not in people_of:  # an unknown instrument is never shown
            continue
        grouped[(episode, instrument)].append(row)
        if taken >= start_ts:
            what = "baseline" if timepoint == "baseline" else "follow_up"
            recorded[instrument][what] += 1
            if keep:
                who[(instrument, what)].add(people_of[episode])
    scored = b.instruments.scorer()
    changes: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    paired: Counter[str] = Counter()
    with_pair: set[str] = set()
    for (episode, instrument), responses in grouped.items():
        pair = pick_responses(responses, until=end_ts)
        if pair is None or pair[1][1] < start_ts:  # the latest follow-up was before the period
            continue
        before, after = scored(instrument, pair[0][2]), scored(instrument, pair[1][2])
        paired[instrument] += 1
        with_pair.add(episode)
        person = people_of[episode]
        if keep:
            who[(instrument, "paired")].add(person)
        for score in known[instrument]:
            first, last = before[score.id], after[score.id]
            if first is not None and last is not None:
                changes[(instrument, score.id)].append((first, last, person))
    out_rows = []
    for instrument in b.instruments:
        for score in instrument.scores:
            pairs = changes.get((instrument.id, score.id), [])
            if not pairs and instrument.id not in ("ons4", "ucla3"):
                continue  # an organisation's own instrument appears once it is used
            decimals = max(1, score.decimals)
            n = len(pairs)
            diff = mean_with_ci([a - s for s, a, _ in pairs])
            by_change = Counter(round(a - s, score.decimals) for s, a, _ in pairs)  # each change judged once
            improved = sum(n for change, n in by_change.items() if score.improved(change))
            out_rows.append(Row(f"{instrument.id}.{score.id}", f"{instrument.short_name}: {score.label}", (
                Text(score.better), b.count(n, [p for _, _, p in pairs]),
                Stat(sum(s for s, _, _ in pairs) / n if n else None, n, decimals),
                Stat(sum(a for _, a, _ in pairs) / n if n else None, n, decimals),
                Stat(diff.mean, n, decimals, signed=True),
                Interval(diff.low, diff.high, n, decimals),
                Rate(improved, n))))
    b.add(Table("wellbeing", "Change from baseline to latest follow-up",
                ("Better is", "People", "Baseline mean", "Follow-up mean", "Mean change", "95% CI", "Improved %"),
                tuple(out_rows), label_header="Measure",
                note="People with a baseline and a follow-up, the follow-up taken in the period. Change is follow-up "
                     "minus baseline; for anxiety and loneliness a fall is an improvement. 95% CI: paired Student t "
                     "interval (n - 1 degrees of freedom)."))
    measured = [i for i in b.instruments if i.id in ("ons4", "ucla3") or i.id in recorded]
    b.add(Table("measures_recorded", "Measures recorded in the period",
                ("Baselines", "Follow-ups", "Before-and-after pairs"),
                tuple(Row(i.id, i.name, (b.count(recorded[i.id]["baseline"], who[(i.id, "baseline")]),
                                         b.count(recorded[i.id]["follow_up"], who[(i.id, "follow_up")]),
                                         b.count(paired[i.id], who[(i.id, "paired")]))) for i in measured),
                label_header="Instrument"))
    everyone = set().union(*(people for (_, what), people in who.items() if what == "paired"))
    return [Row("wellbeing_pairs", "People with a before-and-after wellbeing measure",
                (b.count(len(with_pair), everyone),))]
