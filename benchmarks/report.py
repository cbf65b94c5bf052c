"""The commissioner report and the dashboard at a whole PCN's scale (figures, not tests; issue 15).

    .venv/bin/python benchmarks/report.py [--episodes 100000] [--contacts 1000000] [--seed 1]

The encrypted database (people, referrals with their status history, contacts with a few corrections,
connections, services, unmet needs, ONS4 and UCLA-3 measures) is generated once per size with bulk
inserts and kept under /tmp/linkwell-bench-cache between runs (a newer migration is applied to it). Then:

- the dashboard for a quarter, the people behind each figure and its charts included (goal: 2 s);
- the full year's commissioner figures (goal: 3 s) and its per-referral CSV, streamed (goal: 5 s);
- beside each, the same aggregates computed by DuckDB over the same rows (benchmark-only: ``make bench``
  installs the ``bench`` extra), and Linkwell's ratio to it: the physical limit of the machine;
- three years' figures against the same aggregates as hand-written SQL over the same encrypted file,
  checking that both give the same numbers;
- the PDF; peak memory.

Every time is the best of three (wall clock) with the process's CPU time beside it: other work on the
machine inflates the wall clock, and the load average is printed so a reader can judge it."""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

START, END = date(2023, 4, 1), date(2026, 3, 31)
SOURCES = ("gp", "gp", "gp", "self", "self", "nurse", "pharmacist", "hospital_discharge", "social_care",
           "voluntary_group", "other_professional")
REASONS = ("loneliness", "low_mood", "debt", "housing", "benefits", "physical_activity", "bereavement",
           "carer_support", "long_term_condition", "food_insecurity", "digital_skills", "other")
KINDS = ("phone", "phone", "face_to_face", "face_to_face", "video", "home_visit", "message", "waiting_room")
DEVICE = "00000000-0000-4000-8000-0000000be7c4"


# --- generating the data --------------------------------------------------------------------


def _ts(moment: datetime) -> str:
    return moment.isoformat(sep=" ")


def _columns(con: Any, table: str) -> list[tuple[str, str, bool]]:
    return [(name, kind.upper(), bool(notnull)) for _, name, kind, notnull, _, _ in
            con.execute(f"PRAGMA table_info({table})")]


def _insert(con: Any, table: str, rows: Iterable[dict[str, Any]]) -> int:
    """Bulk insert; NOT NULL columns a row leaves out get an empty value of their type."""
    columns = _columns(con, table)
    blanks = {n: (0 if ("INT" in k or "BOOL" in k or "FLOAT" in k) else "") for n, k, notnull in columns if notnull}
    names = [n for n, _, _ in columns]
    sql = f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})'
    count = 0
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(tuple(row.get(n, blanks.get(n)) for n in names))
        if len(batch) == 50_000:
            con.executemany(sql, batch)
            count += len(batch)
            batch.clear()
    con.executemany(sql, batch)
    return count + len(batch)


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"


def generate(db: Any, episodes: int, contacts: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    uid = _Ids(rng)
    base = {"created_at": "2023-01-01 09:00:00+00:00", "updated_at": "2023-01-01 09:00:00+00:00",
            "device_id": DEVICE}
    counts: dict[str, int] = {}
    con = db.connect()
    try:
        con.execute("PRAGMA synchronous = OFF")  # a throwaway benchmark database
        with con:
            practices = [uid() for _ in range(12)]
            counts["practice"] = _insert(con, "practice", (base | {"id": p, "ods_code": f"Y{k:05d}",
                                                                  "name": f"Practice {k}"}
                                                           for k, p in enumerate(practices)))
            workers = {p: [uid() for _ in range(3)] for p in practices}
            counts["worker"] = _insert(con, "worker", (base | {"id": w, "name": f"Worker {w[:6]}", "practice_id": p}
                                                       for p, ws in workers.items() for w in ws))
            terms = [uid() for _ in range(15)]
            counts["taxonomyterm"] = _insert(con, "taxonomyterm", (base | {"id": t, "code": f"cat{k}",
                                                                          "name": f"Category {k}",
                                                                          "vocabulary": "linkwell"}
                                                                   for k, t in enumerate(terms)))
            services = [uid() for _ in range(2_000)]
            counts["service"] = _insert(con, "service", (base | {
                "id": s, "name": f"Service {k}", "status": rng.choices(
                    ("active", "temporarily closed", "inactive", "defunct"), (92, 4, 3, 1))[0],
                "capacity": rng.choices(("has capacity", "waiting list", "full"), (80, 12, 8))[0],
                "is_free": 1, "attend_in_person": 1, "access": "self-refer"} for k, s in enumerate(services)))
            counts["servicetaxonomy"] = _insert(con, "servicetaxonomy", (
                base | {"id": uid(), "service_id": s, "term_id": t}
                for s in services for t in rng.sample(terms, rng.choice((1, 1, 2)))))
            people = [(uid(), rng.choice(practices)) for _ in range(int(episodes * 0.8))]
            counts["person"] = _insert(con, "person", (base | {
                "id": pid, "given_name": "Test", "family_name": f"Person {k}",
                "date_of_birth": date(rng.randint(1930, 2007), rng.randint(1, 12), rng.randint(1, 28)).isoformat(),
                "sex": rng.choice(("female", "female", "male", "male", "not stated")),
                "ethnicity": rng.choice("AAAAAABCDHJKLMNPRSZ") if rng.random() > 0.05 else "",
                "practice_id": practice} for k, (pid, practice) in enumerate(people)))
            journeys = [_journey(rng, uid, people, workers) for _ in range(episodes)]
            counts["episode"] = _insert(con, "episode", (base | j["episode"] for j in journeys))
            counts["episodestatuschange"] = _insert(con, "episodestatuschange", (
                base | change for j in journeys for change in j["changes"]))
            counts["contact"] = _insert(con, "contact", (base | c for c in _contacts(rng, uid, journeys, contacts)))
            connections = [c for j in journeys for c in _connections(rng, uid, j, services)]
            counts["connection"] = _insert(con, "connection", (base | c["row"] for c in connections))
            counts["connectionstatuschange"] = _insert(con, "connectionstatuschange", (
                base | ch for c in connections for ch in c["changes"]))
            counts["unmetneed"] = _insert(con, "unmetneed", (base | {
                "id": uid(), "category": f"cat{rng.randrange(15)}", "area": rng.choice(("North", "South", "East")),
                "person_id": rng.choice(people)[0] if rng.random() < 0.6 else None,
                "worker_id": rng.choice(workers[rng.choice(practices)]),
                "recorded_on": (START + timedelta(days=rng.randrange((END - START).days))).isoformat()}
                for _ in range(episodes // 20)))
            counts["measureresponse"] = _insert(con, "measureresponse", (
                base | m for j in journeys for m in _measures(rng, uid, j)))
    finally:
        con.close()
    return counts


def _at(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, rng.randint(9, 16), rng.choice((0, 15, 30, 45)), tzinfo=UTC)


def _journey(rng: random.Random, uid: _Ids, people: list[tuple[str, str]],
             workers: dict[str, list[str]]) -> dict[str, Any]:
    eid = uid()
    person, practice = rng.choice(people)
    referred = START + timedelta(days=rng.randrange((END - START).days + 1))
    path: list[tuple[str, datetime]] = []
    now = _at(referred, rng)
    roll = rng.random()
    if roll > 0.06:
        now += timedelta(days=rng.choice((1, 2, 3, 4, 5, 7, 9, 12, 16, 22)))
        path.append(("contacted", now))
        decision = rng.random()
        if decision < 0.12:
            path.append(("declined", now))
            if rng.random() < 0.2:
                now += timedelta(days=rng.randint(2, 20))
                path.append(("accepted", now))
        elif decision < 0.88:
            path.append(("accepted", now))
        if path[-1][0] == "accepted" and rng.random() < 0.92:
            for status, low, high in (("what_matters", 3, 20), ("planned", 1, 7), ("connecting", 1, 10),
                                      ("review", 20, 60)):
                now += timedelta(days=rng.randint(low, high))
                path.append((status, now))
                if rng.random() < 0.05:
                    break
    closing = rng.random() < 0.8
    if closing:
        now += timedelta(days=rng.randint(5, 60))
        path.append(("closed", now))
    end = datetime(END.year, END.month, END.day, 23, 59, tzinfo=UTC)
    path = [(s, t) for s, t in path if t <= end]  # not yet reached when the data ends
    statuses = ["referred"] + [s for s, _ in path]
    changes = [{"id": uid(), "episode_id": eid, "from_status": None, "to_status": "referred",
                "changed_at": _ts(_at(referred, rng))}]
    for (previous, (status, when)) in zip(statuses, path, strict=False):
        changes.append({"id": uid(), "episode_id": eid, "from_status": previous, "to_status": status,
                        "changed_at": _ts(when)})
    closed = path[-1][1] if path and path[-1][0] == "closed" else None
    last = path[-1][1] if path else _at(referred, rng)
    episode = {"id": eid, "person_id": person, "worker_id": rng.choice(workers[practice]) if rng.random() > 0.03
               else None, "referral_date": referred.isoformat(), "referral_source": rng.choice(SOURCES),
               "reasons": json.dumps(rng.sample(REASONS, rng.choice((1, 1, 2, 2, 3)))),
               "consent_to_contact": 1, "urgency": "routine", "status": statuses[-1],
               "status_changed_at": _ts(last), "closure_reason": rng.choice(("goals_met", "disengaged"))
               if closed else None, "closed_at": _ts(closed) if closed else None}
    return {"episode": episode, "changes": changes, "path": dict(path), "first": _at(referred, rng), "last": last}


def _contacts(rng: random.Random, uid: _Ids, journeys: list[dict[str, Any]], total: int) -> Iterable[dict[str, Any]]:
    per = total / len(journeys)
    made = 0
    for k, journey in enumerate(journeys):
        want = round(per * (k + 1)) - made  # spreads exactly ``total`` rows over the referrals
        first, last = journey["first"], max(journey["last"], journey["first"] + timedelta(days=1))
        span = (last - first).total_seconds()
        n = 0
        while n < want:
            when = first + timedelta(seconds=rng.random() * span)
            cid = uid()
            row = {"id": cid, "episode_id": journey["episode"]["id"], "kind": rng.choice(KINDS),
                   "contact_at": _ts(when), "duration_minutes": rng.randint(5, 60), "notes": "Spoke about plans."}
            yield row
            n += 1
            if n < want and rng.random() < 0.01:  # corrected later: a row that supersedes it
                yield row | {"id": uid(), "supersedes_id": cid, "notes": "Spoke about plans (corrected)."}
                n += 1
        made += n


def _connections(rng: random.Random, uid: _Ids, journey: dict[str, Any], services: list[str]) -> list[dict[str, Any]]:
    start = journey["path"].get("connecting")
    if start is None:
        return []
    out = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        cid, made = uid(), start + timedelta(hours=rng.randint(1, 200))
        moves = rng.choices([
            [("requested", None), ("accepted", None), ("completed", None)],
            [("requested", None), ("accepted", None), ("in-progress", None)],
            [("requested", None), ("rejected", "no_capacity")], [("requested", None), ("rejected", "service_closed")],
            [("requested", None), ("rejected", "not_eligible")], [("requested", None), ("failed", "did_not_attend")],
            [("requested", None), ("cancelled", None)], [("requested", None)], []],
            (40, 10, 6, 3, 3, 6, 4, 8, 2))[0]
        changes = [{"id": uid(), "connection_id": cid, "from_status": None, "to_status": "draft",
                    "changed_at": _ts(made)}]
        status, when = "draft", made
        for new, reason in moves:
            when += timedelta(days=rng.randint(1, 20))
            changes.append({"id": uid(), "connection_id": cid, "from_status": status, "to_status": new,
                            "changed_at": _ts(when), "outcome_reason": reason})
            status = new
        out.append({"row": {"id": cid, "episode_id": journey["episode"]["id"], "service_id": rng.choice(services),
                            "kind": "refer", "status": status, "status_changed_at": _ts(when),
                            "outcome_reason": moves[-1][1] if moves else None, "created_at": _ts(made)},
                    "changes": changes})
    return out


def _measures(rng: random.Random, uid: _Ids, journey: dict[str, Any]) -> Iterable[dict[str, Any]]:
    talked = journey["path"].get("what_matters")
    if talked is None:
        return
    follow = journey["path"].get("closed") or journey["path"].get("review")
    eid = journey["episode"]["id"]
    clamp = lambda v, low, high: max(low, min(high, round(v)))  # noqa: E731
    start = [rng.gauss(4.5, 2), rng.gauss(5, 2), rng.gauss(4.6, 2), rng.gauss(6, 2.4)]
    gain = rng.gauss(1.1, 1.4)
    for timepoint, when, shift in (("baseline", talked, 0.0), ("closure" if "closed" in journey["path"] else "review",
                                                                follow, gain)):
        if when is None:
            continue
        s, w, h, a = (clamp(v + (shift if k < 3 else -shift), 0, 10) for k, v in enumerate(start))
        yield {"id": uid(), "episode_id": eid, "instrument": "ons4", "timepoint": timepoint, "taken_at": _ts(when),
               "answers": json.dumps({"satisfied": s, "worthwhile": w, "happy": h, "anxious": a})}
        if rng.random() < 0.6:
            yield {"id": uid(), "episode_id": eid, "instrument": "ucla3", "timepoint": timepoint,
                   "taken_at": _ts(when + timedelta(minutes=5)),
                   "answers": json.dumps({"companionship": rng.randint(1, 3), "left_out": rng.randint(1, 3),
                                          "isolated": rng.randint(1, 3), "lonely": rng.randint(1, 5)})}


# --- the same figures as plain SQL ----------------------------------------------------------

_AGE = """CASE WHEN dob IS NULL OR dob = '' THEN 'not_known' ELSE (
    SELECT CASE WHEN a < 18 THEN '0-17' WHEN a < 25 THEN '18-24' WHEN a < 35 THEN '25-34' WHEN a < 45 THEN '35-44'
                WHEN a < 55 THEN '45-54' WHEN a < 65 THEN '55-64' WHEN a < 75 THEN '65-74' WHEN a < 85 THEN '75-84'
                ELSE '85+' END
    FROM (SELECT CAST(strftime('%Y', referral_date) AS INT) - CAST(strftime('%Y', dob) AS INT)
                 - (strftime('%m-%d', referral_date) < strftime('%m-%d', dob)) AS a)) END"""
_ETHNIC = """CASE WHEN ethnicity IN ('A','B','C') THEN 'white' WHEN ethnicity IN ('D','E','F','G') THEN 'mixed'
    WHEN ethnicity IN ('H','J','K','L') THEN 'asian' WHEN ethnicity IN ('M','N','P') THEN 'black'
    WHEN ethnicity IN ('R','S') THEN 'other' WHEN ethnicity = 'Z' THEN 'not_stated' ELSE 'not_known' END"""


def _quantiles(con: Any, values_sql: str, params: list[Any]) -> tuple[int, float | None, float | None]:
    """n, median and 90th percentile (linear interpolation between closest ranks) in SQL."""
    row = con.execute(f"""
        WITH v AS (SELECT x, row_number() OVER (ORDER BY x) - 1 AS i, count(*) OVER () AS n FROM ({values_sql})),
             q AS (SELECT 0.5 AS p UNION ALL SELECT 0.9),
             pos AS (SELECT p, (n - 1) * p AS at, CAST((n - 1) * p AS INT) AS lo, n FROM q, (SELECT max(n) AS n FROM v))
        SELECT pos.p, pos.n, min(CASE WHEN v.i = pos.lo THEN v.x END)
               + (pos.at - pos.lo) * (coalesce(min(CASE WHEN v.i = pos.lo + 1 THEN v.x END),
                                               min(CASE WHEN v.i = pos.lo THEN v.x END))
                                      - min(CASE WHEN v.i = pos.lo THEN v.x END))
        FROM pos, v GROUP BY pos.p ORDER BY pos.p""", params).fetchall()
    if not row or row[0][1] is None:
        return 0, None, None
    return row[0][1], row[0][2], row[1][2]


def plain_sql(db: Any, start: date, end: date) -> dict[str, Any]:
    """Every aggregate in SQL alone, with the same access paths as the report: sequential scans (NOT
    INDEXED) and in-memory temporary tables instead of index lookups into encrypted pages."""
    s, e, end_ts = start.isoformat(), end.isoformat(), (end + timedelta(days=1)).isoformat()
    out: dict[str, Any] = {}
    con = db.connect()
    try:
        con.execute("PRAGMA temp_store = MEMORY")
        q = con.execute
        for table in ("pp", "ep", "st", "f", "c", "k", "pairs"):
            q(f"DROP TABLE IF EXISTS temp.{table}")
        q("""CREATE TEMP TABLE pp AS SELECT id, date_of_birth AS dob, sex, ethnicity, practice_id
             FROM person NOT INDEXED""")
        q("CREATE INDEX temp.pp_id ON pp(id)")
        q("""CREATE TEMP TABLE ep AS SELECT id, person_id, referral_date, referral_source, reasons, worker_id, closed_at
             FROM episode NOT INDEXED WHERE referral_date <= ?""", (e,))
        q("CREATE INDEX temp.ep_id ON ep(id)")
        q("""CREATE TEMP TABLE st AS SELECT episode_id,
                    min(CASE WHEN to_status = 'contacted' THEN changed_at END) AS contacted,
                    max(to_status = 'accepted') AS accepted, max(to_status = 'declined') AS declined,
                    min(CASE WHEN to_status = 'what_matters' THEN changed_at END) AS talked,
                    min(CASE WHEN to_status = 'closed' THEN changed_at END) AS closed
             FROM episodestatuschange NOT INDEXED
             WHERE changed_at < ? AND episode_id IN (SELECT id FROM ep WHERE referral_date >= ?)
             GROUP BY episode_id""", (end_ts, s))
        q("CREATE INDEX temp.st_id ON st(episode_id)")
        q("""CREATE TEMP TABLE f AS SELECT ep.id, ep.person_id, ep.referral_date, ep.referral_source, ep.reasons,
                    pp.practice_id, pp.dob, pp.sex, pp.ethnicity, st.contacted, coalesce(st.accepted, 0) AS accepted,
                    coalesce(st.declined, 0) AS declined, st.talked, st.closed
             FROM ep JOIN pp ON pp.id = ep.person_id LEFT JOIN st ON st.episode_id = ep.id
             WHERE ep.referral_date >= ?""", (s,))
        out["by_source"] = dict(q("SELECT referral_source, count(*) FROM f GROUP BY 1").fetchall())
        out["by_reason"] = dict(q("SELECT j.value, count(*) FROM f, json_each(f.reasons) j GROUP BY 1").fetchall())
        out["by_practice"] = q("SELECT practice_id, count(*), count(DISTINCT person_id) FROM f GROUP BY 1").fetchall()
        for name, group in (("age", _AGE), ("sex", "sex"), ("ethnicity", _ETHNIC)):
            out[f"access_{name}"] = {g: (n, o, a, d) for g, n, o, a, d in q(
                f"""SELECT {group}, count(*), sum(contacted IS NOT NULL), sum(accepted), sum(declined AND NOT accepted)
                    FROM f GROUP BY 1""")}
        out["first_contact"] = _quantiles(con, """SELECT julianday(substr(contacted, 1, 10)) - julianday(referral_date)
                                                  AS x FROM f WHERE contacted IS NOT NULL""", [])
        out["what_matters"] = _quantiles(con, """SELECT julianday(substr(talked, 1, 10)) - julianday(referral_date)
                                                 AS x FROM f WHERE talked IS NOT NULL""", [])
        out["late"] = q("""SELECT count(*) FROM f WHERE (contacted IS NOT NULL AND
                             julianday(substr(contacted, 1, 10)) - julianday(referral_date) > 14)
                           OR (contacted IS NULL AND julianday(min(?, coalesce(substr(closed, 1, 10), ?)))
                               - julianday(referral_date) > 14)""", (e, e)).fetchone()[0]
        # each contact counts once: its original row (corrections name the row they replace)
        q("""CREATE TEMP TABLE c AS SELECT ep.person_id, c.kind, count(*) AS n FROM contact c NOT INDEXED
             JOIN ep ON ep.id = c.episode_id
             WHERE c.supersedes_id IS NULL AND c.contact_at >= ? AND c.contact_at < ?
             GROUP BY ep.person_id, c.kind""", (s, end_ts))
        out["contacts"] = q("""SELECT sum(n), count(*), avg(n), sum(n = 1), sum(n BETWEEN 2 AND 3),
                                      sum(n BETWEEN 4 AND 6), sum(n BETWEEN 7 AND 12), sum(n >= 13)
                               FROM (SELECT person_id, sum(n) AS n FROM c GROUP BY 1)""").fetchone()
        out["contacts_median"] = _quantiles(con, "SELECT sum(n) AS x FROM c GROUP BY person_id", [])
        out["contacts_by_kind"] = dict(q("SELECT kind, sum(n) FROM c GROUP BY 1").fetchall())
        q("""CREATE TEMP TABLE k AS SELECT c.service_id, ep.person_id, last.to_status AS status,
                    last.outcome_reason AS reason
             FROM connection c NOT INDEXED JOIN ep ON ep.id = c.episode_id
             LEFT JOIN (SELECT connection_id, to_status, outcome_reason,
                               max(changed_at || ' ' || printf('%012d', rowid))
                        FROM connectionstatuschange NOT INDEXED WHERE changed_at < ? GROUP BY connection_id) last
                    ON last.connection_id = c.id
             WHERE c.created_at >= ? AND c.created_at < ?""", (end_ts, s, end_ts))
        outcome = """CASE WHEN status IN ('draft','requested','accepted','in-progress','on-hold') OR status IS NULL
                     THEN 'open' ELSE status END"""
        out["connections_by_outcome"] = dict(q(f"""SELECT {outcome}, count(*) FROM k
                                                   WHERE status IS NOT 'entered-in-error' GROUP BY 1""").fetchall())
        out["connections_by_category"] = q(f"""SELECT t.name, {outcome}, count(*) FROM k
                                               JOIN servicetaxonomy st ON st.service_id = k.service_id
                                               JOIN taxonomyterm t ON t.id = st.term_id
                                               WHERE status IS NOT 'entered-in-error' GROUP BY 1, 2""").fetchall()
        out["failed_by_reason"] = dict(q("""SELECT coalesce(reason, 'other'), count(*) FROM k
                                            WHERE status IN ('failed', 'rejected') GROUP BY 1""").fetchall())
        out["services"] = q("""SELECT s.id, count(DISTINCT CASE WHEN c.status IN ('draft','requested','accepted',
                                      'in-progress','on-hold') AND (s.status != 'active' OR s.capacity = 'full')
                                      THEN ep.person_id END),
                                  count(DISTINCT CASE WHEN c.status IN ('failed','rejected')
                                      AND c.outcome_reason IN ('service_closed','no_capacity')
                                      AND c.status_changed_at >= ? AND c.status_changed_at < ? THEN ep.person_id END)
                               FROM connection c NOT INDEXED JOIN service s ON s.id = c.service_id
                               JOIN ep ON ep.id = c.episode_id GROUP BY s.id""", (s, end_ts)).fetchall()
        out["unmet_needs"] = q("""SELECT category, area, count(*) FROM unmetneed WHERE recorded_on BETWEEN ? AND ?
                                  GROUP BY 1, 2""", (s, e)).fetchall()
        out["caseload"] = q("""SELECT worker_id, sum(closed_at IS NULL OR closed_at >= ?), sum(referral_date >= ?),
                                      sum(closed_at >= ? AND closed_at < ?)
                               FROM ep GROUP BY 1""", (end_ts, s, s, end_ts)).fetchall()
        out["wellbeing"] = _wellbeing_sql(con, s, end_ts)
    finally:
        con.close()
    return out


def _wellbeing_sql(con: Any, s: str, end_ts: str) -> dict[str, tuple[Any, ...]]:
    con.execute("""CREATE TEMP TABLE pairs AS
        WITH base AS (SELECT episode_id, instrument, answers, taken_at, row_number() OVER (
                          PARTITION BY episode_id, instrument ORDER BY taken_at) AS k
                      FROM measureresponse NOT INDEXED WHERE timepoint = 'baseline' AND taken_at < ?),
             follow AS (SELECT m.episode_id, m.instrument, m.answers, m.taken_at, row_number() OVER (
                            PARTITION BY m.episode_id, m.instrument ORDER BY m.taken_at DESC) AS k
                        FROM measureresponse m NOT INDEXED JOIN base b ON b.episode_id = m.episode_id
                             AND b.instrument = m.instrument AND b.k = 1
                        WHERE m.timepoint IN ('review', 'closure') AND m.taken_at > b.taken_at AND m.taken_at < ?)
        SELECT b.instrument, b.answers AS before, f.answers AS after FROM base b
        JOIN follow f ON f.episode_id = b.episode_id AND f.instrument = b.instrument AND f.k = 1
        WHERE b.k = 1 AND f.taken_at >= ?""", (end_ts, end_ts, s))
    out = {}
    scores = {"ons4.satisfied": ("ons4", "json_extract({a}, '$.satisfied')", 1),
              "ons4.worthwhile": ("ons4", "json_extract({a}, '$.worthwhile')", 1),
              "ons4.happy": ("ons4", "json_extract({a}, '$.happy')", 1),
              "ons4.anxious": ("ons4", "json_extract({a}, '$.anxious')", -1),
              "ucla3.total": ("ucla3", "(json_extract({a}, '$.companionship') + json_extract({a}, '$.left_out')"
                                       " + json_extract({a}, '$.isolated'))", -1)}
    for key, (instrument, expression, sign) in scores.items():
        b, a = expression.format(a="before"), expression.format(a="after")
        out[key] = con.execute(f"""SELECT count(*), avg({b}), avg({a}), avg({a} - {b}),
                                          sum(({a} - {b}) * ({a} - {b})), sum(({a} - {b}) * ? > 0)
                                   FROM pairs WHERE instrument = ?""", (sign, instrument)).fetchone()
    return out


# --- the cached database --------------------------------------------------------------------

CACHE = Path(os.environ.get("LINKWELL_BENCH_CACHE", tempfile.gettempdir())) / "linkwell-bench-cache"
PASSPHRASE = "benchmark passphrase, not real"
GENERATOR = 1  # bump when ``generate`` changes, so a cached database is made again


def cached_database(episodes: int, contacts: int, seed: int) -> tuple[Any, dict[str, int], float | None]:
    """The generated database, made once per size, seed and schema and kept under /tmp between runs
    (generating 100,000 referrals takes minutes). Returns it, its row counts, and the seconds it took to
    generate now (None when it came from the cache)."""
    from app.storage import keys
    from app.storage.database import Database, create_database

    folder = CACHE / f"report-g{GENERATOR}-e{episodes}-c{contacts}-s{seed}"
    path, counted = folder / "bench.db", folder / "counts.json"
    if not counted.exists():  # written last: a run cut short leaves no half-made cache
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        db = create_database(path, PASSPHRASE)
        seconds, counts = _timed(lambda: generate(db, episodes, contacts, seed))
        con = db.connect()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        db.close()
        counted.write_text(json.dumps(counts))
    else:
        seconds = None
    db = Database(path, keys.unlock(path, PASSPHRASE))
    db.migrate()  # a database cached before a newer migration: brought up to date (once)
    return db, json.loads(counted.read_text()), seconds


# --- running it -----------------------------------------------------------------------------


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def _check(report: Any, sql: dict[str, Any]) -> list[str]:
    """The two ways must agree: a few figures from every part of the report."""
    from app.domain.figures import Count

    problems = []

    def same(what: str, ours: Any, theirs: Any) -> None:
        if ours != theirs:
            problems.append(f"{what}: report {ours!r}, plain SQL {theirs!r}")

    source = report.table("referrals_by_source")
    same("referrals by source", {r.key: r.cells[0].n for r in source.rows}, sql["by_source"])
    same("referrals by reason", {r.key: r.cells[0].n for r in report.table("referrals_by_reason").rows},
         sql["by_reason"])
    sex = report.table("access_by_sex")
    same("access by sex", {r.key: tuple(r.cells[i].n for i in (0, 1, 3, 5)) for r in sex.rows if r.cells[0].n},
         {("not_known" if k == "" else k): v for k, v in sql["access_sex"].items()})
    waiting = report.table("waiting")
    same("first contact median, p90", (waiting.cell("first_contact", "Median days").value,
                                       round(waiting.cell("first_contact", "90th percentile days").value, 6)),
         (sql["first_contact"][1], round(sql["first_contact"][2], 6)))
    same("late", report.table("late").cell("late", "Referrals"), Count(sql["late"]))
    contacts = report.table("contacts")
    same("contacts, people", (contacts.cell("contacts", "Number").n, contacts.cell("people", "Number").n),
         tuple(sql["contacts"][:2]))
    same("connections by outcome", {r.key: r.cells[0].n for r in report.table("connections_by_outcome").rows
                                    if r.cells[0].n}, sql["connections_by_outcome"])
    same("failed by reason", {r.key: r.cells[0].n for r in report.table("failed_by_reason").rows if r.cells[0].n},
         sql["failed_by_reason"])
    caseload = report.table("caseload_by_worker").total.cells
    same("caseload totals", tuple(c.n for c in caseload), tuple(sum(r[i] or 0 for r in sql["caseload"])
                                                                 for i in (1, 2, 3)))
    for key, (n, _, _, mean, _, improved) in sql["wellbeing"].items():
        row = report.table("wellbeing").row(key).cells
        same(f"{key} n, mean change, improved", (row[1].n, round(row[4].value, 9), row[6].numerator),
             (n, round(mean, 9), improved))
    return problems


def _best(fn: Callable[[], Any], runs: int = 3) -> tuple[float, float, Any]:
    """Best wall-clock seconds of ``runs``, the CPU seconds of that run, and its result."""
    best: tuple[float, float, Any] | None = None
    for _ in range(runs):
        cpu = time.process_time()
        wall, result = _timed(fn)
        cpu = time.process_time() - cpu
        if best is None or wall < best[0]:
            best = (wall, cpu, result)
        del result
    assert best is not None
    return best


def _line(label: str, wall: float, cpu: float, goal: float | None = None, duck: float | None = None) -> str:
    text = f"  {label}: {wall:.2f} s (CPU {cpu:.2f} s)"
    if goal is not None:
        text += f"   goal {goal:g} s: {'met' if wall <= goal else 'NOT met'} ({wall / goal:.2f} x the goal)"
    if duck is not None:
        text += f"   DuckDB {duck:.3f} s, ratio {wall / duck:.0f}"
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="one run of each, and no three-year comparison")
    parser.add_argument("--json", type=Path, help="also write the figures to this file (benchmarks/scale.py reads it)")
    args = parser.parse_args(argv)
    runs = 1 if args.quick else 3

    with tempfile.TemporaryDirectory(prefix="linkwell-bench-") as folder:
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = folder

        from app.domain.instruments import load_instruments
        from app.io.report_csv import write_csv_counted
        from app.io.report_pdf import write_pdf
        from app.services.reports.facade import Reports
        from app.services.reports.rows import COLUMNS, iter_episode_rows

        db, counts, seconds = cached_database(args.episodes, args.contacts, args.seed)
        size = db.path.stat().st_size
        print((f"Generated in {seconds:.1f} s" if seconds is not None else "From the cache")
              + f" ({size / 2**20:.0f} MB encrypted, {db.path.parent}): "
              + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
        print(f"  load average at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on "
              f"{os.cpu_count()} cores")
        record: dict[str, Any] = {"counts": counts, "generated_s": seconds, "load_start": os.getloadavg()}
        try:
            import report_duckdb
            duck = report_duckdb.load(db, db.path.parent / "same-rows.duckdb")
        except ImportError:
            duck = None
            print("  (DuckDB is not installed: make bench installs it, or pip install -e '.[bench]')")

        def duck_time(start: date, end: date, people: bool = False) -> float | None:
            if duck is None:
                return None
            return _best(lambda: report_duckdb.figures(duck, start, end, people=people), runs)[0]

        reports = Reports(db, actor="benchmark", instruments=load_instruments([]))
        quarter, year = (date(2026, 1, 1), END), (date(2025, 4, 1), END)
        reports.build(*year)  # warm: imports, the OS cache
        wall, cpu, found = _best(lambda: reports.dashboard(*quarter), runs)
        report = found[0]
        print(f"Dashboard for {quarter[0]} to {quarter[1]}: "
              f"{report.table('headline').cell('referrals', 'Number').n:,} referrals")
        record["dashboard"] = {"wall": wall, "cpu": cpu, "duckdb": duck_time(*quarter, True)}
        print(_line("figures, the people behind each and the charts", wall, cpu, 2, record["dashboard"]["duckdb"]))
        wall, cpu, report = _best(lambda: reports.build(*year), runs)
        print(f"Commissioner report for {year[0]} to {year[1]}: "
              f"{report.table('headline').cell('referrals', 'Number').n:,} referrals, "
              f"{report.table('contacts').cell('contacts', 'Number').n:,} contacts")
        record["year"] = {"wall": wall, "cpu": cpu, "duckdb": duck_time(*year)}
        print(_line("figures", wall, cpu, 3, record["year"]["duckdb"]))
        target = Path(folder) / "episodes.csv"
        wall, cpu, rows = _best(lambda: write_csv_counted(iter_episode_rows(db, report.scope, reports.instruments),
                                                          COLUMNS, target), runs)
        print(_line(f"CSV of {rows:,} referrals ({target.stat().st_size / 2**20:.1f} MB), streamed", wall, cpu, 5))
        record["csv"] = {"wall": wall, "cpu": cpu, "rows": rows}
        wall, cpu, _ = _best(lambda: write_pdf(report, Path(folder) / "report.pdf"), 1)
        print(_line(f"PDF ({(Path(folder) / 'report.pdf').stat().st_size / 1024:.0f} KB)", wall, cpu))
        record["pdf"] = {"wall": wall, "cpu": cpu}

        problems: list[str] = []
        if not args.quick:
            wall, cpu, report = _best(lambda: reports.build(START, END), runs)
            sql_wall, sql_cpu, sql = _best(lambda: plain_sql(db, START, END), runs)
            print(f"Three years, {START} to {END}: "
                  f"{report.table('headline').cell('referrals', 'Number').n:,} referrals")
            print(_line("figures (Reports.build)", wall, cpu, None, duck_time(START, END)))
            print(_line("the same aggregates as plain SQL over the encrypted file", sql_wall, sql_cpu)
                  + f"   Linkwell's ratio to it: {wall / sql_wall:.2f}")
            problems = _check(report, sql)
            record["three_years"] = {"wall": wall, "cpu": cpu, "sql_wall": sql_wall, "sql_cpu": sql_cpu,
                                     "agree": not problems}
            print("  figures agree with plain SQL" if not problems else "  DISAGREE:\n    " + "\n    ".join(problems))
        tracemalloc.start()
        reports.build(*year)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak memory: a year's figures {peak / 2**20:.0f} MB of Python objects (tracemalloc); "
              f"this process's peak {rss:.0f} MB resident (see benchmarks/memory.py for the window's)")
        print(f"  load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
        if args.json:
            record["load_end"] = os.getloadavg()
            args.json.write_text(json.dumps(record, indent=1))
        if duck is not None:
            duck.close()
        db.close()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
