"""The demo generator: reproducible, complete, every history legal, and all or nothing."""

from __future__ import annotations

import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from app import clock
from app.domain import nhs_number
from app.domain.models import Contact, Episode, Person, Service
from app.domain.status import (
    CONNECTION_MOVES,
    CONNECTION_NEEDS_REASON,
    EPISODE_MOVES,
    ConnectionStatus,
    EpisodeStatus,
)
from app.errors import InvalidInput
from app.paths import load_json_resource
from app.services import demo as demo_module
from app.services import demo_trail
from app.services.caseload.facade import Caseload, snomed_for
from app.services.caseload.listing import CURRENT_EPISODE
from app.services.demo import DEMO_DEVICE_ID, DemoCancelled, create_demo
from app.storage import keys
from app.storage.database import Database
from tests.conftest import PASSPHRASE

TODAY = date(2026, 3, 11)  # a Wednesday
SMALL = {"people": 30, "services": 40}
CATEGORIES = {
    "befriending", "walking", "gardening", "arts-crafts", "mens-sheds", "debt-benefits", "housing",
    "food-banks", "carers", "bereavement", "peer-mental-health", "digital-skills", "employment",
    "young-people", "older-people",
}
REFERENCE = load_json_resource("reference.json")


@pytest.fixture(scope="module")
def template_key(empty_template: Path) -> bytes:
    return keys.unwrap(keys.KeyFile.read(keys.key_file_path(empty_template)), PASSPHRASE)


@pytest.fixture
def other_db(empty_template: Path, template_key: bytes, tmp_path: Path) -> Iterator[Database]:
    """A second empty database beside ``db``, to compare two runs (its key unwrapped once)."""
    path = tmp_path / "other" / empty_template.name
    path.parent.mkdir()
    shutil.copy2(empty_template, path)
    database = Database(path, template_key)
    yield database
    database.close()


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    con = db.connect()
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _one(db: Database, sql: str) -> Any:
    return _rows(db, sql)[0][0]


def _count(db: Database, table: str) -> int:
    return int(_one(db, f"SELECT count(*) FROM {table}"))


def _table(db: Database, table: str) -> list[tuple[Any, ...]]:
    return _rows(db, f"SELECT * FROM {table} ORDER BY id")


# --- reproducible ---------------------------------------------------------------------------


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# The audit trail's seals and hashes rest on a secret made fresh for each person: the same story, so the
# same events, but never the same bytes. Compared by what they say instead.
SEALED = {"auditevent": "SELECT seq, at, actor, action, person_id, detail FROM auditevent",
          "auditsubject": "SELECT person_id FROM auditsubject",
          "setting": "SELECT key, value FROM setting WHERE key NOT LIKE 'audit%'"}


def _every_row(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    tables = [r[0] for r in _rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
    return {t: sorted(_rows(db, SEALED.get(t, f"SELECT * FROM {t}")), key=repr) for t in tables}


def _moved(rows: dict[str, list[tuple[Any, ...]]], by: timedelta) -> dict[str, list[tuple[Any, ...]]]:
    """Every date written anywhere (columns, JSON, text) moved back ``by``."""
    def move(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        return _ISO_DAY.sub(lambda m: (date.fromisoformat(m[0]) - by).isoformat(), value)
    return {t: sorted((tuple(move(v) for v in row) for row in table), key=repr)
            for t, table in rows.items()}


def test_the_demo_is_the_same_story_on_any_date(db: Database, other_db: Database) -> None:
    """Run by the clock, years and weekdays apart: the same rows, every date moved by whole weeks."""
    with clock.pinned(date(2026, 12, 4)):  # a Friday
        create_demo(db, seed=7, **SMALL)
    with clock.pinned(date(2031, 7, 22)):  # a Tuesday, four and a half years on
        create_demo(other_db, seed=7, **SMALL)
    shift = demo_module.story_day(date(2031, 7, 22)) - demo_module.story_day(date(2026, 12, 4))
    assert shift.days % 7 == 0 and shift.days > 1600
    first, second = _every_row(db), _every_row(other_db)
    assert sum(map(len, first.values())) > 500
    assert first.keys() == second.keys()
    moved = _moved(second, shift)
    for table in first:
        assert first[table] == moved[table], table
    assert _rows(db, "SELECT max(referral_date) FROM episode")[0][0] < "2026-12-04"


def test_same_seed_and_day_give_identical_rows(db: Database, other_db: Database) -> None:
    first = create_demo(db, seed=3, today=TODAY, **SMALL)
    second = create_demo(other_db, seed=3, today=TODAY, **SMALL)
    assert first == second
    for table in ("person", "episode", "episodestatuschange", "contact", "connection", "service",
                  "organisation", "schedule"):
        rows = _table(db, table)
        assert rows, table
        assert rows == _table(other_db, table), table
    index = "SELECT rowid, * FROM service_fts ORDER BY rowid"
    assert _rows(db, index) == _rows(other_db, index)


def test_a_different_seed_gives_different_people(db: Database, other_db: Database) -> None:
    create_demo(db, seed=3, today=TODAY, **SMALL)
    create_demo(other_db, seed=4, today=TODAY, **SMALL)
    assert _table(db, "person") != _table(other_db, "person")
    ids = {r[0] for r in _table(db, "episode")}
    assert ids.isdisjoint(r[0] for r in _table(other_db, "episode"))


def test_dates_follow_today_and_nothing_is_in_its_future(db: Database) -> None:
    counts = create_demo(db, seed=5, today=TODAY, **SMALL)
    end = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC)
    with db.session() as session:
        episodes = session.exec(select(Episode)).all()
        contacts = session.exec(select(Contact)).all()
    assert len(episodes) == counts.episodes and len(contacts) == counts.contacts
    assert TODAY - timedelta(days=60) < max(e.referral_date for e in episodes) < TODAY
    assert all(e.status_changed_at < end and e.created_at <= e.updated_at < end for e in episodes)
    assert all(c.contact_at < end and c.device_id == DEMO_DEVICE_ID for c in contacts)
    assert all(c.contact_at.weekday() < 5 for c in contacts)  # no weekend working here


# --- all or nothing -------------------------------------------------------------------------


def test_cancel_leaves_nothing_written(db: Database) -> None:
    seen: list[str] = []

    def cancel_after_the_directory(done: int, total: int, label: str) -> bool:
        seen.append(label)
        assert 0 <= done <= total
        return label == "Directory services"  # the services have been inserted by now

    with pytest.raises(DemoCancelled):
        create_demo(db, seed=2, today=TODAY, progress=cancel_after_the_directory, **SMALL)
    assert seen == ["Starting", "Practices and link workers", "Directory services"]
    for table in ("person", "service", "organisation", "practice", "worker", "service_fts"):
        assert _count(db, table) == 0, table


def test_an_error_midway_leaves_nothing_written(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: object, count: int) -> None:
        raise RuntimeError("disk on fire")

    # The last step, after every other batch has been inserted.
    monkeypatch.setattr(demo_module._Caseload, "add_unmet_needs", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        create_demo(db, seed=2, today=TODAY, **SMALL)
    for table in ("person", "episode", "contact", "service", "schedule", "practice", "service_fts"):
        assert _count(db, table) == 0, table


def test_progress_runs_to_the_total_and_the_cache_is_given_back(db: Database) -> None:
    with db.engine.connect() as con:
        usual = con.exec_driver_sql("PRAGMA cache_size").scalar()
    calls: list[tuple[int, int, str]] = []
    create_demo(db, seed=2, today=TODAY, progress=lambda *call: calls.append(call), **SMALL)
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [done for done, _, _ in calls] == sorted(done for done, _, _ in calls)
    with db.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA cache_size").scalar() == usual


def test_refuses_a_database_that_has_records(demo_db: Database) -> None:
    with pytest.raises(InvalidInput, match="empty database"):
        create_demo(demo_db, seed=1, **SMALL)


# --- the caseload (the shared demo: 60 people, 300 services, seed 7) ---------------------------


def test_every_status_has_several_people(demo_db: Database) -> None:
    assert _count(demo_db, "person") == 60
    statuses = Counter(r[0] for r in _rows(demo_db, f"SELECT status FROM ({CURRENT_EPISODE})"))
    assert set(statuses) == {s.value for s in EpisodeStatus}
    assert min(statuses.values()) >= 3


def test_every_status_history_is_a_legal_path(demo_db: Database) -> None:
    history = defaultdict(list)
    for episode_id, *move in _rows(
        demo_db, "SELECT episode_id, from_status, to_status, changed_at, snomed_concept "
                 "FROM episodestatuschange ORDER BY changed_at"):
        history[episode_id].append(tuple(move))
    episodes = dict(_rows(demo_db, "SELECT id, status FROM episode"))
    assert set(history) == set(episodes)
    for episode_id, moves in history.items():
        assert moves[0][:2] == (None, "referred")
        for (_, before, at_before, _), (from_, to, at, concept) in pairwise(moves):
            assert from_ == before and at > at_before
            assert EpisodeStatus(to) in EPISODE_MOVES[EpisodeStatus(from_)], (from_, to)
            expected = snomed_for(to)
            assert concept == (expected["id"] if expected else None)
        assert moves[-1][1] == episodes[episode_id]
    assert any(concept for moves in history.values() for *_, concept in moves)


def test_connection_histories_follow_the_hl7_moves(demo_db: Database) -> None:
    history = defaultdict(list)
    for connection_id, *move in _rows(
        demo_db, "SELECT connection_id, from_status, to_status, outcome_reason "
                 "FROM connectionstatuschange ORDER BY changed_at"):
        history[connection_id].append(tuple(move))
    connections = {r[0]: r[1:] for r in _rows(
        demo_db, "SELECT id, status, outcome_reason FROM connection")}
    assert len(connections) >= 10 and set(history) == set(connections)
    for connection_id, moves in history.items():
        assert moves[0][:2] == (None, "draft")
        for (_, before, _), (from_, to, reason) in pairwise(moves):
            assert from_ == before
            assert ConnectionStatus(to) in CONNECTION_MOVES[ConnectionStatus(from_)]
            assert bool(reason) == (ConnectionStatus(to) in CONNECTION_NEEDS_REASON)
        status, reason = connections[connection_id]
        assert status == moves[-1][1] and reason == moves[-1][2]
    assert {r for _, r in connections.values() if r} <= set(REFERENCE["connection_outcomes"])
    assert len({status for status, _ in connections.values()}) >= 5


def test_nhs_numbers_are_valid_unique_test_numbers(demo_db: Database) -> None:
    numbers = [r[0] for r in _rows(demo_db, "SELECT nhs_number FROM person")]
    given = [n for n in numbers if n]
    assert given and all(nhs_number.is_valid(n) and n.startswith("999") for n in given)
    assert len(set(given)) == len(given)
    assert 1 <= numbers.count(None) <= 5  # a few people have none


def test_names_include_the_hard_cases(demo_db: Database) -> None:
    given = {r[0] for r in _rows(demo_db, "SELECT given_name FROM person")}
    family = {r[0] for r in _rows(demo_db, "SELECT family_name FROM person")}
    assert {"Siân", "Zoë", "Łukasz", "Gwenllïan", "Dafydd", "Małgorzata", "Wojciech", "Seán",
            "Aoife", "Chloé", "Ffion"} <= given
    assert {"O'Brien", "Nuñez", "Smith-Jones"} <= family


def test_the_caseload_has_what_a_worklist_needs(demo_db: Database) -> None:
    today = clock.today()
    rows = _rows(demo_db, "SELECT status, referral_date, next_contact_due "
                          f"FROM ({CURRENT_EPISODE})")
    waiting = [date.fromisoformat(r[1]) for r in rows if r[0] == "referred"]
    assert any(d < today - timedelta(days=14) for d in waiting)
    assert any(today - timedelta(days=14) <= d < today - timedelta(days=7) for d in waiting)
    due = [date.fromisoformat(r[2]) for r in rows if r[0] != "closed" and r[2]]
    assert any(d < today for d in due) and any(d >= today for d in due)
    sources = Counter(r[0] for r in _rows(demo_db, "SELECT referral_source FROM episode"))
    assert set(sources) <= set(REFERENCE["referral_sources"])
    assert sources["self"] >= sum(sources.values()) / 10  # about 30%
    assert _rows(demo_db, "SELECT person_id FROM episode GROUP BY person_id HAVING count(*) > 1")
    assert _count(demo_db, "unmetneed") >= 3
    people = _rows(demo_db, "SELECT risk_note, consent_share_with_gp FROM person")
    assert {consent for _, consent in people} == {0, 1}
    assert not any(risk for risk, _ in people)  # the old note is now safeguarding records (issue 16)
    assert _rows(demo_db, "SELECT 1 FROM safeguarding WHERE status = 'open' AND note != ''")


def test_plans_and_connections_follow_the_journey(demo_db: Database) -> None:
    for status, goals, connections in _rows(
        demo_db, "SELECT e.status, (SELECT count(*) FROM plangoal g WHERE g.episode_id = e.id), "
                 "(SELECT count(*) FROM connection c WHERE c.episode_id = e.id) FROM episode e"):
        if status in ("planned", "connecting", "review"):
            assert goals >= 1, status
        if status == "connecting":
            assert connections >= 1
        if status in ("referred", "contacted", "accepted", "declined", "what_matters"):
            assert goals == 0 and connections == 0, status
    assert _count(demo_db, "planaction") >= _count(demo_db, "plangoal") > 0
    kinds = {r[0] for r in _rows(demo_db, "SELECT DISTINCT kind FROM contact")}
    assert len(kinds) >= 4 and kinds <= set(REFERENCE["contact_kinds"])
    assert _one(demo_db, "SELECT count(*) FROM contact "
                         "WHERE duration_minutes < 1 OR notes = ''") == 0


def test_the_orm_and_the_caseload_read_the_demo(demo_db: Database) -> None:
    with demo_db.session() as session:
        person = session.exec(select(Person).where(Person.given_name == "Siân")).one()
        assert session.exec(select(Service)).first() is not None
    detail = Caseload(demo_db).person_detail(str(person.id))
    assert detail["family_name"] == "O'Brien" and detail["episodes"]


# --- the directory ----------------------------------------------------------------------------


def test_the_directory_covers_every_category(demo_db: Database) -> None:
    assert _count(demo_db, "service") >= 300
    linked = Counter(r[0] for r in _rows(
        demo_db, "SELECT t.code FROM servicetaxonomy st JOIN taxonomyterm t ON t.id = st.term_id"))
    assert set(linked) == CATEGORIES and min(linked.values()) >= 5
    assert _count(demo_db, "taxonomyterm") == len(CATEGORIES)
    names = [r[0] for r in _rows(demo_db, "SELECT name FROM service")]
    assert len(set(names)) > 0.9 * len(names)


def test_the_directory_is_as_untidy_as_real_life(demo_db: Database) -> None:
    statuses = Counter(r[0] for r in _rows(demo_db, "SELECT status FROM service"))
    capacities = Counter(r[0] for r in _rows(demo_db, "SELECT capacity FROM service"))
    assert statuses["temporarily closed"] >= 3 and statuses["active"] > 200
    assert capacities["full"] >= 3 and capacities["waiting list"] >= 3
    a_year_ago = clock.today() - timedelta(days=365)
    verified = [date.fromisoformat(r[0]) for r in _rows(
        demo_db, "SELECT last_verified_on FROM service WHERE last_verified_on IS NOT NULL")]
    assert sum(d < a_year_ago for d in verified) >= 10
    assert {r[0] for r in _rows(demo_db, "SELECT DISTINCT access FROM service")} == {
        "drop-in", "self-refer", "referral needed"}
    assert {r[0] for r in _rows(demo_db, "SELECT DISTINCT is_free FROM service")} == {0, 1}
    informal = _rows(demo_db, "SELECT charity_number, phone FROM organisation WHERE informal")
    assert informal
    assert all(number == "" and phone.startswith("07700") for number, phone in informal)
    assert _one(demo_db, "SELECT count(*) FROM organisation WHERE NOT informal "
                         "AND charity_number = ''") == 0


def test_schedules_and_locations_are_well_formed(demo_db: Database) -> None:
    day = "(MO|TU|WE|TH|FR|SA|SU)"
    for byday, opens, closes in _rows(demo_db, "SELECT byday, opens_at, closes_at FROM schedule"):
        assert re.fullmatch(f"{day}(,{day})*", byday)
        assert re.fullmatch(r"\d\d:\d\d", opens) and re.fullmatch(r"\d\d:\d\d", closes)
        assert opens < closes
    postcodes = [r[0] for r in _rows(demo_db, "SELECT postcode FROM location")]
    assert postcodes and all(re.fullmatch(r"HB\d [0-9][A-Z]{2}", p) for p in postcodes)
    assert _one(demo_db, "SELECT count(*) FROM service s WHERE attend_in_person AND NOT EXISTS "
                         "(SELECT 1 FROM servicelocation sl WHERE sl.service_id = s.id)") == 0


def test_search_finds_walking_groups(demo_db: Database) -> None:
    found = [r[0] for r in _rows(
        demo_db, "SELECT s.name FROM service_fts JOIN service s ON s.rowid = service_fts.rowid "
                 "WHERE service_fts MATCH 'walking'")]
    walking = _one(demo_db, "SELECT count(*) FROM servicetaxonomy st JOIN taxonomyterm t "
                            "ON t.id = st.term_id WHERE t.code = 'walking'")
    assert len(found) >= walking >= 5
    assert any("Walking Group" in name for name in found)
    assert _count(demo_db, "service_fts") == _count(demo_db, "service")


def test_the_demo_has_a_trail_of_its_last_weeks_that_verifies(db: Database) -> None:
    from app.core import Linkwell

    create_demo(db, seed=5, today=TODAY, **SMALL)
    core = Linkwell(db)
    assert core.audit.verify().ok
    events = core.audit.events()
    assert len(events) == demo_trail.TRAIL_EVENTS
    assert [e.at for e in events] == sorted(e.at for e in events)  # told in the order it happened
    assert all(e.at.date() <= TODAY and e.actor for e in events)
    assert {e.action for e in events} <= {"create", "edit"}  # changes, not views
    workers = {r[0] for r in _rows(db, "SELECT name FROM worker")}
    assert {e.actor for e in events} <= workers | {demo_trail.WHO}
    assert len(core.today.lists().activity) > 0  # Today's recent activity is not "(0)" on a demo
