"""A person's record window never drops typed text unasked: closing it (Escape, Ctrl+W and the window's
close button all close the window) with unsaved words in the plan tab asks first, Keep editing keeps every word, and a record with nothing typed closes at once."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from ui.person.window import PersonWindow
from ui.runner import InlineRunner


def _window(qtbot: Any, db: Database, core: Linkwell, runner: InlineRunner) -> PersonWindow:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Gruffydd", family_name="Wiśniewski", date_of_birth=date(1961, 5, 9)).created_id
    assert pid
    caseload.refer(pid, referral_date=date(2026, 11, 2), referral_source="gp", reasons=["loneliness"])
    window = PersonWindow(core, runner, pid)  # deletes itself on close, so each test closes it
    window.show()
    qtbot.waitUntil(lambda: window.record.name.text() == "Gruffydd Wiśniewski", timeout=5000)
    return window


def test_closing_with_nothing_typed_closes_the_record(qtbot: Any, db: Database, core: Linkwell,
                                                     inline_runner: InlineRunner) -> None:
    window = _window(qtbot, db, core, inline_runner)
    assert window.record.unsaved_plan() == []
    assert window.close()
    assert window.leave_box is None


def test_closing_with_typed_text_asks_and_keep_editing_keeps_it(qtbot: Any, db: Database, core: Linkwell,
                                                                inline_runner: InlineRunner) -> None:
    window = _window(qtbot, db, core, inline_runner)
    record = window.record
    record.what_matters.setPlainText("Singing with others again & <choir> 🎶")
    record.goal_text.setText("Join the Côr Meibion")
    assert record.unsaved_plan() == ["what matters", "a new goal"]
    assert not window.close()  # asked instead
    box = window.leave_box
    assert box is not None and "what matters and a new goal" in box.text() and "Gruffydd" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter keeps the words
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape on the question keeps editing too
    qtbot.waitUntil(lambda: window.leave_box is None, timeout=2000)
    assert window.isVisible() and record.what_matters.toPlainText().startswith("Singing with others")

    window.close()
    box = window.leave_box
    assert box is not None
    with qtbot.waitSignal(window.destroyed, timeout=2000):  # closed, and gone
        box.button(QMessageBox.StandardButton.Discard).click()


def test_saved_words_are_not_unsaved(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    window = _window(qtbot, db, core, inline_runner)
    record = window.record
    record.what_matters.setPlainText("Walking the dog by the river")
    record.record_what_matters()
    qtbot.waitUntil(lambda: record.unsaved_plan() == [], timeout=5000)  # reloaded from what was saved
    assert window.close()
