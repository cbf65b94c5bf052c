"""Laptops syncing through a real hub: capture in the same transaction, convergence, the PCN boundary,
and last-clock-wins keeping the value that lost."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from app.cli import main
from app.hub import admin
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from app.sync import engine
from tests.conftest import PASSPHRASE, _open_copy
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn, rows  # the laptop fixture comes from tests/hub/conftest.py

def people(db: Database) -> list[tuple]:
    return rows(db, "SELECT id, given_name, family_name, phone, updated_at FROM person ORDER BY id")


def test_changes_are_captured_in_the_same_transaction_by_any_path(db: Database, hub: Hub,
                                                                  laptop: Laptop) -> None:
    Caseload(db, actor="test").add_person(given_name="Before", family_name="Joining")
    assert rows(db, "SELECT count(*) FROM sync_outbox") == [(0,)]  # not captured before joining
    joined = laptop(new_pcn(hub), "kay")
    person_id = Caseload(joined, actor="kay").add_person(given_name="Siân", family_name="Evans").created_id
    captured = rows(joined, "SELECT entity_table, row_json, hlc FROM sync_outbox ORDER BY seq")
    assert [t for t, _, _ in captured] == ["person", "auditevent"]
    assert json.loads(captured[0][1])["given_name"] == "Siân"
    con = joined.connect()
    con.execute("UPDATE person SET phone = '07700 900123' WHERE id = ?", (person_id.replace("-", ""),))
    con.rollback()  # a change that never happened leaves nothing to send
    con.execute("UPDATE person SET phone = '07700 900456' WHERE id = ?", (person_id.replace("-", ""),))
    con.commit()
    con.close()
    after = rows(joined, "SELECT entity_table, row_json, hlc FROM sync_outbox ORDER BY seq")
    assert len(after) == 3 and json.loads(after[2][1])["phone"] == "07700 900456"
    assert captured[0][2] < captured[1][2] < after[2][2]  # the clock only moves forward


def test_two_laptops_converge_and_another_pcn_sees_none_of_it(hub: Hub, laptop: Laptop) -> None:
    north, south = new_pcn(hub), new_pcn(hub)
    first, second, elsewhere = laptop(north, "lee"), laptop(north, "max"), laptop(south, "ned")
    Caseload(first, actor="lee").add_person(given_name="Ana", family_name="First")
    Caseload(second, actor="max").add_person(given_name="Bo", family_name="Second")
    Caseload(elsewhere, actor="ned").add_person(given_name="Cy", family_name="Elsewhere")
    assert engine.sync_now(first).pushed == 2
    assert engine.sync_now(second).pulled == 1
    engine.sync_now(first)
    assert people(first) == people(second)
    assert sorted(p[1] for p in people(first)) == ["Ana", "Bo"]
    assert engine.sync_now(elsewhere).pulled == 0
    assert [p[1] for p in people(elsewhere)] == ["Cy"]
    assert engine.status(first)["pending"] == 0


def test_the_later_edit_wins_on_both_and_the_losing_value_is_kept(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    first, second = laptop(pcn, "olu"), laptop(pcn, "pat")
    person = Caseload(first, actor="olu").add_person(given_name="Dee", family_name="Shared").created_id
    engine.sync_now(first)
    engine.sync_now(second)
    for db, phone in ((first, "01632 960001"), (second, "01632 960002")):  # offline, the second one later
        time.sleep(0.005)  # clocks tick in milliseconds: same-millisecond edits are ordered by device id
        con = db.connect()
        con.execute("UPDATE person SET phone = ? WHERE id = ?", (phone, person.replace("-", "")))
        con.commit()
        con.close()
    engine.sync_now(first)
    assert engine.sync_now(second).overwritten == 1
    engine.sync_now(first)
    assert people(first) == people(second)
    assert people(first)[0][3] == "01632 960002"
    for db in (first, second):
        lost = [json.loads(r[0])["phone"] for r in rows(db, "SELECT row_json FROM sync_overwritten")]
        assert lost == ["01632 960001"]


def test_sync_commands_print_json(hub: Hub, laptop: Laptop, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
    db = laptop(new_pcn(hub), "quinn")
    Caseload(db, actor="quinn").add_person(given_name="Eve", family_name="Cli")
    assert main(["sync", "status", "--db", str(db.path), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["hub"] == hub.url and status["pending"] == 2 and status["last_synced"] is None
    assert main(["sync", "now", "--db", str(db.path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"pushed": 2, "pulled": 0, "conflicts": 0, "overwritten": 0}
    main(["sync", "status", "--db", str(db.path), "--json"])
    status = json.loads(capsys.readouterr().out)
    assert status["pending"] == 0 and status["last_synced"].startswith(str(db_today()))


def db_today() -> object:
    from app import clock

    return clock.now().date()


def test_sync_join_from_the_command_line(hub: Hub, empty_template: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
    pcn = new_pcn(hub)
    path = _open_copy(empty_template, tmp_path).path
    join = ["sync", "join", hub.url, "--user", "rae", "--db", str(path), "--code"]
    assert main(join + [admin.add_user(hub.dsn, pcn, "rae").code]) == 0
    assert f"Joined {pcn} as rae (link-worker)" in capsys.readouterr().out
    assert main(join + ["0000-0000-0000"]) == 1
    assert capsys.readouterr().err == "linkwell: This database has already joined a hub.\n"
    assert main(["sync", "status", "--db", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"Team hub {hub.url} ({pcn}): 0 changes waiting; last synced never")
