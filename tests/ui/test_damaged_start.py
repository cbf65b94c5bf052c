"""At start, a database that fails its integrity check offers the newest good backup."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

import ui.main
from app.core import Linkwell
from app.storage import backup
from app.storage.database import Database
from tests.ui.conftest import add_people
from ui.lock import install
from ui.main_window import MainWindow
from ui.runner import Runner


def _window(qtbot: Any, core: Linkwell, runner: Runner) -> MainWindow:
    window = MainWindow(core, runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    window.protection = install(window, QApplication.instance(), core, runner)  # type: ignore[attr-defined]
    window.protection.backups._may_close = True  # type: ignore[attr-defined]
    return window


def test_damaged_file_offers_the_newest_backup_and_restores_it(
    qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner, monkeypatch: Any
) -> None:
    add_people(db)
    backup.create_backup(db, reason="older")
    newest = backup.create_backup(db, reason="newest")
    told: list[str] = []
    monkeypatch.setattr(ui.main, "show_fatal", told.append)
    window = _window(qtbot, core, inline_runner)

    dialog = ui.main.offer_backup(window, core, "linkwell.db failed its integrity check.")
    assert "Choose a backup to restore" in told[0]
    assert dialog is not None and dialog.isVisible() and dialog.selected() == newest
    dialog.restore_button.click()
    with qtbot.waitSignal(dialog.restored):
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert backup.verify_backup(db.path, db.key) == 3


def test_damaged_file_without_backups_says_so_and_ends(
    qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner, monkeypatch: Any
) -> None:
    told: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(ui.main, "show_fatal", told.append)
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    window = _window(qtbot, core, inline_runner)
    assert ui.main.offer_backup(window, core, "linkwell.db failed its integrity check.") is None
    assert told == ["linkwell.db failed its integrity check."] and exits == [ui.main.EXIT_STORAGE]
