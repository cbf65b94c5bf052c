"""The person window at its own default size shows what it holds whole: the measures' answers and
changes in view, a long contact note wrapped rather than cut, and choice boxes wide enough for their words."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.services.directory.facade import Directory
from app.storage.database import Database
from ui.person.window import PersonWindow
from ui.runner import InlineRunner

NOTE = ("Long talk about the allotment society, the bus times from Heol y Felin and whether Łucja's neighbour "
        "could go along to the first session & help with the gate <the heavy one>; agreed to ring back Friday.")


def _person(db: Database) -> str:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Gwenhwyfar", family_name="Wróblewska-Pritchard",
                              date_of_birth=date(1947, 4, 1)).created_id
    assert pid
    eid = caseload.refer(pid, referral_date=date(2026, 9, 1), referral_source="other_professional",
                         reasons=["loneliness"]).created_id
    assert eid
    for step in ("contacted", "accepted", "what_matters", "planned", "connecting"):
        caseload.move_episode(eid, step)
    caseload.add_contact(eid, kind="home_visit", contact_at=datetime(2026, 9, 3, 10, tzinfo=UTC),
                         duration_minutes=50, notes=NOTE)
    service = Directory(db).add_service({"name": "Heol y Felin Allotment Society", "categories": ["Gardening"]})
    assert service.created_id
    caseload.connect(eid, service.created_id)
    measures = Linkwell(db).measures
    measures.record(eid, "ucla3", "baseline", {"companionship": 3, "left_out": 3, "isolated": 2, "lonely": 4})
    measures.record(eid, "ucla3", "review", {"companionship": 2, "left_out": 2, "isolated": 2, "lonely": 3})
    return pid


def test_the_person_window_shows_its_parts_whole_at_its_default_size(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    window = PersonWindow(core, inline_runner, _person(db))  # deletes itself on close
    window.show()
    record = window.record
    qtbot.waitUntil(lambda: record.detail is not None, timeout=5000)
    try:
        picker = record.episode_picker
        assert picker.width() >= picker.fontMetrics().horizontalAdvance(picker.currentText())  # "from Other professional"

        record.tabs.setCurrentWidget(record.measures)
        tree = record.measures.tree
        qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=5000)
        header = tree.header()
        for column in (1, 2):  # Answer, Change from baseline
            assert header.sectionViewportPosition(column) + header.sectionSize(column) <= tree.viewport().width()
        assert tree.topLevelItem(1).child(0).text(2).endswith("(better)")

        record.tabs.setCurrentIndex(1)
        contacts = record.contacts
        qtbot.waitUntil(contacts.isVisible, timeout=2000)
        row = contacts.visualItemRect(contacts.topLevelItem(0))
        line = contacts.fontMetrics().height()
        assert contacts.topLevelItem(0).text(3) == NOTE
        assert contacts.fontMetrics().horizontalAdvance(NOTE) > contacts.header().sectionSize(3)  # it needs wrapping
        assert row.height() >= 2 * line  # wrapped onto more lines, not cut with "…"

        record.tabs.setCurrentIndex(3)
        move = record.connection_move
        qtbot.waitUntil(move.isVisible, timeout=2000)
        widest = max(move.fontMetrics().horizontalAdvance(move.itemText(i)) for i in range(move.count()))
        assert move.width() >= widest  # "Recorded by mistake", not "Recorded by mistal"
    finally:
        window.close()


# 600 characters, with Welsh and Polish letters and the characters markup would take for its own.
LONG_NOTE = ("Home visit with Gwenhwyfar and her neighbour Łucja Żółkiewska: talked through the Tuesday walk "
             "from Heol y Felin, the bus pass renewal & whether the <Cylch Cinio> lunch club has room before "
             "Christmas. Gwenhwyfar said she feels lonelier since her brother Dafydd moved to Aberystwyth; she "
             "would like to sing again, perhaps with Côr Merched y Fro, but worries about the stairs at the "
             "chapel vestry. Agreed: I ring the choir's secretary about the ground-floor room, Łucja goes "
             "with her to the first practice, and we look at the lunch club together on Friday. Ring after ten, not before: mornings are hard")


def test_the_chosen_contact_note_is_read_whole_in_a_pane(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    assert len(LONG_NOTE) == 600
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Gwenhwyfar", family_name="Wróblewska-Pritchard").created_id
    assert pid
    eid = caseload.refer(pid, referral_date=date(2026, 9, 1), referral_source="gp", reasons=["loneliness"]).created_id
    assert eid
    caseload.add_contact(eid, kind="home_visit", contact_at=datetime(2026, 9, 3, 10, tzinfo=UTC),
                         duration_minutes=50, notes=LONG_NOTE)
    caseload.add_contact(eid, kind="phone", contact_at=datetime(2026, 9, 5, 10, tzinfo=UTC),
                         duration_minutes=5, notes="Left a message")
    window = PersonWindow(core, inline_runner, pid)  # deletes itself on close
    window.show()
    record = window.record
    qtbot.waitUntil(lambda: record.detail is not None, timeout=5000)
    try:
        record.tabs.setCurrentIndex(1)
        contacts, pane = record.contacts, record.contact_note
        qtbot.waitUntil(pane.isVisible, timeout=2000)
        assert pane.accessibleName() and pane.isReadOnly()
        assert pane.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
        assert pane.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
        newest = contacts.currentItem()
        assert newest is not None and newest.text(3) == "Left a message"  # the newest, chosen on opening
        assert pane.toPlainText() == "Left a message"
        contacts.setFocus()
        qtbot.keyClick(contacts, Qt.Key.Key_Down)  # the arrow keys move the pane with the choice
        assert pane.toPlainText() == LONG_NOTE  # whole: every letter, & and <> as written
        assert pane.document().documentLayout().documentSize().height() > 2  # wrapped onto more lines than one
        qtbot.keyClick(contacts, Qt.Key.Key_Up)
        assert pane.toPlainText() == "Left a message"
    finally:
        window.close()
