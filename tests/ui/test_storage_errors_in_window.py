"""A database busy in another process, met by the window's raw SQL, is a sentence, never the bug box."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core import Linkwell
from app.storage import database
from tests.locks import lock_held
from tests.ui.conftest import ShownErrors
from ui.letters.letterhead import LetterheadDialog
from ui.main_window import MainWindow
from ui.runner import BUG_SENTENCE, Runner


def test_saving_while_another_process_holds_the_database_says_so_and_keeps_what_was_typed(
        qtbot: Any, core: Linkwell, runner: Runner, shown_errors: ShownErrors,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT", "PRAGMA busy_timeout = 300")  # not Linkwell's ten seconds
    window = MainWindow(core, runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    window.letter_actions.letterhead_action.trigger()
    dialog = window.letter_actions.letterhead_dialog
    assert isinstance(dialog, LetterheadDialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.waitUntil(lambda: save.isEnabled() and dialog.name.isEnabled())  # the saved letterhead is in
    qtbot.keyClicks(dialog.name, "Meddygfa Aberaeron & Partners")
    with lock_held(core.db, "IMMEDIATE"):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.text() != "" or bool(shown_errors.shown), timeout=20000)
    assert BUG_SENTENCE not in shown_errors.texts
    assert "busy" in dialog.message.text() and "locked" not in dialog.message.text()
    assert dialog.isVisible() and dialog.name.text() == "Meddygfa Aberaeron & Partners"
    assert core.letters.letterhead().name == ""  # nothing half-saved
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # the other process has let go: it saves now
    qtbot.waitUntil(lambda: core.letters.letterhead().name == "Meddygfa Aberaeron & Partners", timeout=10000)
    with qtbot.waitSignal(runner.op_finished, timeout=5000):
        runner.op(lambda: None).run()
