"""Deleting a contact or a connection in the person record: no confirmation, Undo (bar and Ctrl+Z),
Show deleted with Restore, and the database and audit trail after each step."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt
from sqlmodel import col, select

from app.core import Linkwell
from app.domain.models import AuditEvent, Service
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from tests.ui.conftest import open_record
from ui.person.record import DELETED, PersonRecord
from ui.runner import InlineRunner

CTRL = Qt.KeyboardModifier.ControlModifier


def _person(db: Database) -> tuple[str, str]:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Gwenllïan", family_name="Price", date_of_birth=date(1951, 5, 9)).created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness"]).created_id
    assert pid and eid
    return pid, eid


def _record(qtbot: Any, core: Linkwell, runner: InlineRunner, pid: str) -> PersonRecord:
    record = open_record(qtbot, core, runner, pid)
    return record


def _rows(tree: Any, column: int) -> list[tuple[str, bool]]:
    """(text, deleted) of each top-level row."""
    return [(tree.topLevelItem(i).text(column), bool(tree.topLevelItem(i).data(0, DELETED)))
            for i in range(tree.topLevelItemCount())]


def _contacts(db: Database, pid: str) -> dict[str, Any]:
    return Caseload(db).person_detail(pid)["episodes"][0]


def _audit(db: Database, pid: str) -> list[str]:
    with db.session() as session:
        return [e.detail for e in session.exec(select(AuditEvent).where(AuditEvent.person_id == uuid.UUID(pid))
                                               .order_by(col(AuditEvent.seq)))
                if e.detail.startswith(("deleted ", "restored "))]


def test_delete_by_keyboard_then_ctrl_z_brings_the_contact_back_unchanged(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    caseload = Caseload(db)
    first = caseload.add_contact(eid, kind="phone", contact_at=datetime(2026, 11, 2, 10, tzinfo=UTC),
                                 duration_minutes=15, notes="Talked about the bus").created_id
    corrected = caseload.edit_contact(first, notes="Talked about the bus pass").created_id
    caseload.add_contact(eid, kind="video", contact_at=datetime(2026, 11, 5, 11, tzinfo=UTC), notes="Video call")
    record = _record(qtbot, core, inline_runner, pid)
    record.tabs.setCurrentIndex(1)
    assert _rows(record.contacts, 3) == [("Video call", False), ("Talked about the bus pass  (corrected)", False)]

    record.contacts.setFocus()
    qtbot.keyClick(record.contacts, Qt.Key.Key_Down)  # the older, corrected contact
    qtbot.keyClick(record.contacts, Qt.Key.Key_Down)  # its earlier text: Delete still means the whole contact
    qtbot.keyClick(record.contacts, Qt.Key.Key_Delete)
    assert _rows(record.contacts, 3) == [("Video call", False)]
    assert [c["id"] for c in _contacts(db, pid)["deleted_contacts"]] == [first, corrected]
    bar = record.undo_bar.text.text()
    assert record.undo_bar.isVisible() and bar.startswith("Phone contact of 0") and bar.endswith(" deleted.")

    qtbot.keyClick(record.contacts, Qt.Key.Key_Z, CTRL)
    assert not record.undo_bar.isVisible()
    episode = _contacts(db, pid)
    assert episode["deleted_contacts"] == []
    notes = {c["id"]: (c["notes"], c["current"]) for c in episode["contacts"]}
    assert notes[corrected] == ("Talked about the bus pass", True) and notes[first] == ("Talked about the bus", False)
    back = record.contacts.topLevelItem(1)
    assert back.text(3) == "Talked about the bus pass  (corrected)"
    assert back.child(0).text(3) == "Talked about the bus"  # the edit history still shows the earlier text
    assert _audit(db, pid) == [f"deleted contact {corrected}", f"restored contact {corrected}"]
    qtbot.keyClick(record.contacts, Qt.Key.Key_Z, CTRL)  # nothing more to undo: nothing changes
    assert len(_contacts(db, pid)["contacts"]) == 3 and len(_audit(db, pid)) == 2


def test_deleted_then_reopened_shown_greyed_and_restored(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    cid = Caseload(db).add_contact(eid, kind="home_visit", contact_at=datetime(2026, 11, 3, 9, tzinfo=UTC),
                                   notes="Home visit: garden and the stairs").created_id
    record = _record(qtbot, core, inline_runner, pid)
    record.tabs.setCurrentIndex(1)
    assert record.delete_contact_button.accessibleName() == "Delete the selected contact"
    record.delete_contact_button.setFocus()
    qtbot.keyClick(record.delete_contact_button, Qt.Key.Key_Space)  # no confirmation dialog
    assert record.contacts.topLevelItemCount() == 0
    record.close()
    record.deleteLater()

    reopened = _record(qtbot, core, inline_runner, pid)
    reopened.tabs.setCurrentIndex(1)
    assert reopened.contacts.topLevelItemCount() == 0 and not reopened.undo_bar.isVisible()
    assert not reopened.restore_contact_button.isVisible()
    reopened.show_deleted_contacts.setFocus()
    qtbot.keyClick(reopened.show_deleted_contacts, Qt.Key.Key_Space)
    item = reopened.contacts.topLevelItem(0)
    assert item.data(0, DELETED) and "Home visit: garden and the stairs  (deleted " in item.text(3)
    assert item.foreground(0).color() != reopened.contacts.palette().text().color()  # greyed
    assert reopened.restore_contact_button.isVisible()
    qtbot.keyClick(reopened.restore_contact_button, Qt.Key.Key_Space)
    (contact,) = _contacts(db, pid)["contacts"]
    assert contact["id"] == cid and contact["notes"] == "Home visit: garden and the stairs"
    assert _rows(reopened.contacts, 3) == [("Home visit: garden and the stairs", False)]
    assert _audit(db, pid) == [f"deleted contact {cid}", f"restored contact {cid}"]


def test_a_deleted_contact_cannot_be_corrected_or_deleted_again(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    cid = Caseload(db).add_contact(eid, kind="phone", contact_at=datetime(2026, 11, 3, tzinfo=UTC),
                                   notes="No answer").created_id
    Caseload(db).delete_contact(cid)
    record = _record(qtbot, core, inline_runner, pid)
    record.tabs.setCurrentIndex(1)
    record.show_deleted_contacts.setChecked(True)
    qtbot.keyClick(record.edit_contact_button, Qt.Key.Key_Space)
    assert record.message.text() == "That contact is deleted; restore it before correcting it."
    record.contacts.setFocus()
    qtbot.keyClick(record.contacts, Qt.Key.Key_Delete)
    assert record.message.text() == "That contact is already deleted."
    assert _audit(db, pid) == [f"deleted contact {cid}"]


def test_deleting_a_connection_with_the_bar_undo_and_restore(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    with db.session() as session:
        walking, tea = Service(name="Walking Group", capacity="waiting list"), Service(name="Tuesday Tea")
        session.add(walking)
        session.add(tea)
    caseload = Caseload(db)
    walk_id = caseload.connect(eid, str(walking.id)).created_id
    caseload.connect(eid, str(tea.id), kind="signpost")
    record = _record(qtbot, core, inline_runner, pid)
    record.tabs.setCurrentIndex(3)
    assert _rows(record.connections, 0) == [("Walking Group", False), ("Tuesday Tea", False)]

    record.connections.setFocus()
    qtbot.keyClick(record.connections, Qt.Key.Key_Delete)  # the first row is selected on load
    assert _rows(record.connections, 0) == [("Tuesday Tea", False)]
    assert record.undo_bar.text.text() == "Connection to Walking Group deleted."
    assert [c["id"] for c in _contacts(db, pid)["deleted_connections"]] == [walk_id]
    qtbot.mouseClick(record.undo_bar.undo, Qt.MouseButton.LeftButton)
    assert _rows(record.connections, 0) == [("Walking Group", False), ("Tuesday Tea", False)]
    assert _contacts(db, pid)["deleted_connections"] == []

    # delete again, then restore it from the deleted list instead of undoing
    record.connections.setCurrentItem(record.connections.topLevelItem(0))
    qtbot.mouseClick(record.delete_connection_button, Qt.MouseButton.LeftButton)
    record.show_deleted_connections.setChecked(True)
    assert _rows(record.connections, 0) == [("Tuesday Tea", False), ("Walking Group", True)]
    record.connections.setCurrentItem(record.connections.topLevelItem(1))
    assert record.connection_move.count() == 0 and not record.move_connection_button.isEnabled()
    qtbot.mouseClick(record.restore_connection_button, Qt.MouseButton.LeftButton)
    assert not record.undo_bar.isVisible()  # restored: nothing left to undo
    assert next(c["id"] for c in _contacts(db, pid)["connections"]) == walk_id
    assert _audit(db, pid) == [f"deleted connection {walk_id}", f"restored connection {walk_id}"] * 2


def test_a_deleted_connection_leaves_todays_waiting_list_and_undo_brings_it_back(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    from ui.main_window import MainWindow

    pid, eid = _person(db)
    with db.session() as session:
        walking = Service(name="Walking Group", capacity="waiting list")
        session.add(walking)
    Caseload(db).connect(eid, str(walking.id))
    window = MainWindow(core, inline_runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    waiting = window.today.lists["waiting"]

    def names() -> list[str]:
        return [waiting.item(i).text() for i in range(waiting.count())]

    assert names()[0].startswith("Price, Gwenllïan — Walking Group has a waiting list")
    person = window.person_actions.open_person(pid)
    qtbot.waitUntil(person.isActiveWindow)
    record = person.record
    record.tabs.setCurrentIndex(3)
    record.connections.setFocus()
    qtbot.keyClick(record.connections, Qt.Key.Key_Delete)
    assert names() == ["No one is waiting for a full service."]
    assert window.today.headings["waiting"].text().endswith("(0)")
    qtbot.keyClick(record.connections, Qt.Key.Key_Z, CTRL)
    assert names()[0].startswith("Price, Gwenllïan — Walking Group")
    person.close()
    window.close()
