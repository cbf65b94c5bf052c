"""The audit trail as a table model: one row per event, newest first as the dialog fetched them.

The audit log dialog (``ui.dialogs.audit_log``) fills it on the runner with ``set_events``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from app.domain.audit import AuditEvent

COLUMNS = ("#", "When (UTC)", "Who", "Action", "Person id", "Detail")


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[AuditEvent] = []

    def set_events(self, events: list[AuditEvent]) -> None:
        self.beginResetModel()
        self.events = events
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.events[index.row()]
        values = (
            str(e.seq), f"{e.at:%d-%b-%Y %H:%M:%S}", e.actor, e.action,
            str(e.person_id) if e.person_id else "", e.detail,
        )
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None
