"""What a commissioner report covers: a date range, some practices, and the referrals in them.

Shared by the report's figures and its one-row-per-episode CSV. Plain SQL over the DB-API
connection: uuids are 32-character hex, dates ISO text, timestamps ``YYYY-MM-DD HH:MM:SS+00:00``
in UTC, so a timestamp is inside the period when ``start <= ts < day after end`` as text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from app.domain.report import Practice, Scope
from app.errors import InvalidInput
from app.i18n import short_date, translate

# NHS Data Dictionary ethnic category (2001 census codes) -> the five top-level groups.
ETHNIC_GROUPS = (
    ("white", "White", "ABC"),
    ("mixed", "Mixed or multiple", "DEFG"),
    ("asian", "Asian or Asian British", "HJKL"),
    ("black", "Black or Black British", "MNP"),
    ("other", "Other ethnic group", "RS"),
    ("not_stated", "Not stated", "Z"),
)
NOT_KNOWN = ("not_known", "Not known")
ADULT_BANDS = ((18, 24, "18 to 24"), (25, 34, "25 to 34"), (35, 44, "35 to 44"), (45, 54, "45 to 54"),
               (55, 64, "55 to 64"), (65, 74, "65 to 74"), (75, 84, "75 to 84"), (85, 200, "85 and over"))
SEXES = (("female", "Female"), ("male", "Male"), ("intersex", "Intersex"), ("not stated", "Not stated"))


def age_bands() -> tuple[tuple[int, int, str], ...]:
    """Every age band, youngest first: young people (under 18) in two bands of their own, named as the
    GP summary and letters name them, then the adult bands."""
    return ((0, 15, translate("report", "Under 16")), (16, 17, translate("report", "16 to 17")), *ADULT_BANDS)


def age_band(born: str | None, on: date) -> tuple[str, str]:
    """(key, label) of the age band on ``on``."""
    if not born:
        return NOT_KNOWN
    dob = date.fromisoformat(born[:10])
    age = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    if 0 <= age < 16:
        return "0-15", translate("report", "Under 16")
    if 16 <= age < 18:
        return "16-17", translate("report", "16 to 17")
    for low, high, label in ADULT_BANDS:
        if low <= age <= high:
            return (f"{low}-{high}" if high < 200 else f"{low}+", label)
    return NOT_KNOWN


def ethnic_group(code: str | None) -> tuple[str, str]:
    letter = (code or "").strip().upper()
    for key, label, letters in ETHNIC_GROUPS:
        if len(letter) == 1 and letter in letters:
            return key, label
    return NOT_KNOWN


def sex_group(sex: str | None) -> tuple[str, str]:
    value = (sex or "").strip().lower()
    return next(((k, label) for k, label in SEXES if k == value), NOT_KNOWN)


def day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def make_scope(con: Any, start: date, end: date, wanted: Sequence[str] = ()) -> Scope:
    """Check the range and find the practices by ODS code, name or id (any case)."""
    if end < start:
        raise InvalidInput(translate("report", "The report period ends ({end}) before it starts ({start}).").format(end=short_date(end), start=short_date(start)))
    every = [Practice(i, ods, name) for i, ods, name in
             con.execute("SELECT id, ods_code, name FROM practice ORDER BY name COLLATE NOCASE")]
    chosen: list[Practice] = []
    for value in wanted:
        needle = value.strip().casefold()
        found = next((p for p in every if needle in (p.ods_code.casefold(), p.name.casefold())
                      or needle.replace("-", "") == p.hex_id), None)
        if found is None:
            listed = "; ".join(f"{p.ods_code} {p.name}" for p in every) or "none yet"
            raise InvalidInput(translate("report", "There is no practice {value}. The practices are: {listed}.").format(value=repr(value), listed=listed))
        if found not in chosen:
            chosen.append(found)
    return Scope(start, end, tuple(chosen))


class Referral(NamedTuple):
    """One referral received in the period, as it stood at the end of the period: each step is the
    day it was first reached by then, or None. A named tuple: a year's report makes tens of thousands,
    and a frozen dataclass sets each field through ``object.__setattr__``."""

    id: str
    person_id: str
    referral_date: date
    source: str
    reasons: str  # JSON list
    worker_id: str | None
    urgency: str
    consent: bool
    closure_reason: str | None  # the closure reason now; it applies only if ``closed`` is set
    born: str | None
    sex: str
    ethnicity: str
    practice_id: str | None
    contacted: date | None = None  # first contact, when support was offered
    accepted: date | None = None
    declined: date | None = None
    what_matters: date | None = None
    planned: date | None = None
    closed: date | None = None

    @property
    def offer(self) -> str:
        if self.accepted:
            return "accepted"
        if self.declined:
            return "declined"
        return "no decision yet" if self.contacted else "not offered"


_STEPS = ("contacted", "accepted", "declined", "what_matters", "planned", "closed")


OPEN_AT_END, CLOSED_IN_PERIOD = 0, 2  # the caseload table's columns (1: new in the period)


@dataclass
class Snapshot:
    """What the report reads more than once, loaded with sequential scans: under SQLCipher every page
    read through an index costs a decryption, and such random reads dominate at scale.

    ``episode_person`` maps every referral made by the end of the period for a person in scope to that
    person; rows of other tables whose referral is not in it are out of scope.
    """

    scope: Scope
    episode_person: dict[str, str]
    referrals: list[Referral]  # dated in the period, oldest first
    # every referral made by the end of the period: (worker, OPEN_AT_END, CLOSED_IN_PERIOD or None,
    # whether it was made in the period, person), worked out as it is read (no closing time kept)
    caseload: list[tuple[str | None, int | None, bool, str]]


def stream(cursor: Any, size: int = 10_000) -> Iterator[Any]:
    """A cursor's rows a batch at a time: the big scans are never held whole as a list of rows (iterating
    the connection's cursor fetches every row first)."""
    while rows := cursor.fetchmany(size):
        yield from rows


class _Days(dict[str, date]):
    """ISO text -> date, each distinct day parsed once (a report reads hundreds of thousands of dates
    over a few thousand days)."""

    def __missing__(self, text: str) -> date:
        found = self[text] = date.fromisoformat(text)
        return found


def snapshot(con: Any, scope: Scope, steps: Callable[[], Iterable[tuple[Any, ...]]] | None = None) -> Snapshot:
    """``steps``: gives the rows of ``steps_read`` when they are needed (read early, on another connection)."""
    pool: dict[Any, Any] = {}
    _i = pool.setdefault  # _i(v, v): one copy of each repeated value (as sys.intern, for None too)
    days = _Days()
    people_where, people_params = "", []
    if scope.practices:
        people_where = f" WHERE practice_id IN ({','.join('?' * len(scope.practices))})"
        people_params = [p.hex_id for p in scope.practices]
    # Repeated values (sexes, codes, practice and worker ids) are interned: at 100,000 referrals that
    # halves the memory the report needs.
    people = {_i(pid, pid): (born, _i(sex, sex), _i(ethnicity, ethnicity), _i(practice, practice))
              for pid, born, sex, ethnicity, practice
              in stream(con.execute(f"SELECT id, date_of_birth, sex, ethnicity, practice_id FROM person NOT INDEXED"
                                    f"{people_where}", people_params))}
    episode_person: dict[str, str] = {}
    caseload: list[tuple[str | None, int | None, bool, str]] = []
    start_ts, end_ts = scope.start_ts, scope.end_ts
    cohort: list[tuple[Any, ...]] = []
    start, end = scope.start.isoformat(), scope.end.isoformat()
    for eid, person, referred, worker, closed_at, source, reasons, urgency, consent, closure in stream(con.execute(
            """SELECT id, person_id, referral_date, worker_id, closed_at, referral_source, reasons, urgency,
                      consent_to_contact, closure_reason FROM episode NOT INDEXED WHERE referral_date <= ?""",
            (end,))):
        if person not in people:
            continue
        person = _i(person, person)
        episode_person[eid] = person
        worker = _i(worker, worker)
        caseload.append((worker, OPEN_AT_END if closed_at is None or closed_at >= end_ts else
                         CLOSED_IN_PERIOD if closed_at >= start_ts else None, referred >= start, person))
        if referred >= start:  # the fields are named, not starred: a starred target makes a list per row
            cohort.append((eid, person, days[referred], worker, _i(source, source), _i(reasons, reasons),
                           _i(urgency, urgency), consent, _i(closure, closure)))
    _keep_cohort(con, [c[0] for c in cohort])
    reached = _steps(days, con.execute(_STEPS_SQL.format(cohort=COHORT), (scope.end_ts, *_STEPS)) if steps is None
                     else steps())
    referrals = []
    for eid, person, referred, worker, source, reasons, urgency, consent, closure in sorted(
            cohort, key=lambda c: (c[2], c[0])):
        born, sex, ethnicity, practice = people[person]
        referrals.append(Referral(eid, person, referred, source, reasons, worker, urgency, bool(consent), closure,
                                  born, sex or "", ethnicity or "", practice, *reached.get(eid, ())))
    return Snapshot(scope, episode_person, referrals, caseload)


# The snapshot's referrals (in the period and in scope), kept in a temporary table of the connection that
# made it, so later reads join them through an index instead of scanning a table for them.
COHORT = "temp.report_cohort"


def _keep_cohort(con: Any, ids: list[str]) -> None:
    con.execute(f"DROP TABLE IF EXISTS {COHORT}")
    con.execute(f"CREATE TABLE {COHORT} (id TEXT PRIMARY KEY) WITHOUT ROWID")
    con.executemany(f"INSERT INTO {COHORT} (id) VALUES (?)", ((i,) for i in sorted(ids)))
# With GROUP BY, SQLite takes bare columns from the row holding the max: the latest change, the later
# written of two at the same moment.
LATEST = "max(changed_at || ' ' || printf('%012d', rowid))"


# The day each step was first reached before the period ended, for each referral of a cohort: one seek
# into the status history's index per referral, in id order so the seeks read its pages in order.
_FIRSTS = ", ".join(f"substr(min(CASE WHEN to_status = '{s}' THEN changed_at END), 1, 10)" for s in _STEPS)
_STEPS_SQL = f"""SELECT k.id, {_FIRSTS} FROM {{cohort}} k
    CROSS JOIN episodestatuschange e INDEXED BY ix_episodestatuschange_steps ON e.episode_id = k.id
    WHERE e.changed_at < ? AND e.to_status IN ({",".join("?" * len(_STEPS))})
    GROUP BY k.id"""


def steps_read(scope: Scope) -> tuple[str, list[Any]]:
    """``_STEPS_SQL`` for every referral dated in the period (in scope or not: the snapshot takes those
    it holds), for a connection without the snapshot's cohort."""
    cohort = "(SELECT id FROM episode NOT INDEXED WHERE referral_date >= ? AND referral_date <= ? ORDER BY id)"
    return (_STEPS_SQL.format(cohort=cohort),
            [scope.start.isoformat(), scope.end.isoformat(), scope.end_ts, *_STEPS])


def _steps(days: _Days, rows: Iterable[tuple[Any, ...]]) -> dict[str, tuple[date | None, ...]]:
    """Referral id -> the day each step was first reached before the period ended."""
    return {eid: tuple(days[t] if t else None for t in found) for eid, *found in rows}


# Contacts and connections with ``deleted_at`` set were deleted by a worker (kept only for undo) and never
# count. A deleted contact may be any row of its correction chain: its original row is found by walking up.
DELETED_CONTACTS = """WITH RECURSIVE gone(id, up) AS (
        SELECT id, supersedes_id FROM contact INDEXED BY ix_contact_deleted WHERE deleted_at IS NOT NULL
        UNION SELECT c.id, c.supersedes_id FROM contact c JOIN gone g ON c.id = g.up)
    SELECT id FROM gone"""
LIVE_CONTACT = (f"deleted_at IS NULL AND id NOT IN ({DELETED_CONTACTS}) "
                f"AND coalesce(supersedes_id, '') NOT IN ({DELETED_CONTACTS})")
LIVE_CONNECTION = "deleted_at IS NULL"


TOUCHED = "temp.report_touched"
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def keep_touched(con: Any) -> bool:
    """Keep in ``TOUCHED`` the referrals with a contact in a deleted correction chain (a deleted row, a row
    it walks up to, or a row correcting one of those); True when there are any. Everywhere else a contact
    row counts exactly when ``deleted_at`` is empty, which the narrow indexes of migration 0015 answer;
    these few referrals are counted by the whole rule (``LIVE_CONTACT``)."""
    con.execute(f"DROP TABLE IF EXISTS {TOUCHED}")
    con.execute(f"CREATE TABLE {TOUCHED} (id TEXT PRIMARY KEY) WITHOUT ROWID")
    con.execute(f"""INSERT OR IGNORE INTO {TOUCHED} (id)
                    SELECT episode_id FROM contact WHERE id IN ({DELETED_CONTACTS})
                    UNION SELECT episode_id FROM contact WHERE supersedes_id IN ({DELETED_CONTACTS})""")
    return con.execute(f"SELECT count(*) FROM {TOUCHED}").fetchone()[0] > 0


@dataclass
class Contacts:
    """The contacts that count in a period: how many each referral had and how many of each kind; with
    ``pairs``, also how many of each kind each referral had (for the people behind each kind, or to leave
    out referrals outside the report's scope)."""

    per_referral: Counter[str]
    by_kind: Counter[str]
    pairs: Counter[tuple[str, str]] | None


def counted_contacts(con: Any, start_ts: str, end_ts: str, *, pairs: bool = False) -> Contacts:
    """The contacts that count in [start_ts, end_ts): each contact once, by its original row
    (``supersedes_id`` empty), deleted ones never."""
    touched = keep_touched(con)
    # Counted here rather than by GROUP BY: SQLite would sort every row of the period to group them.
    cursor = con.execute(
        f"""SELECT episode_id, kind FROM contact INDEXED BY ix_contact_counted
            WHERE supersedes_id IS NULL AND deleted_at IS NULL AND contact_at >= ? AND contact_at < ?
            {f"AND episode_id NOT IN (SELECT id FROM {TOUCHED})" if touched else ""}""", (start_ts, end_ts))
    found = Contacts(Counter(), Counter(), Counter() if pairs else None)
    while batch := cursor.fetchmany(10_000):  # a batch at a time, counted in C: no Python step per row
        found.per_referral.update(map(_FIRST, batch))
        found.by_kind.update(map(_SECOND, batch))
        if found.pairs is not None:
            found.pairs.update(batch)
    if touched:
        for episode, kind, n in con.execute(
                f"""SELECT episode_id, kind, count(*) FROM contact
                    WHERE episode_id IN (SELECT id FROM {TOUCHED}) AND supersedes_id IS NULL
                      AND contact_at >= ? AND contact_at < ? AND {LIVE_CONTACT}
                    GROUP BY episode_id, kind""", (start_ts, end_ts)):
            found.per_referral[episode] += n
            found.by_kind[kind] += n
            if found.pairs is not None:
                found.pairs[(episode, kind)] += n
    return found


def contacts_sql(where: str) -> str:
    """Contact rows that count, with ``duration_minutes`` and ``replaced`` (1 when a later row corrects
    it). Contacts are append-only: a correction is a new row naming the row it replaces (``supersedes_id``)
    with the same kind and date, so each contact has exactly one original row (``supersedes_id`` empty),
    which is what is counted; its length is the latest version's."""
    return f"""SELECT episode_id, kind, supersedes_id IS NULL AS original, duration_minutes,
                      id IN (SELECT supersedes_id FROM contact WHERE supersedes_id IS NOT NULL) AS replaced
               FROM contact NOT INDEXED WHERE {LIVE_CONTACT} AND {where}"""


def connections_made(con: Any, before: str, made_from: str, *, cohort_only: bool = False
                     ) -> list[tuple[str, str, str, str, str | None]]:
    """(connection, referral, service, status, outcome reason) of the live connections made from ``made_from``
    until ``before`` (``cohort_only``: of the referrals in ``COHORT``), oldest first, each with its status as
    it stood just before ``before`` ("draft" before any change)."""
    return connections_from(con.execute(*connections_read(before, made_from, cohort_only=cohort_only)).fetchall())


def connections_read(before: str, made_from: str, *, cohort_only: bool = False) -> tuple[str, tuple[str, str]]:
    """The SELECT of ``connections_made`` and its parameters. The latest change is the last by time, then
    by the order written: one seek into the history's index per connection, made in id order so that the
    seeks read the index's pages in order, each decrypted once (in date order they jump about the file)."""
    cohort = f"AND episode_id IN (SELECT id FROM {COHORT})" if cohort_only else ""
    return (f"""WITH made AS MATERIALIZED (
                SELECT id, episode_id, service_id, created_at, rowid AS written FROM connection NOT INDEXED
                WHERE {LIVE_CONNECTION} AND created_at >= ?2 AND created_at < ?1 {cohort} ORDER BY id)
            SELECT m.id, m.episode_id, m.service_id,
                   (SELECT s.to_status || coalesce(char(31) || s.outcome_reason, '')
                    FROM connectionstatuschange s INDEXED BY ix_connectionstatuschange_latest
                    WHERE s.connection_id = m.id AND s.changed_at < ?1 ORDER BY s.changed_at DESC, s.rowid DESC
                    LIMIT 1) AS latest
            FROM made m ORDER BY m.created_at, m.written""", (before, made_from))


def connections_from(rows: Iterable[tuple[str, str, str, str | None]]) -> list[tuple[str, str, str, str, str | None]]:
    """The rows of ``connections_read`` as ``connections_made`` gives them."""
    out = []
    for cid, episode, service, last in rows:
        status, marked, reason = (last or "draft").partition("\x1f")
        out.append((cid, episode, service, status, reason if marked else None))
    return out


def category_names(con: Any) -> dict[str, str]:
    """Taxonomy code -> name (unmet needs are recorded against these codes)."""
    return dict(con.execute("SELECT code, name FROM taxonomyterm ORDER BY rowid"))


def service_categories(con: Any) -> dict[str, list[str]]:
    """Service id -> its category names (a service can be in several)."""
    out: dict[str, list[str]] = {}
    for sid, name in con.execute(
            """SELECT st.service_id, t.name FROM servicetaxonomy st JOIN taxonomyterm t ON t.id = st.term_id
               ORDER BY st.service_id, t.name"""):
        out.setdefault(sid, []).append(name)
    return out
