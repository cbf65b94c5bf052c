"""Ctrl+Enter saves in every form, from any field (a notes box too, where Enter is a new line), and
does nothing where there is nothing to save."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from ui.directory.editor import ServiceEditor
from ui.person.close_episode import CloseEpisodeDialog
from ui.person.contact import ContactDialog
from ui.runner import InlineRunner

CTRL = Qt.KeyboardModifier.ControlModifier


def _episode(db: Database) -> tuple[str, str]:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Eira", family_name="Szymańska", date_of_birth=date(1970, 6, 1)).created_id
    assert pid
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness"]).created_id
    assert eid
    return pid, eid


def test_ctrl_enter_in_the_notes_saves_a_contact(qtbot: Any, db: Database, core: Linkwell,
                                                 inline_runner: InlineRunner) -> None:
    pid, eid = _episode(db)
    dialog = ContactDialog(core, inline_runner, eid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.minutes.setValue(25)
    qtbot.keyClicks(dialog.notes, "Talked about the allotment")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)  # Enter alone: a new line, nothing saved
    assert Caseload(db).person_detail(pid)["episodes"][0]["contacts"] == []
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Enter, CTRL)  # the keypad's Enter too
    contacts = Caseload(db).person_detail(pid)["episodes"][0]["contacts"]
    assert [c["notes"] for c in contacts] == ["Talked about the allotment\n"]
    assert not dialog.isVisible()


def test_ctrl_enter_closes_a_referral_and_saves_a_new_service(qtbot: Any, db: Database, core: Linkwell,
                                                              inline_runner: InlineRunner) -> None:
    _pid, eid = _episode(db)
    closing = CloseEpisodeDialog(core, inline_runner, eid)
    qtbot.addWidget(closing)
    closing.show()
    qtbot.keyClick(closing.note, Qt.Key.Key_Return, CTRL)
    assert "Choose why" in closing.message.text()  # Ctrl+Enter pressed Close referral, which asked why
    closing.reason.setCurrentIndex(closing.reason.findData("moved_away"))
    qtbot.keyClick(closing.note, Qt.Key.Key_Return, CTRL)
    assert Caseload(db).person_detail(_pid)["episodes"][0]["status"] == "closed"

    editor = ServiceEditor(core, inline_runner, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.load()
    qtbot.keyClicks(editor.lines["name"], "Hen Gapel Coffee Morning")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClick(editor.texts["description"], Qt.Key.Key_Return, CTRL)
    service_id = saved.args[0]

    reading = ServiceEditor(core, inline_runner, service_id)  # opened to read: Save is not offered
    qtbot.addWidget(reading)
    reading.show()
    reading.load()
    qtbot.waitUntil(lambda: reading.loaded_fields.get("id") == service_id, timeout=5000)
    qtbot.keyClick(reading.lines["name"], Qt.Key.Key_Return, CTRL)
    assert reading.isVisible() and not reading.editing  # nothing to save, nothing happened
