"""Backups from the window: on close, daily, and the restore drill through the Backups dialog."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.storage import backup
from app.storage.database import Database
from tests.ui.conftest import add_people
from ui.dialogs.backups import BackupsDialog, BackupSchedule
from ui.runner import Runner


def _names(db: Database) -> list[str]:
    con = db.connect()
    try:
        return [r[0] for r in con.execute("SELECT family_name FROM person ORDER BY family_name")]
    finally:
        con.close()


def _count(db: Database) -> int:
    con = db.connect()
    try:
        return int(con.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        con.close()


def test_closing_the_window_takes_a_backup_first(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> None:
    add_people(db)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    schedule = BackupSchedule.install(window, core, inline_runner, keep=3)
    assert backup.list_backups(db.path) == []
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    found = backup.list_backups(db.path)
    assert [b.reason for b in found] == ["close"]
    assert backup.verify_backup(found[0].path, db.key) == 3
    schedule.timer.stop()


def test_a_failed_backup_on_close_says_so_and_the_next_close_goes(
    qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner, shown_errors: Any, monkeypatch: Any
) -> None:
    from app.errors import StorageError

    def full_disk(*_args: Any, **_kwargs: Any) -> None:
        raise StorageError("The backup could not be written (No space left on device). Nothing was lost.")

    monkeypatch.setattr(backup, "create_backup", full_disk)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    BackupSchedule.install(window, core, inline_runner)
    window.close()
    assert window.isVisible() and shown_errors.texts == [
        "The backup could not be written (No space left on device). Nothing was lost."]
    window.close()
    assert not window.isVisible()


def test_a_daily_backup_only_when_the_newest_is_a_day_old(db: Database, core: Linkwell) -> None:
    first = core.backups.take_if_due(keep=10)
    assert first is not None and first.reason == "daily"
    assert core.backups.take_if_due(keep=10) is None
    assert core.backups.take_if_due(keep=10, max_age=timedelta(0)) is not None
    assert len(backup.list_backups(db.path)) == 2


def test_restore_drill_through_the_dialog(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> None:
    add_people(db)
    before = _names(db)
    taken = backup.create_backup(db, reason="manual")
    Caseload(db).add_person(given_name="Added", family_name="Afterwards")
    assert _count(db) == 4
    released: list[bool] = []
    dialog = BackupsDialog(core, inline_runner, release=lambda: released.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1 and dialog.selected() == taken

    dialog.verify_button.click()
    assert dialog.message.text().endswith("opens and is sound: it holds 3 people.")

    dialog.restore_button.click()
    box = dialog.confirm_box
    assert box is not None and "kept aside" in box.text()
    with qtbot.waitSignal(dialog.restored):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert released == [True]
    assert _names(db) == before  # the same Database object reopens the restored file
    assert "is kept as empty.db.before-restore-" in dialog.message.text()
    assert any(p.name.startswith("empty.db.before-restore-") for p in db.path.parent.iterdir())


def test_cancelling_the_restore_changes_nothing(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> None:
    add_people(db)
    backup.create_backup(db)
    Caseload(db).add_person(given_name="Kept", family_name="Here")
    dialog = BackupsDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.restore_button.click()
    assert dialog.confirm_box is not None
    dialog.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert _count(db) == 4


def test_back_up_now_lists_the_new_backup(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> None:
    dialog = BackupsDialog(core, inline_runner, keep=5)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 0 and "no backups yet" in dialog.message.text()
    dialog.backup_button.click()
    assert dialog.list.count() == 1 and dialog.message.text().startswith("Backed up: ")
