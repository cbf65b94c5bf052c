"""The contact form's one date-and-time field: typed as people say it, left with one Tab, read back in
words, refused with a sentence, and kept exactly when a draft is restored."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import clock
from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from ui.person.contact import ContactDialog
from ui.runner import InlineRunner

NOW = datetime(2026, 12, 4, 15, 20, tzinfo=UTC)


def _episode(db: Database) -> tuple[str, str]:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Ffion", family_name="Kowalczyk", date_of_birth=date(1955, 2, 1)).created_id
    assert pid
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness"]).created_id
    assert eid
    return pid, eid


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)


def test_today_2pm_is_read_in_words_left_with_one_tab_and_saved(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _episode(db)
    with clock.pinned(NOW):
        dialog = ContactDialog(core, inline_runner, eid)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        today = _local(NOW).date()
        dialog.when.setFocus()
        dialog.when.edit.selectAll()
        qtbot.keyClicks(dialog.when.edit, "today 2pm")
        assert dialog.when.reading.text() == datetime.combine(today, datetime.min.time()).replace(
            hour=14).strftime("%a %d-%b-%Y 14:00")
        qtbot.keyClick(dialog.when.edit, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.minutes  # one Tab, not five sections
        assert dialog.when.edit.text() == today.strftime("%d/%m/%Y") + " 14:00"  # tidied to what is kept
        dialog.minutes.setValue(20)
        dialog.notes.setPlainText("Tea & a chat <at home> 🫖")
        dialog.accept()
    [contact] = Caseload(db).person_detail(pid)["episodes"][0]["contacts"]
    saved = contact["at"]
    saved = datetime.fromisoformat(saved) if isinstance(saved, str) else saved
    assert (saved.replace(tzinfo=None) if saved.tzinfo is None else _local(saved)) == datetime.combine(
        today, datetime.min.time()).replace(hour=14)


def test_a_time_that_cannot_be_read_gets_a_sentence_and_nothing_is_saved(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _episode(db)
    dialog = ContactDialog(core, inline_runner, eid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.when.edit.setText("next Tuesday-ish")
    assert "not a date and time" in dialog.when.reading.text()
    dialog.minutes.setValue(10)
    dialog.accept()
    assert dialog.isVisible() and "20/11/2026 14:30" in dialog.message.text()
    assert Caseload(db).person_detail(pid)["episodes"][0]["contacts"] == []


def test_a_restored_draft_keeps_the_time_it_was_typed_for(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    _pid, eid = _episode(db)
    with clock.pinned(NOW):
        first = ContactDialog(core, inline_runner, eid)
        qtbot.addWidget(first)
        first.when.edit.setText("yesterday 9:15")
        first.notes.setPlainText("Rang about the lunch club")
        first.drafts.save_now()
    with clock.pinned(NOW + timedelta(hours=5)):  # restored later the same day
        again = ContactDialog(core, inline_runner, eid)
        qtbot.addWidget(again)
        again.show()
        qtbot.waitUntil(again.draft_bar.isVisible, timeout=5000)
        again.draft_bar.restore_button.click()
        expected = datetime.combine(_local(NOW).date() - timedelta(days=1), datetime.min.time()).replace(hour=9,
                                                                                                          minute=15)
        assert again.when.value() == expected
        assert again.notes.toPlainText() == "Rang about the lunch club"
