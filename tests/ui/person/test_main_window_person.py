from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from tests.ui.conftest import add_people
from ui.dialogs.intake import IntakeDialog
from ui.dialogs.waiting_room import WaitingRoomDialog
from ui.main_window import MainWindow
from ui.runner import InlineRunner


def _window(qtbot: Any, core: Linkwell, runner: InlineRunner) -> MainWindow:
    window = MainWindow(core, runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_enter_on_a_caseload_row_opens_the_person(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    ids = add_people(db)
    window = _window(qtbot, core, inline_runner)
    window.table.setFocus()
    row = window.model.ids.index(ids[1])
    window.table.setCurrentIndex(window.model.index(row, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    opened = window.person_actions.open_windows[ids[1]]
    assert opened.record.name.text() == "Tomasz Kowalski"
    window.open_person(ids[1])
    assert len(window.person_actions.open_windows) == 1  # the same window is raised, not a second
    opened.close()


def test_shortcuts_open_intake_and_the_waiting_room(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    window = _window(qtbot, core, inline_runner)
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.person_actions.last_dialog, IntakeDialog)
    window.person_actions.last_dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    capture = window.person_actions.last_dialog
    assert isinstance(capture, WaitingRoomDialog)
    qtbot.keyClicks(capture.given, "Jo")
    qtbot.keyClicks(capture.family, "Marsh")
    qtbot.keyClick(capture.given, Qt.Key.Key_Return)
    people = Caseload(db).summaries()
    assert [p["family_name"] for p in people] == ["Marsh"]
    assert people[0]["id"] in window.person_actions.open_windows  # the new record opens
    for w in list(window.person_actions.open_windows.values()):
        w.close()
