"""The audit screen: lists and filters events, verifies the chain (and catches a raw SQL edit),
exports CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core import Linkwell
from app.services.audit import Audit
from app.storage.database import Database
from tests.ui.conftest import add_people
from ui.dialogs.audit_log import AuditLogDialog
from ui.runner import Runner


@pytest.fixture
def dialog(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> AuditLogDialog:
    ids = add_people(db)
    Audit(db).record(actor="tester", action="view", person_id=ids[1], detail="opened the record")
    audit = AuditLogDialog(core, inline_runner)
    qtbot.addWidget(audit)
    audit.show()
    audit.ids = ids  # type: ignore[attr-defined]
    return audit


def test_lists_events_newest_first(dialog: AuditLogDialog, db: Database) -> None:
    total = len(Audit(db).events())
    assert total > 1 and dialog.model.rowCount() == total
    assert dialog.model.events[0].detail == "opened the record"
    assert dialog.model.events[0].sentence == "tester viewed: opened the record (Tomasz Kowalski)"
    assert dialog.message.text() == f"{total} events, newest first."


def test_searches_by_name_or_nhs_number_and_filters_by_action(dialog: AuditLogDialog) -> None:
    """Nobody knows a person's id: the trail is searched by name (any part, accents optional)."""
    person = dialog.ids[1]  # type: ignore[attr-defined]
    dialog.person.setText("tomasz KOWALSKI")
    dialog.show_button.click()
    assert dialog.model.rowCount() >= 2
    assert {e.person_id for e in dialog.model.events} == {person}
    assert {dialog.model.data(dialog.model.index(r, 3)) for r in range(dialog.model.rowCount())} == {
        "Tomasz Kowalski"}
    ids = [dialog.model.data(dialog.model.index(r, c)) for r in range(dialog.model.rowCount()) for c in range(5)]
    assert not any(person in str(text) for text in ids)  # no id on screen
    dialog.action.setCurrentText("view")
    assert [e.action for e in dialog.model.events] == ["view"]
    dialog.person.setText("sian o'brien")
    dialog.action.setCurrentText("All actions")
    dialog.show_button.click()
    assert {e.person_id for e in dialog.model.events} == {dialog.ids[0]}  # type: ignore[attr-defined]
    dialog.person.setText("Nobody <Here> & ŵ")
    dialog.show_button.click()
    assert dialog.model.rowCount() == 0 and "Nobody <Here> & ŵ" in dialog.message.text()


def test_verify_says_intact_then_catches_a_raw_edit(dialog: AuditLogDialog, db: Database) -> None:
    dialog.verify_button.click()
    assert dialog.message.text().startswith("The trail is intact: all ")
    con = db.connect()
    with con:
        con.execute("UPDATE auditevent SET detail = 'nothing to see' WHERE seq = 1")
    con.close()
    dialog.verify_button.click()
    text = dialog.message.text()
    assert text.startswith("The trail has been tampered with.") and "Event 1 " in text
    assert dialog.message.property("is_error") is True


def test_verify_catches_a_deleted_event(dialog: AuditLogDialog, db: Database) -> None:
    con = db.connect()
    with con:
        con.execute("DELETE FROM auditevent WHERE seq = 2")
    con.close()
    dialog.verify_button.click()
    assert "tampered" in dialog.message.text() and "missing" in dialog.message.text()


def test_export_csv_writes_every_event(dialog: AuditLogDialog, db: Database, tmp_path: Path) -> None:
    dialog.export_button.click()
    assert dialog.file_dialog is not None  # a save dialog, opened without blocking
    dialog.file_dialog.close()
    out = tmp_path / "trail.csv"
    dialog.export_to(out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("seq,at,actor,action,person_id")
    assert len(lines) - 1 == len(Audit(db).events())
    assert dialog.message.text() == f"Wrote {len(lines) - 1} audit events to {out}."


def test_export_to_a_folder_that_is_not_there_makes_it_owner_only(dialog: AuditLogDialog, tmp_path: Path) -> None:
    dialog.export_to(tmp_path / "missing" / "trail.csv")
    assert (tmp_path / "missing" / "trail.csv").is_file() and (tmp_path / "missing").stat().st_mode & 0o077 == 0


def test_export_in_place_of_a_file_in_a_folder_says_so(dialog: AuditLogDialog, tmp_path: Path) -> None:
    (tmp_path / "a file").write_text("")
    dialog.export_to(tmp_path / "a file" / "trail.csv")
    assert "is a file, not a folder" in dialog.message.text()


def test_the_chosen_event_is_read_whole_in_a_pane(qtbot: Any, db: Database, core: Linkwell,
                                                  inline_runner: Runner) -> None:
    """A long detail (a whole import's notes, say) is cut in its row; the pane under the list holds it all."""
    ids = add_people(db)
    detail = ("imported the practice list from Meddygfa Llanbedr & Łódź Street Surgery <autumn>: " * 8).strip()
    Audit(db).record(actor="Ann Shaw", action="import", person_id=ids[0], detail=detail)
    Audit(db).record(actor="Ann Shaw", action="view", person_id=ids[1], detail="opened the record")
    dialog = AuditLogDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    pane, table = dialog.detail, dialog.table
    assert pane.accessibleName() and pane.isReadOnly()
    assert table.currentIndex().row() == 0  # the newest event is chosen
    assert pane.toPlainText() == dialog.model.events[0].sentence
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # arrow keys move the pane with the choice
    assert pane.toPlainText() == dialog.model.events[1].sentence
    assert detail in pane.toPlainText()  # whole, & and <> as written
    header = table.horizontalHeader()
    when = dialog.model.data(dialog.model.index(0, 1))
    assert header.sectionSize(1) >= table.fontMetrics().horizontalAdvance(when)  # sized to its contents
    last = dialog.model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) == table.viewport().width()  # stretched
    dialog.person.setText("Nobody Here")
    dialog.show_button.click()
    assert pane.toPlainText() == ""  # no event, nothing left over from the last search
