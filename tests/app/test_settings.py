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
    assert {s.key for s in settings.ALL} == {"ui.lock_idle_minutes", "backup.keep", "directory.stale_after_months"}


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
