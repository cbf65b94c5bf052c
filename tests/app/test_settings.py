"""Settings are declared once (app/settings.py): the window, the services and `linkwell settings` agree."""

from __future__ import annotations

import json

import pytest

from app import settings
from app.core import Linkwell
from app.errors import InvalidInput
from app.services.directory.facade import Directory
from app.storage import backup
from app.storage.database import Database
from tests.app.test_cli import _closed, linkwell
from ui import settings as window_settings


def test_defaults_bounds_and_nonsense(db: Database) -> None:
    assert settings.BACKUPS_KEPT.read(db) == 10
    db.write_setting(settings.BACKUPS_KEPT.key, "lots")
    assert settings.BACKUPS_KEPT.read(db) == 10
    with pytest.raises(InvalidInput, match="from 1 to 1000"):
        settings.BACKUPS_KEPT.write(db, 0)
    with pytest.raises(InvalidInput, match="There is no setting called 'colour'"):
        settings.named("colour")
    assert {s.key for s in settings.ALL} == {"ui.lock_idle_minutes", "backup.keep", "directory.stale_after_months",
                                            "worker.name", "ui.caseload_sort"}


def test_one_value_read_by_the_window_the_directory_and_backups(db: Database, core: Linkwell) -> None:
    settings.named("backup.keep").write(db, "2")
    settings.named("ui.lock_idle_minutes").write(db, 7)
    settings.named("directory.stale_after_months").write(db, " 3 ")
    assert window_settings.load(core).backups_kept == 2 and window_settings.load(core).idle_seconds == 420
    assert Directory(db).stale_after_months() == 3
    for _ in range(3):
        backup.create_backup(db)
    assert len(backup.list_backups(db.path)) == 2  # no keep= given: the setting decides


def test_the_command_line_lists_and_sets_the_same_settings(db: Database) -> None:
    path = _closed(db)
    out = linkwell("settings", "set", "backup.keep", "3", "--db", path)
    assert out.returncode == 0 and out.stdout.strip() == "backup.keep is now 3."
    listed = json.loads(linkwell("settings", "list", "--db", path, "--json").stdout)
    assert {r["key"]: r["value"] for r in listed}["backup.keep"] == 3
    bad = linkwell("settings", "set", "backup.keep", "-1", "--db", path)
    assert bad.returncode == 1 and bad.stderr == "linkwell: Backups kept: give a number from 1 to 1000.\n"
    for _ in range(4):
        assert linkwell("backup", "create", "--db", path).returncode == 0
    assert len(linkwell("backup", "list", "--db", path).stdout.strip().splitlines()) == 3


def test_the_worker_name_set_once_is_who_did_what(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """issue 18 item 3: the actor is the worker's name set for the database, not the login ('root');
    the command line sets it, the audit trail, the timeline and letters give it."""
    from datetime import date

    from app.services.caseload.facade import Caseload

    monkeypatch.setattr("getpass.getuser", lambda: "root")
    path = _closed(db)
    out = linkwell("settings", "set", "worker.name", "  Siân   Ó Brádaigh-Łukasz <&> ", "--db", path)
    assert out.returncode == 0 and out.stdout.strip() == "worker.name is now Siân Ó Brádaigh-Łukasz <&>."
    assert linkwell("settings", "set", "worker.name", "   ", "--db", path).returncode == 1
    sheet = db.path.parent / "people.csv"
    sheet.write_text("given_name,family_name\nRóisín,Ní Bhriain\n", encoding="utf-8")
    assert linkwell("person", "import", str(sheet), "--db", path).returncode == 0  # the command line, too
    core = Linkwell(db)
    assert core.worker_name() == "Siân Ó Brádaigh-Łukasz <&>"
    caseload = core.caseload
    pid = caseload.add_person(given_name="June", family_name="Bradshaw").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["debt"]).created_id
    caseload.move_episode(eid, "contacted")
    actors = {e.actor for e in core.audit.events(person_id=pid)}
    assert actors == {"Siân Ó Brádaigh-Łukasz <&>"}  # never 'root'
    imported = [e for e in core.audit.events() if e.action == "import"]
    assert imported and {e.actor for e in imported} == {"Siân Ó Brádaigh-Łukasz <&>"}
    steps = core.caseload.record(pid).episodes[0].status_history
    assert [s.by for s in steps] == ["Siân Ó Brádaigh-Łukasz <&>"] * 2  # the timeline's "By"
    letter = core.letters.prepare("plan", pid)
    assert "Brádaigh-Łukasz" in letter.html()  # "My link worker is …" on the plan letter
    # changed in the window: every façade names the new worker from then on
    assert core.set_worker_name("Ann Shaw") == "Ann Shaw"
    core.caseload.move_episode(eid, "accepted")
    assert core.audit.events(person_id=pid)[-1].actor == "Ann Shaw"
    assert Caseload(db).actor == "Ann Shaw"
