"""The report's figures and CSV against a plain reference computation over generated rows.

The report reads through narrow indexes and counts referrals touched by a deleted contact by a separate
rule (migration 0015); this checks, on a few hundred generated referrals, that every path gives exactly
what a straightforward reading of the rows gives: contacts with corrections and deletions anywhere in a
chain, timestamps on the period's edges, referrals closed across the quarter's boundaries, and people
with hostile names.
"""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from app.domain.instruments import load_instruments
from app.services.reports.facade import Reports
from app.services.reports.rows import episode_rows
from app.storage.database import Database

START, END = date(2026, 7, 1), date(2026, 9, 30)
START_TS, END_TS = "2026-07-01", "2026-10-01"  # a timestamp is in the period when START_TS <= ts < END_TS
NAMES = ["Siân <b>&amp;", "Łukasz Żółć", "Gwenllian Ŵyn-Ŷr", "O'Brien; DROP TABLE", "=SUM(A1)", "Zoë 🌈",
         "Ann", "Bob"]
KINDS = ("phone", "face_to_face", "video", "home_visit")
SOURCES = ("gp", "self", "nurse", "pharmacist")
DEVICE = "00000000-0000-4000-8000-00000000feed"
EDGES = ("2026-06-30 23:59:59+00:00", "2026-07-01 00:00:00+00:00", "2026-09-30 23:59:59+00:00",
         "2026-10-01 00:00:00+00:00")


def _insert(con: Any, table: str, row: dict[str, Any]) -> None:
    columns = [(name, kind.upper(), bool(notnull)) for _, name, kind, notnull, _, _ in
               con.execute(f"PRAGMA table_info({table})").fetchall()]
    base = {"created_at": "2026-01-01 09:00:00+00:00", "updated_at": "2026-01-01 09:00:00+00:00",
            "device_id": DEVICE}
    values = []
    for name, kind, notnull in columns:
        value = row.get(name, base.get(name))
        if value is None and notnull:
            value = 0 if ("INT" in kind or "BOOL" in kind or "FLOAT" in kind) else ""
        values.append(value)
    con.execute(f'INSERT INTO "{table}" ({", ".join(n for n, _, _ in columns)}) VALUES '
                f'({", ".join("?" * len(columns))})', values)


def _stamp(day: date, rng: random.Random) -> str:
    return datetime(day.year, day.month, day.day, rng.randint(8, 17), rng.choice((0, 30)), tzinfo=UTC).isoformat(
        sep=" ")


def generate(db: Database, seed: int) -> dict[str, Any]:
    """People, referrals with status histories, and contacts with corrections and deletions."""
    rng = random.Random(seed)
    uid = lambda: f"{rng.getrandbits(128):032x}"  # noqa: E731
    out: dict[str, Any] = {"people": {}, "episodes": {}, "changes": defaultdict(list), "contacts": {}}
    con = db.connect()
    try:
        with con:
            practice, worker = uid(), uid()
            _insert(con, "practice", {"id": practice, "ods_code": "Y00001", "name": "Practice <&> Ŵ"})
            _insert(con, "worker", {"id": worker, "name": "Worker Łucja", "practice_id": practice})
            for k in range(60):
                pid = uid()
                out["people"][pid] = {"sex": rng.choice(("female", "male", "not stated", ""))}
                _insert(con, "person", {"id": pid, "given_name": NAMES[k % len(NAMES)],
                                        "family_name": NAMES[(k * 3 + 1) % len(NAMES)],
                                        "date_of_birth": f"{rng.randint(1940, 2005)}-0{rng.randint(1, 9)}-1{k % 9}",
                                        "sex": out["people"][pid]["sex"], "practice_id": practice})
            people = list(out["people"])
            for _ in range(220):
                eid, person = uid(), rng.choice(people)
                referred = date(2026, 5, 1) + timedelta(days=rng.randrange(200))
                when = _stamp(referred, rng)
                changes = [(None, "referred", when)]
                day = referred
                for status in ("contacted", rng.choice(("accepted", "declined")), "what_matters", "closed"):
                    if rng.random() < 0.25:
                        break
                    day += timedelta(days=rng.randint(0, 40))
                    changes.append((changes[-1][1], status, _stamp(day, rng)))
                if changes[-1][1] == "closed" and rng.random() < 0.4:  # closed right on an edge of the quarter
                    edge = rng.choice(EDGES)
                    if edge > changes[-2][2]:
                        changes[-1] = (changes[-1][0], "closed", edge)
                closed = changes[-1][2] if changes[-1][1] == "closed" else None
                out["episodes"][eid] = {"person": person, "referral_date": referred.isoformat(),
                                        "source": rng.choice(SOURCES), "closed_at": closed}
                _insert(con, "episode", {"id": eid, "person_id": person, "worker_id": worker,
                                         "referral_date": referred.isoformat(),
                                         "referral_source": out["episodes"][eid]["source"],
                                         "reasons": json.dumps(["loneliness"]), "consent_to_contact": 1,
                                         "urgency": "routine", "status": changes[-1][1],
                                         "status_changed_at": changes[-1][2], "closed_at": closed,
                                         "closure_reason": "goals_met" if closed else None})
                for previous, status, at in changes:
                    out["changes"][eid].append((status, at))
                    _insert(con, "episodestatuschange", {"id": uid(), "episode_id": eid, "from_status": previous,
                                                         "to_status": status, "changed_at": at})
                for _ in range(rng.randint(0, 5)):
                    at = rng.choice(EDGES) if rng.random() < 0.2 else _stamp(
                        referred + timedelta(days=rng.randint(0, 60)), rng)
                    chain = [uid()]
                    kind = rng.choice(KINDS)
                    for _ in range(rng.choice((0, 0, 0, 1, 2))):  # corrections: new rows naming the one replaced
                        chain.append(uid())
                    gone = rng.choice(chain) if rng.random() < 0.15 else None  # deleted: any row of the chain
                    for k, cid in enumerate(chain):
                        row = {"id": cid, "episode_id": eid, "kind": kind, "contact_at": at,
                               "duration_minutes": rng.randint(5, 60), "notes": "Spoke <&> 🌈",
                               "supersedes_id": chain[k - 1] if k else None,
                               "deleted_at": "2026-11-01 10:00:00+00:00" if cid == gone else None}
                        out["contacts"][cid] = row
                        _insert(con, "contact", row)
    finally:
        con.close()
    return out


# --- the reference: the rules read straight off the rows ------------------------------------


def _live(contacts: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Rows that count: not deleted, nothing below them deleted (a deleted row takes the rows it corrects
    with it), and not correcting a row so taken."""
    gone: set[str] = set()
    for row in contacts.values():
        if row["deleted_at"]:
            walk: str | None = row["id"]
            while walk is not None:
                gone.add(walk)
                walk = contacts[walk]["supersedes_id"]
    return {cid: r for cid, r in contacts.items()
            if cid not in gone and not r["deleted_at"] and r["supersedes_id"] not in gone}


def reference(data: dict[str, Any]) -> dict[str, Any]:
    s, e = START.isoformat(), END.isoformat()
    cohort = {eid: ep for eid, ep in data["episodes"].items() if s <= ep["referral_date"] <= e}
    live = _live(data["contacts"])
    counted = [r for r in live.values() if r["supersedes_id"] is None and START_TS <= r["contact_at"] < END_TS
               and data["episodes"][r["episode_id"]]["referral_date"] <= e]  # of referrals made by the end
    people = {data["episodes"][r["episode_id"]]["person"] for r in counted}
    replaced = {r["supersedes_id"] for r in data["contacts"].values() if r["supersedes_id"]}

    def first(eid: str, status: str) -> str | None:
        times = [at for st, at in data["changes"][eid] if st == status and at < END_TS]
        return min(times)[:10] if times else None

    rows = {}
    for eid, ep in cohort.items():
        mine = [r for r in live.values() if r["episode_id"] == eid and r["contact_at"] < END_TS]
        before = [(at, k) for k, (st, at) in enumerate(data["changes"][eid]) if at < END_TS]
        rows[eid] = {
            "contacts": sum(1 for r in mine if r["supersedes_id"] is None),
            "contact_minutes": sum(r["duration_minutes"] for r in mine if r["id"] not in replaced),
            "first_contact_date": first(eid, "contacted") or "",
            "closed_date": first(eid, "closed") or "",
            "status_at_period_end": data["changes"][eid][max(before)[1]][0] if before else "referred",
        }
    offered = [eid for eid in cohort if first(eid, "contacted")]
    accepted = [eid for eid in cohort if first(eid, "accepted")]
    open_at_end = [ep for ep in data["episodes"].values() if ep["referral_date"] <= e
                   and (ep["closed_at"] is None or ep["closed_at"] >= END_TS)]
    closed_in = [ep for ep in data["episodes"].values() if ep["referral_date"] <= e
                 and ep["closed_at"] is not None and START_TS <= ep["closed_at"] < END_TS]
    return {
        "referrals": len(cohort), "by_source": Counter(ep["source"] for ep in cohort.values()),
        "offered": len(offered), "accepted": len(accepted),
        "contacts": len(counted), "contact_people": people,
        "by_kind": Counter(r["kind"] for r in counted),
        "open_at_end": len(open_at_end), "closed_in": len(closed_in), "rows": rows,
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_figures_and_csv_agree_with_a_plain_reading_of_the_rows(db: Database, seed: int) -> None:
    data = generate(db, seed)
    want = reference(data)
    assert want["contacts"] and want["referrals"] and want["closed_in"]  # the data reaches every rule
    assert any(r["deleted_at"] and r["supersedes_id"] for r in data["contacts"].values()) or seed != 1

    reports = Reports(db, actor="test", instruments=load_instruments([]))
    report = reports.build(START, END, keep_people=True)
    assert report.table("headline").cell("referrals", "Number").n == want["referrals"]
    assert {r.key: r.cells[0].n for r in report.table("referrals_by_source").rows} == dict(want["by_source"])
    total = report.table("access_by_sex").total
    assert total is not None
    assert (total.cells[1].n, total.cells[3].n) == (want["offered"], want["accepted"])
    contacts = report.table("contacts")
    assert contacts.cell("contacts", "Number").n == want["contacts"]
    assert contacts.cell("people", "Number").n == len(want["contact_people"])
    assert contacts.cell("people", "Number").who == frozenset(want["contact_people"])
    assert {r.key: r.cells[0].n for r in report.table("contacts_by_kind").rows} == dict(want["by_kind"])
    caseload = report.table("caseload_by_worker").total
    assert caseload is not None
    assert (caseload.cells[0].n, caseload.cells[2].n) == (want["open_at_end"], want["closed_in"])

    rows = {r["episode_ref"]: r for r in episode_rows(db, report.scope, reports.instruments)}
    assert set(rows) == set(want["rows"])
    for eid, expected in want["rows"].items():
        assert {k: rows[eid][k] for k in expected} == expected, eid

    # the people behind a figure, with their hostile names intact
    listed = reports.people_behind(contacts.cell("people", "Number").who or ())
    assert {p["given"] for p in listed} <= set(NAMES) and len(listed) == len(want["contact_people"])
