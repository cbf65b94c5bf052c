"""The audit trail as a table model: one row per event, newest first as the dialog fetched them, each
said as a sentence with names (``core.audit.lines``), never an id.

The audit log dialog (``ui.dialogs.audit_log``) fills it on the runner with ``set_events``.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from app.core import AuditLine
from app.i18n import short_date, translate
from ui.language import QT_TRANSLATE_NOOP

COLUMNS = ("#", QT_TRANSLATE_NOOP("models.audit_model", "When"), QT_TRANSLATE_NOOP("models.audit_model", "Who"),
           QT_TRANSLATE_NOOP("models.audit_model", "Person"),
           QT_TRANSLATE_NOOP("models.audit_model", "What happened"))  # English; shown through translate


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[AuditLine] = []

    def set_events(self, events: list[AuditLine]) -> None:
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
        at = (e.at if e.at.tzinfo else e.at.replace(tzinfo=UTC)).astimezone()
        values = (str(e.seq), short_date(at, time=True, seconds=True), e.actor, e.person, e.sentence)
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("models.audit_model", COLUMNS[section])
        return None
