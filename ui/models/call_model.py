"""The call worklist's table model: the people on an outreach list in calling order (ids from
``core.outreach.call_ids``), their lines fetched a page at a time on the database worker and cached.

``data()`` never waits: a line not yet fetched shows a placeholder, its page is queued on the runner, and one
``dataChanged`` repaints the page when it arrives (as the caseload model does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt,
                            QTimer, Signal)

from app import clock
from app.core import CallRow
from app.i18n import translate
from ui.language import QT_TRANSLATE_NOOP
from ui.runner import Runner

# English, shown through translate.
PLACEHOLDER = QT_TRANSLATE_NOOP("models.call_model", "Loading…")
GONE = QT_TRANSLATE_NOOP("models.call_model", "(no longer on the list)")
PAGE = 100

COLUMNS = (QT_TRANSLATE_NOOP("models.call_model", "Name"), QT_TRANSLATE_NOOP("models.call_model", "Phone"),
           QT_TRANSLATE_NOOP("models.call_model", "Date of birth"), QT_TRANSLATE_NOOP("models.call_model", "Next"),
           QT_TRANSLATE_NOOP("models.call_model", "Last attempt"), QT_TRANSLATE_NOOP("models.call_model", "Practice"))
RowLoader = Callable[[Sequence[str]], list[CallRow]]
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _cells(row: CallRow, today: date) -> tuple[str, ...]:
    born = f"{row.date_of_birth.day}-{row.date_of_birth:%b-%Y}" if row.date_of_birth else ""
    name = (translate("models.call_model", "{name} (on the caseload)").format(name=row.name) if row.on_caseload
            else row.name)
    return (name, row.phone or translate("models.call_model", "No phone"), born, row.next_step(today),
            row.last_attempt or translate("models.call_model", "Never"), row.practice)


class CallListModel(QAbstractTableModel):
    """Lines for ``ids``. ``load_rows`` runs on the runner's worker, never on the GUI thread."""

    page_loaded = Signal(int)

    def __init__(self, runner: Runner, load_rows: RowLoader, parent: QObject | None = None, *,
                 page_size: int = PAGE) -> None:
        super().__init__(parent)
        self._runner, self._load_rows, self.page_size = runner, load_rows, page_size
        self._ids: list[str] = []
        self._rows: dict[int, CallRow | None] = {}
        self._loaded: set[int] = set()
        self._wanted: set[int] = set()
        self._in_flight: set[int] = set()
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._fetch)

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    def set_ids(self, ids: Sequence[str]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._rows.clear()
        self._loaded.clear()
        self._wanted.clear()
        self._in_flight.clear()
        self.endResetModel()

    def invalidate(self, member_ids: Iterable[str]) -> None:
        """Fetch these people's lines again (after a call is recorded)."""
        wanted = set(member_ids)
        for row, member in enumerate(self._ids):
            if member in wanted:
                self._loaded.discard(row // self.page_size)
                self._request(row // self.page_size)

    def row_at(self, row: int) -> CallRow | None:
        return self._rows.get(row)

    def is_loaded(self, row: int) -> bool:
        return row // self.page_size in self._loaded

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return translate("models.call_model", COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[row]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if not self.is_loaded(row):
            self._request(row // self.page_size)
            return translate("models.call_model", PLACEHOLDER) if index.column() == 0 else ""
        cached = self._rows.get(row)
        if cached is None:
            return translate("models.call_model", GONE) if index.column() == 0 else ""
        cells = _cells(cached, clock.today())
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            return ", ".join(c for c in cells if c)  # a screen reader hears the whole line
        return cells[index.column()]

    # --- fetching -----------------------------------------------------------------------------

    def _request(self, page: int) -> None:
        if page in self._loaded or page in self._in_flight:
            return
        self._wanted.add(page)
        self._timer.start()

    def _fetch(self) -> None:
        generation = self._generation
        for page in sorted(self._wanted):
            ids = self._ids[page * self.page_size:(page + 1) * self.page_size]
            self._in_flight.add(page)
            self._runner.op(self._load_rows, ids).success(
                lambda rows, page=page, ids=ids: self._arrived(generation, page, ids, rows)).run()
        self._wanted.clear()

    def _arrived(self, generation: int, page: int, ids: list[str], rows: list[CallRow]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the window closed, or the list changed, while the page was read
        self._in_flight.discard(page)
        found = {r.id: r for r in rows}
        start = page * self.page_size
        for offset, member in enumerate(ids):
            self._rows[start + offset] = found.get(member)
        self._loaded.add(page)
        last = min(start + self.page_size, len(self._ids)) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(page)
