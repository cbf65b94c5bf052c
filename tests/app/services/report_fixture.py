"""A small fixed caseload for the commissioner report, with every figure worked out by hand.

The period is the third quarter of 2026 (1 July to 30 September). Two practices: Alder (A81001, worker
Wren) and Birch (B82002, worker Finch). Episodes, by name used in the tests (dates are 2026):

Referrals (person, practice; sex, born, ethnic category; referred; by whom; reasons), then what happened:

E1  Ann, Alder; F 1950-03-01 A; 07-02; gp; loneliness, low_mood
    contacted + accepted 07-06, what matters 07-13, planned 07-14, connecting 07-20, review 08-20, closed 09-10
E2  Bob, Alder; M 1990-05-05 H; 07-03; self; debt: contacted + declined 07-10, closed 07-17
E3  Cat, Alder; F 1980-01-01 A; 07-05; gp; loneliness: contacted + accepted 07-25 (20 days: late), what matters 08-01
E4  Dan, Alder; M 2000-12-31 Z; 08-01; gp; housing: nothing, still waiting at the end (60 days: late)
E5  Eve, Alder; F, no birth date or ethnicity; 09-25; nurse; low_mood, loneliness: nothing (5 days); no worker
E6  Fay, Alder; F 1950-06-01 A; 07-01; gp; loneliness
    contacted + accepted 07-02, what matters 07-08, planned 07-09, connecting 07-10, review 09-15,
    closed 10-05 (after the period)
E7  Gus, Alder; M 1940-01-01 M; 09-30; gp; bereavement: contacted 10-02 (after the period: not offered by then)
E8  Hana, Birch; F 1971-07-15 A; 07-10; pharmacist; debt: contacted + accepted 07-12, what matters 07-20 (age 54)
E9  Hana again; 09-01; self; loneliness: contacted + declined 09-08, accepted 09-15 (age 55)
E10 Ann again; 06-15; gp; other: before the period (contacted 06-16, closed 06-20)
E11 Bob again; 10-05; gp; debt: after the period
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.domain.models import Practice, Service, ServiceTaxonomy, TaxonomyTerm, UnmetNeed, Worker
from app.services.caseload.facade import Caseload
from app.services.measures import Measures
from app.storage.database import Database

START, END = date(2026, 7, 1), date(2026, 9, 30)


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


@dataclass
class Q3:
    db: Database
    practices: dict[str, str] = field(default_factory=dict)  # name -> id
    workers: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    episodes: dict[str, str] = field(default_factory=dict)
    services: dict[str, str] = field(default_factory=dict)
    connections: dict[str, str] = field(default_factory=dict)


_PEOPLE = {  # name: (practice, sex, born, ethnicity)
    "Ann": ("Alder", "female", date(1950, 3, 1), "A"),
    "Bob": ("Alder", "male", date(1990, 5, 5), "H"),
    "Cat": ("Alder", "female", date(1980, 1, 1), "A"),
    "Dan": ("Alder", "male", date(2000, 12, 31), "Z"),
    "Eve": ("Alder", "female", None, ""),
    "Fay": ("Alder", "female", date(1950, 6, 1), "A"),
    "Gus": ("Alder", "male", date(1940, 1, 1), "M"),
    "Hana": ("Birch", "female", date(1971, 7, 15), "A"),
}

# episode: (person, referred (month, day), source, reasons, worker, [(status, month, day, closure)])
_EPISODES: dict[str, tuple[Any, ...]] = {
    "E1": ("Ann", (7, 2), "gp", ["loneliness", "low_mood"], "Wren",
           [("contacted", 7, 6), ("accepted", 7, 6), ("what_matters", 7, 13), ("planned", 7, 14),
            ("connecting", 7, 20), ("review", 8, 20), ("closed", 9, 10, "goals_met")]),
    "E2": ("Bob", (7, 3), "self", ["debt"], "Wren",
           [("contacted", 7, 10), ("declined", 7, 10), ("closed", 7, 17, "declined")]),
    "E3": ("Cat", (7, 5), "gp", ["loneliness"], "Wren",
           [("contacted", 7, 25), ("accepted", 7, 25), ("what_matters", 8, 1)]),
    "E4": ("Dan", (8, 1), "gp", ["housing"], "Wren", []),
    "E5": ("Eve", (9, 25), "nurse", ["low_mood", "loneliness"], None, []),
    "E6": ("Fay", (7, 1), "gp", ["loneliness"], "Wren",
           [("contacted", 7, 2), ("accepted", 7, 2), ("what_matters", 7, 8), ("planned", 7, 9),
            ("connecting", 7, 10), ("review", 9, 15), ("closed", 10, 5, "goals_met")]),
    "E7": ("Gus", (9, 30), "gp", ["bereavement"], "Wren", [("contacted", 10, 2)]),
    "E8": ("Hana", (7, 10), "pharmacist", ["debt"], "Finch",
           [("contacted", 7, 12), ("accepted", 7, 12), ("what_matters", 7, 20)]),
    "E9": ("Hana", (9, 1), "self", ["loneliness"], "Finch",
           [("contacted", 9, 8), ("declined", 9, 8), ("accepted", 9, 15)]),
    "E10": ("Ann", (6, 15), "gp", ["other"], "Wren", [("contacted", 6, 16), ("closed", 6, 20, "disengaged")]),
    "E11": ("Bob", (10, 5), "gp", ["debt"], "Wren", []),
}


def build_people(db: Database) -> Q3:
    q = Q3(db)
    with db.session() as session:
        for name, ods in (("Alder", "A81001"), ("Birch", "B82002")):
            practice = Practice(ods_code=ods, name=f"{name} Surgery")
            session.add(practice)
            q.practices[name] = str(practice.id)
        for worker_name, practice_name in (("Wren", "Alder"), ("Finch", "Birch")):
            worker = Worker(name=f"{worker_name} Link", practice_id=uuid.UUID(q.practices[practice_name]))
            session.add(worker)
            q.workers[worker_name] = str(worker.id)
    caseload = Caseload(db, actor="test")
    for name, (practice, sex, born, ethnicity) in _PEOPLE.items():
        q.people[name] = caseload.add_person(given_name=name, family_name="Test", sex=sex, date_of_birth=born,
                                             ethnicity=ethnicity,
                                             practice_id=uuid.UUID(q.practices[practice])).created_id
    for key, (person, (month, day), source, reasons, worker, moves) in _EPISODES.items():
        extra = {"worker_id": uuid.UUID(q.workers[worker])} if worker else {}
        eid = caseload.refer(q.people[person], referral_date=date(2026, month, day), referral_source=source,
                             reasons=reasons, **extra).created_id
        q.episodes[key] = eid
        for status, m, d, *closure in moves:
            caseload.move_episode(eid, status, at=at(m, d), closure_reason=closure[0] if closure else None)
    return q


def _set(db: Database, sql: str, *params: Any) -> None:
    con = db.connect()
    try:
        with con:
            con.execute(sql, params)
    finally:
        con.close()


def _stamp(moment: datetime) -> str:
    return moment.isoformat(sep=" ")


def connect(q: Q3, key: str, episode: str, service: str, made: datetime,
            moves: list[tuple[str, datetime, str | None]]) -> None:
    """A connection with its own dates: the caseload façade stamps 'now', so the rows are re-dated."""
    caseload = Caseload(q.db, actor="test")
    cid = caseload.connect(q.episodes[episode], q.services[service]).created_id
    hex_id = cid.replace("-", "")
    _set(q.db, "UPDATE connection SET created_at = ?, status_changed_at = ? WHERE id = ?", _stamp(made),
         _stamp(made), hex_id)
    _set(q.db, "UPDATE connectionstatuschange SET changed_at = ? WHERE connection_id = ?", _stamp(made), hex_id)
    for status, when, reason in moves:
        caseload.move_connection(cid, status, outcome_reason=reason)
        _set(q.db, "UPDATE connection SET status_changed_at = ? WHERE id = ?", _stamp(when), hex_id)
        _set(q.db, """UPDATE connectionstatuschange SET changed_at = ? WHERE rowid =
                      (SELECT max(rowid) FROM connectionstatuschange WHERE connection_id = ?)""", _stamp(when), hex_id)
    q.connections[key] = cid


def build_q3(db: Database) -> Q3:
    """Everything in the module docstring, plus contacts, connections, unmet needs and measures."""
    q = build_people(db)
    caseload = Caseload(db, actor="test")
    # Contacts: Ann 3 in the period (one corrected: still 3), Fay 5 (+1 after), Hana 1 + 2; Ann's June one is out.
    contacts = {"E1": [("phone", 7, 6), ("face_to_face", 7, 13), ("phone", 8, 20)],
                "E6": [("phone", 7, 2), ("face_to_face", 7, 8), ("phone", 7, 20), ("phone", 8, 15), ("video", 9, 15),
                       ("phone", 10, 2)],
                "E8": [("phone", 7, 12)], "E9": [("phone", 9, 8), ("face_to_face", 9, 15)], "E10": [("phone", 6, 16)]}
    for episode, rows in contacts.items():
        for kind, m, d in rows:
            made = caseload.add_contact(q.episodes[episode], kind=kind, contact_at=at(m, d), duration_minutes=30)
            if (episode, m, d) == ("E1", 7, 13):
                caseload.edit_contact(made.created_id, notes="corrected")
    # Directory: Walking Group (active), Debt Advice (temporarily closed), Lunch Club (full, two categories).
    with db.session() as session:
        terms = {code: TaxonomyTerm(code=code, name=name) for code, name in
                 (("walking", "Walking"), ("debt", "Debt advice"), ("befriending", "Befriending"),
                  ("older", "Older people"))}
        session.add_all(terms.values())
        session.flush()  # no relationships declared: rows go in the order they are flushed
        for name, status, capacity, codes in (("Walking Group", "active", "has capacity", ["walking"]),
                                              ("Debt Advice", "temporarily closed", "has capacity", ["debt"]),
                                              ("Lunch Club", "active", "full", ["befriending", "older"])):
            service = Service(name=name, status=status, capacity=capacity)
            session.add(service)
            session.flush()
            session.add_all(ServiceTaxonomy(service_id=service.id, term_id=terms[c].id) for c in codes)
            q.services[name] = str(service.id)
    connect(q, "C1", "E1", "Walking Group", at(7, 20), [("requested", at(7, 20, 11), None),
                                                         ("accepted", at(7, 22), None), ("completed", at(8, 30), None)])
    connect(q, "C2", "E1", "Lunch Club", at(7, 21), [("requested", at(7, 21, 11), None),
                                                      ("rejected", at(7, 25), "no_capacity")])
    connect(q, "C3", "E6", "Debt Advice", at(7, 10), [("requested", at(7, 10, 11), None),
                                                       ("failed", at(8, 1), "service_closed")])
    connect(q, "C4", "E6", "Lunch Club", at(8, 5), [("requested", at(8, 5, 11), None)])
    connect(q, "C5", "E8", "Walking Group", at(9, 20), [("requested", at(9, 20, 11), None),
                                                         ("failed", at(10, 10), "did_not_attend")])
    connect(q, "C6", "E3", "Walking Group", at(6, 30), [("requested", at(6, 30, 11), None)])
    connect(q, "C7", "E9", "Debt Advice", at(9, 16), [("entered-in-error", at(9, 17), None)])
    # Unmet needs: walking x3 (Northside 2 at Alder, Southside 1 at Birch), one with no practice, one after.
    with db.session() as session:
        for category, area, person, worker, m, d in (
                ("walking", "Northside", "Ann", None, 7, 5), ("walking", "Northside", None, "Wren", 8, 1),
                ("walking", "Southside", "Hana", None, 8, 2), ("debt-advice", "Northside", None, None, 9, 1),
                ("walking", "Northside", "Ann", None, 10, 2)):
            session.add(UnmetNeed(category=category, area=area, recorded_on=date(2026, m, d),
                                  person_id=uuid.UUID(q.people[person]) if person else None,
                                  worker_id=uuid.UUID(q.workers[worker]) if worker else None))
    _measures(q)
    return q


def ons4(s: int, w: int, h: int, a: int) -> dict[str, int]:
    return {"satisfied": s, "worthwhile": w, "happy": h, "anxious": a}


def ucla3(c: int, left: int, i: int, lonely: int | None = None) -> dict[str, int]:
    found = {"companionship": c, "left_out": left, "isolated": i}
    return found | ({"lonely": lonely} if lonely is not None else {})


def _measures(q: Q3) -> None:
    m = Measures(q.db, actor="test")
    for episode, instrument, timepoint, when, answers in (
            ("E1", "ons4", "baseline", at(7, 13), ons4(4, 5, 3, 8)),
            ("E1", "ons4", "review", at(8, 20), ons4(6, 6, 5, 5)),
            ("E1", "ons4", "closure", at(9, 10), ons4(7, 7, 6, 4)),
            ("E6", "ons4", "baseline", at(7, 8), ons4(5, 5, 5, 6)),
            ("E6", "ons4", "review", at(9, 15), ons4(5, 7, 4, 6)),
            ("E6", "ons4", "closure", at(10, 5), ons4(9, 9, 9, 0)),  # after the period: not used
            ("E8", "ons4", "baseline", at(7, 20), ons4(2, 3, 2, 9)),
            ("E8", "ons4", "review", at(9, 20), ons4(4, 4, 4, 7)),
            ("E3", "ons4", "baseline", at(8, 1), ons4(3, 3, 3, 7)),  # no follow-up
            ("E10", "ons4", "baseline", at(6, 16), ons4(1, 1, 1, 10)),  # follow-up before the period
            ("E10", "ons4", "closure", at(6, 20), ons4(2, 2, 2, 9)),
            ("E1", "ucla3", "baseline", at(7, 13), ucla3(3, 3, 3, 5)),
            ("E1", "ucla3", "closure", at(9, 10), ucla3(2, 2, 2, 3)),
            ("E3", "ucla3", "baseline", at(8, 1), ucla3(3, 2, 3)),
            ("E3", "ucla3", "review", at(9, 20), ucla3(3, 2, 2)),
            ("E6", "ucla3", "baseline", at(7, 8), ucla3(2, 2, 2, 3)),
            ("E6", "ucla3", "review", at(9, 15), ucla3(2, 3, 2, 3)),
            ("E8", "ucla3", "baseline", at(7, 20), ucla3(3, 3, 2, 4)),
            ("E8", "ucla3", "review", at(9, 20), ucla3(2, 2, 2, 2)),
            ("E9", "ucla3", "baseline", at(9, 15), ucla3(2, 2, 2, 4)),
            ("E9", "ucla3", "review", at(9, 29), ucla3(2, 2, 1, 4))):
        m.record(q.episodes[episode], instrument, timepoint, answers, taken_at=when)


def q3_template_for(empty_template: Path, tmp_path_factory: Any) -> tuple[Path, Q3]:
    """Build the fixture once into a database file that each test then copies."""
    from tests.conftest import _open_copy

    db = _open_copy(empty_template, tmp_path_factory.mktemp("q3"))
    q = build_q3(db)
    db.close()
    return db.path, q


def q3_copy(template: tuple[Path, Q3], tmp_path: Path) -> Iterator[Q3]:
    from dataclasses import replace

    from tests.conftest import _open_copy

    path, q = template
    db = _open_copy(path, tmp_path)
    yield replace(q, db=db)
    db.close()
