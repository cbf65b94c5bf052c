from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date

import pytest

from app.services.audit import Audit
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from tests.conftest import PASSPHRASE


@pytest.fixture
def trail(db: Database) -> tuple[Caseload, Audit, str]:
    caseload = Caseload(db, actor="Ffion (link worker)")
    pid = caseload.add_person(given_name="Dafydd", family_name="ap Rhys").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 2), referral_source="gp", reasons=["bereavement"]).created_id
    caseload.move_episode(eid, "contacted")
    caseload.person_detail(pid)
    return caseload, Audit(db), pid


def _sql(db: Database, statement: str) -> None:
    con = db.connect()
    with con:
        con.execute(statement)
    con.close()


def test_every_change_and_view_is_recorded_in_order(trail: tuple[Caseload, Audit, str]) -> None:
    _, audit, pid = trail
    events = audit.events(person_id=pid)
    assert [e.action for e in events] == ["create", "create", "edit", "view"]
    assert [e.seq for e in events] == [1, 2, 3, 4]
    assert all(e.actor == "Ffion (link worker)" for e in events)
    assert events[1].prev_hash == events[0].hash and audit.verify().ok


def test_altered_event_is_detected(trail: tuple[Caseload, Audit, str], db: Database) -> None:
    _sql(db, "UPDATE auditevent SET actor = 'someone else' WHERE seq = 2")
    result = Audit(db).verify()
    assert not result.ok and any("Event 2" in p and "altered" in p for p in result.problems)


def test_deleted_event_is_detected(trail: tuple[Caseload, Audit, str], db: Database) -> None:
    _sql(db, "DELETE FROM auditevent WHERE seq = 2")
    result = Audit(db).verify()
    assert not result.ok and any("missing" in p for p in result.problems)


def test_deleted_newest_event_is_detected(trail: tuple[Caseload, Audit, str], db: Database) -> None:
    _sql(db, "DELETE FROM auditevent WHERE seq = 4")
    result = Audit(db).verify()
    assert not result.ok and any("newest events" in p for p in result.problems)


def test_failed_change_leaves_no_audit_event(trail: tuple[Caseload, Audit, str]) -> None:
    caseload, audit, pid = trail
    episode = caseload.person_detail(pid)["episodes"][0]["id"]
    before = len(audit.events())
    with pytest.raises(Exception, match="cannot move"):
        caseload.move_episode(episode, "planned")
    assert len(audit.events()) == before  # the view above is recorded; the refused move is not


def test_csv_export_answers_who_looked_at_this_record(trail: tuple[Caseload, Audit, str]) -> None:
    _, audit, pid = trail
    rows = list(csv.DictReader(io.StringIO(audit.export_csv(person_id=pid))))
    assert [r["action"] for r in rows if r["action"] == "view"] == ["view"]
    assert rows[-1]["actor"] == "Ffion (link worker)" and rows[-1]["person_id"] == pid


def test_cli_audit_verify_and_person_show_is_audited(trail: tuple[Caseload, Audit, str], db: Database) -> None:
    import os

    _, audit, pid = trail
    env = {**os.environ, "LINKWELL_PASSPHRASE": PASSPHRASE}
    run = lambda *a: subprocess.run([sys.executable, "-m", "app.cli", *a, "--db", str(db.path)],  # noqa: E731
                                    env=env, capture_output=True, text=True, timeout=60)
    assert run("person", "show", pid).returncode == 0
    views = [e for e in audit.events(person_id=pid) if e.action == "view"]
    assert views[-1].detail == "viewed the record in the command line"
    ok = run("audit", "verify")
    assert ok.returncode == 0 and "intact" in ok.stdout
    _sql(db, "UPDATE auditevent SET detail = 'nothing to see' WHERE seq = 1")
    bad = run("audit", "verify")
    assert bad.returncode == 1 and "Event 1" in bad.stdout and "TAMPERED" in bad.stdout
