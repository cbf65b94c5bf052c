"""Migration 0005: the caseload read model (``caseload_entry``) is filled in on upgrade and kept right by
triggers through every write, checked against a recomputation from the source tables."""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from alembic import command

from app.services.caseload.facade import Caseload
from app.services.caseload.listing import CaseloadList
from app.services.privacy import Privacy
from app.storage.database import Database
from app.storage.migrations.runner import config, upgrade
from tests.ui.conftest import add_people

COLUMNS = ("person_id", "family_name", "given_name", "practice_id", "episode_id", "status",
           "status_changed_at", "referral_date", "worker_id", "next_contact_due", "reasons")


def recomputed(con: Any) -> dict[str, tuple]:
    """Each person's row worked out in Python from ``person`` and ``episode``: the current referral is
    the latest by referral date, then creation time, then id."""
    latest: dict[str, tuple] = {}
    for row in con.execute("SELECT person_id, referral_date, created_at, id, status, status_changed_at, "
                           "worker_id, next_contact_due, reasons FROM episode"):
        if row[0] not in latest or row[1:4] > latest[row[0]][1:4]:
            latest[row[0]] = row
    expected = {}
    for pid, family, given, practice in con.execute("SELECT id, family_name, given_name, practice_id FROM person"):
        episode = latest.get(pid)
        if episode is None:
            expected[pid] = (pid, family, given, practice, *([None] * 7))
            continue
        _, referred, _, eid, status, changed, worker, due, reasons = episode
        codes = json.loads(reasons)
        expected[pid] = (pid, family, given, practice, eid, status, changed, referred, worker, due,
                         f"|{'|'.join(codes)}|" if codes else None)
    return expected


def derived(con: Any) -> dict[str, tuple]:
    return {row[0]: tuple(row) for row in con.execute(f"SELECT {', '.join(COLUMNS)} FROM caseload_entry")}


def assert_in_step(db: Database) -> dict[str, tuple]:
    con = db.connect()
    try:
        got, expected = derived(con), recomputed(con)
    finally:
        con.close()
    assert got == expected
    return got


def _downgrade(db: Database, revision: str) -> None:
    cfg = config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)


def test_an_upgraded_0004_database_gets_the_read_model_filled_in(db: Database) -> None:
    caseload = Caseload(db)
    ids = add_people(db)  # two referred, one without a referral
    eid = caseload.refer(ids[0], referral_date=date(2026, 11, 20), referral_source="self",
                         reasons=["debt", "housing"]).created_id
    assert eid is not None
    caseload.move_episode(eid, "contacted")
    _downgrade(db, "0004")  # after the writes: today's code writes today's schema (the audit trail's seals)
    con = db.connect()
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()
    assert "caseload_entry" not in tables

    upgrade(db.engine)

    rows = assert_in_step(db)
    assert len(rows) == 3
    by_name = {row[1]: row for row in rows.values()}
    assert by_name["O'Brien"][4] == uuid.UUID(eid).hex  # the later referral is the current one
    assert by_name["O'Brien"][5] == "contacted" and by_name["O'Brien"][10] == "|debt|housing|"
    assert by_name["Adeyemi"][4:] == (None,) * 7
    assert CaseloadList(db).person_ids(reason="debt") == [ids[0]]


def test_downgrade_leaves_no_trace_and_upgrade_brings_it_back(db: Database) -> None:
    add_people(db)
    _downgrade(db, "0004")
    con = db.connect()
    left = con.execute("SELECT name FROM sqlite_master WHERE name LIKE '%caseload_entry%'").fetchall()
    con.close()
    assert left == []
    upgrade(db.engine)
    assert len(assert_in_step(db)) == 3


def test_triggers_follow_a_move_a_new_referral_a_closure_and_a_deleted_person(db: Database) -> None:
    caseload, listing = Caseload(db), CaseloadList(db)
    ids = add_people(db)
    first = caseload.refer(ids[2], referral_date=date(2026, 10, 1), referral_source="gp",
                           reasons=["loneliness"]).created_id
    assert first is not None
    assert listing.person_ids(status="referred") == [ids[2], ids[1], ids[0]]  # by name

    caseload.move_episode(first, "contacted", at=datetime(2026, 10, 2, 9, 0, tzinfo=UTC))
    row = assert_in_step(db)[uuid.UUID(ids[2]).hex]
    assert row[5] == "contacted" and row[6].startswith("2026-10-02 09:00")
    assert listing.person_ids(status="contacted") == [ids[2]]

    later = caseload.refer(ids[2], referral_date=date(2026, 11, 15), referral_source="self", reasons=["debt"])
    row = assert_in_step(db)[uuid.UUID(ids[2]).hex]
    assert row[4] == uuid.UUID(later.created_id or "").hex and row[5] == "referred" and row[10] == "|debt|"
    assert listing.person_ids(status="contacted") == []

    caseload.move_episode(later.created_id or "", "closed", closure_reason="declined")
    assert assert_in_step(db)[uuid.UUID(ids[2]).hex][5] == "closed"
    assert ids[2] not in listing.person_ids(open_only=True)

    Privacy(db).erase(ids[1])
    rows = assert_in_step(db)
    assert uuid.UUID(ids[1]).hex not in rows and len(rows) == 2
    assert ids[1] not in listing.person_ids()
    listing.close()


@pytest.mark.parametrize(("count", "index"), [("new_referrals", "ix_episode_status"),  # by status alone now
                                              ("follow_ups", "ix_episode_due_status")])
def test_todays_counts_read_only_their_index(db: Database, count: str, index: str) -> None:
    from app.services.caseload.today import Today

    sql, params = Today._counts(date(2026, 11, 22))[count]
    con = db.connect()
    try:
        plan = " ".join(str(row[-1]) for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    finally:
        con.close()
    assert f"COVERING INDEX {index}" in plan


def test_todays_new_referrals_walk_in_date_order_and_stop_early(db: Database) -> None:
    from app.services.caseload.today import Today

    add_people(db)
    con = db.connect()
    statements: list[str] = []
    con.set_trace_callback(statements.append)
    try:
        items = Today._new_referrals(con, date(2026, 11, 22))
        con.set_trace_callback(None)
        sql = next(s for s in statements if "FROM episode e JOIN person p" in s)
        plan = " ".join(str(row[-1]) for row in con.execute(f"EXPLAIN QUERY PLAN {sql}"))
    finally:
        con.close()
    assert len(items) == 2
    assert "COVERING INDEX ix_episode_status_referral" in plan and "LAST 2 TERMS OF ORDER BY" in plan


# --- random writes straight to the source tables ------------------------------------------------

NOW = "2026-11-01 09:00:00.000000"


class Writer:
    """Random writes of every kind the triggers must follow, in plain SQL."""

    def __init__(self, con: Any, rng: random.Random) -> None:
        self.con, self.rng = con, rng
        self.practices = [self._add("practice", ods_code=f"A{n}", name="North", pcn="", address="", postcode="",
                                    phone="") for n in range(2)]
        self.workers = [self._add("worker", name=f"W{n}", role="link worker", phone="", email="")
                        for n in range(3)]

    def _add(self, table: str, **values: Any) -> str:
        key = uuid.UUID(int=self.rng.getrandbits(128)).hex
        values = {"id": key, "created_at": NOW, "updated_at": NOW, "device_id": "d", **values}
        names = ", ".join(values)
        self.con.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(values))})",
                         list(values.values()))
        return key

    def _pick(self, table: str) -> str | None:
        row = self.con.execute(f"SELECT id FROM {table} ORDER BY random() LIMIT 1").fetchone()
        return row[0] if row else None

    def _date(self) -> str:
        return date(2026, self.rng.randint(1, 3), self.rng.randint(1, 3)).isoformat()  # ties on purpose

    def add_person(self) -> None:
        self._add("person", given_name=self.rng.choice(["Ann", "bob", "Ćeri"]),
                  family_name=self.rng.choice(["Ng", "ng", "O'Neil"]), preferred_name="", sex="", gender="",
                  ethnicity="", phone="", email="", address="", postcode="", communication_needs="",
                  consent_share_with_gp=0, risk_note="",
                  practice_id=self.rng.choice([None, *self.practices]))

    def add_episode(self) -> None:
        person = self._pick("person")
        if person is None:
            return
        self._add("episode", person_id=person, worker_id=self.rng.choice([None, *self.workers]),
                  referral_date=self._date(), referral_source="gp", referrer_name="", referrer_organisation="",
                  reasons=json.dumps(self.rng.choice([[], ["debt"], ["debt", "housing"]])), consent_to_contact=1,
                  urgency="routine", status="referred", status_changed_at=NOW, what_matters="", strengths="",
                  created_at=self.rng.choice([NOW, "2026-11-02 09:00:00.000000"]))

    def update_episode(self) -> None:
        episode = self._pick("episode")
        if episode is None:
            return
        column, value = self.rng.choice([
            ("status", self.rng.choice(["contacted", "review", "closed"])),
            ("status_changed_at", f"2026-11-{self.rng.randint(10, 28)} 10:00:00.000000"),
            ("referral_date", self._date()),
            ("worker_id", self.rng.choice([None, *self.workers])),
            ("next_contact_due", self.rng.choice([None, self._date()])),
            ("reasons", json.dumps(self.rng.choice([[], ["loneliness"], ["debt", "low_mood"]]))),
            ("what_matters", "gardening"),  # not read by the caseload: no trigger work
            ("person_id", self._pick("person")),  # moved to another person
        ])
        self.con.execute(f"UPDATE episode SET {column} = ? WHERE id = ?", (value, episode))

    def update_person(self) -> None:
        person = self._pick("person")
        if person is not None:
            column, value = self.rng.choice([("family_name", "Zed"), ("given_name", "amy"),
                                             ("practice_id", self.rng.choice([None, *self.practices]))])
            self.con.execute(f"UPDATE person SET {column} = ? WHERE id = ?", (value, person))

    def delete_episode(self) -> None:
        self.con.execute("DELETE FROM episode WHERE id = ?", (self._pick("episode"),))

    def delete_person(self) -> None:
        self.con.execute("DELETE FROM person WHERE id = ?", (self._pick("person"),))  # cascades


@pytest.mark.parametrize("seed", range(6))
def test_random_writes_keep_the_read_model_equal_to_a_recomputation(db: Database, seed: int) -> None:
    rng = random.Random(seed)
    con = db.connect()
    writer = Writer(con, rng)
    steps = [(writer.add_person, 4), (writer.add_episode, 5), (writer.update_episode, 8),
             (writer.update_person, 2), (writer.delete_episode, 1), (writer.delete_person, 1)]
    try:
        for n in range(300):
            step = rng.choices([s for s, _ in steps], weights=[w for _, w in steps])[0]
            step()
            if n % 25 == 0:
                con.commit()
                assert derived(con) == recomputed(con), (seed, n, step.__name__)
        con.commit()
        assert derived(con) == recomputed(con)
        assert len(derived(con)) == con.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        con.close()
