"""The audit trail's table model (``ui.models.audit_model``) on real events: Qt's model tester
passes on it empty and filled, and each cell says what the dialog shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.core import Linkwell
from app.storage.database import Database
from tests.ui.conftest import add_people
from ui.models.audit_model import COLUMNS, AuditModel


def test_the_audit_model_passes_the_model_tester_on_real_events(
    qtmodeltester: Any, db: Database, core: Linkwell
) -> None:
    ids = add_people(db)
    core.audit.record(actor="tester", action="view", person_id=ids[1], detail="opened the record")
    model = AuditModel()
    qtmodeltester.check(model)
    events = core.audit.lines()
    assert len(events) > 1
    model.set_events(events)
    qtmodeltester.check(model)
    assert model.rowCount() == len(events) and model.columnCount() == len(COLUMNS) == 5
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[2:] == ["tester", "Tomasz Kowalski", "tester viewed: opened the record (Tomasz Kowalski)"]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "What happened"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
