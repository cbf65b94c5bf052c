"""The caseload table model: a list of person ids, with rows fetched a page at a time on the
database worker and cached (after Anki's browser ``DataModel``).

``data()`` never waits: a row not yet fetched shows a placeholder, its page is queued, and one
``dataChanged`` repaints the page when it arrives. The ids are kept as given: ``PersonIds`` from the
caseload list holds 100,000 of them in one string, so nothing here walks the whole list. The model
may start with only the first page's ids and the total (``set_ids(..., total=)``); rows past them
show placeholders until ``complete_ids`` brings the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from app.core import CaseloadRow, PersonIds
from app.i18n import translate
from ui.language import QT_TRANSLATE_NOOP
from ui.opening import PAGE_SIZE
from ui.runner import Runner

# English, shown through translate (``title`` for the headers).
PLACEHOLDER = QT_TRANSLATE_NOOP("models.caseload_model", "Loading…")
GONE = QT_TRANSLATE_NOOP("models.caseload_model", "(no longer on the caseload)")
FAILED = QT_TRANSLATE_NOOP("models.caseload_model", "(could not be loaded)")

# (header, CaseloadRow attribute)
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("models.caseload_model", "Name"), "name"),
    (QT_TRANSLATE_NOOP("models.caseload_model", "Age"), "age"),
    (QT_TRANSLATE_NOOP("models.caseload_model", "NHS number"), "nhs_number"),
    (QT_TRANSLATE_NOOP("models.caseload_model", "Practice"), "practice"),
    (QT_TRANSLATE_NOOP("models.caseload_model", "Status"), "status_label"),
    (QT_TRANSLATE_NOOP("models.caseload_model", "Days in status"), "days_in_status"),
    (QT_TRANSLATE_NOOP("models.caseload_model", "Next action"), "next_action"),
)
NUMERIC = {"age", "days_in_status"}



def title(column: int) -> str:
    """A column's header in the language in use."""
    return translate("models.caseload_model", COLUMNS[column][0])


RowLoader = Callable[[Sequence[str]], list[CaseloadRow]]
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CaseloadModel(QAbstractTableModel):
    """Rows for ``ids``. ``load_rows`` runs on the runner's worker, never on the GUI thread."""

    page_loaded = Signal(int)

    def __init__(
        self,
        runner: Runner,
        load_rows: RowLoader,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._runner, self._load_rows, self.page_size = runner, load_rows, page_size
        self._ids: Sequence[str] = []
        self._total = 0  # rows shown: len(self._ids) once the ids are complete
        self._rows: dict[
            int, CaseloadRow | None
        ] = {}  # row number -> row (None: the person is gone)
        self._loaded: set[int] = set()  # pages
        self._wanted: set[int] = set()  # pages asked for, not yet sent to the worker
        self._in_flight: set[int] = set()
        self._failed_pages: set[int] = set()
        self._generation = 0  # bumped on every reset so late pages are dropped
        self._fetch_timer = QTimer(self, singleShot=True, interval=0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # --- the ids ------------------------------------------------------------------------------

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    def set_ids(
        self, ids: Sequence[str], first_page: Sequence[CaseloadRow] | None = None, *, total: int | None = None
    ) -> None:
        """Show these people in this order. ``first_page``: rows already read for the first page.
        ``total``: how many people there are when ``ids`` holds only the first of them."""
        self.beginResetModel()
        self._generation += 1
        self._ids = ids if isinstance(ids, PersonIds) else list(ids)
        self._total = max(len(self._ids), total or 0)
        self._rows.clear()
        self._loaded.clear()
        self._wanted.clear()
        self._in_flight.clear()
        self._failed_pages.clear()
        if first_page is not None:
            self._store(0, first_page)
        self.endResetModel()

    @property
    def complete(self) -> bool:
        return len(self._ids) >= self._total

    def complete_ids(self, ids: Sequence[str]) -> None:
        """The whole list, after ``set_ids`` gave the first of it: pages asked for meanwhile are fetched.
        If the list no longer starts as shown (or its length changed), it is shown afresh."""
        known = self._ids
        same_start = (
            ids.packed.startswith(known.packed)
            if isinstance(ids, PersonIds) and isinstance(known, PersonIds)
            else list(ids[: len(known)]) == list(known)
        )
        if not same_start or len(ids) != self._total:
            self.set_ids(ids)
            return
        self._ids = ids if isinstance(ids, PersonIds) else list(ids)
        if self._wanted:  # now, ahead of anything the caller queues next
            self._fetch_timer.stop()
            self._fetch_wanted()

    def invalidate(self, person_ids: Iterable[str]) -> None:
        """Forget cached rows for these people; they are fetched again when next shown."""
        wanted = set(person_ids)
        for row, cached in list(self._rows.items()):
            if cached is not None and cached.person_id in wanted:
                page = row // self.page_size
                self._loaded.discard(page)
                self._request(page)

    def row_of(self, person_id: str) -> int | None:
        """The row showing ``person_id``, or None."""
        if isinstance(self._ids, PersonIds):
            return self._ids.find(person_id)
        try:
            return self._ids.index(person_id)
        except ValueError:
            return None

    def is_loaded(self, row: int) -> bool:
        return row // self.page_size in self._loaded

    def names_on(self, page: int) -> list[str]:
        """The names on one loaded page, as the Name column shows them."""
        first = page * self.page_size
        rows = (self._rows.get(row) for row in range(first, min(first + self.page_size, self._total)))
        return [row.name for row in rows if row is not None]

    @property
    def loaded_pages(self) -> frozenset[int]:
        return frozenset(self._loaded)

    def row_at(self, row: int) -> CaseloadRow | None:
        return self._rows.get(row)

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return title(section)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _alignment(COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._total:
            return None
        attr = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(attr)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, where a narrow column cuts it
            cached = self._rows.get(index.row())
            value = getattr(cached, attr) if cached is not None else None
            return None if value is None or value == "" else str(value)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[row] if row < len(self._ids) else None
        if not self.is_loaded(row):
            self._request(row // self.page_size)
            return translate("models.caseload_model", PLACEHOLDER) if index.column() == 0 else ""
        cached = self._rows.get(row)
        if cached is None:
            gone = FAILED if row // self.page_size in self._failed_pages else GONE
            return translate("models.caseload_model", gone) if index.column() == 0 else ""
        value = getattr(cached, attr)
        return "" if value is None else str(value)

    # --- paging -------------------------------------------------------------------------------

    def _request(self, page: int) -> None:
        if page in self._loaded or page in self._in_flight:
            return
        self._wanted.add(page)
        self._fetch_timer.start()  # coalesces every page one paint asks for

    def _fetch_wanted(self) -> None:
        generation = self._generation
        for page in sorted(self._wanted):
            start = page * self.page_size
            if min(start + self.page_size, self._total) > len(self._ids):
                continue  # its ids are still on their way: fetched by complete_ids
            self._wanted.discard(page)
            ids = self._ids[start : start + self.page_size]
            self._in_flight.add(page)
            (
                self._runner.op(self._load_rows, ids)
                .success(partial(self._arrived, generation, page))
                .failure(partial(self._failed, generation, page))
                .run()
            )

    def _arrived(self, generation: int, page: int, rows: Sequence[CaseloadRow]) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(page)
        self._failed_pages.discard(page)
        self._store(page, rows)
        self._emit_page_changed(page)
        self.page_loaded.emit(page)

    def _emit_page_changed(self, page: int) -> None:
        first = page * self.page_size
        last = min(first + self.page_size, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _failed(self, generation: int, page: int, error: BaseException) -> None:
        if generation == self._generation:
            self._in_flight.discard(page)
            self._failed_pages.add(page)  # not asked for again on every paint
            self._loaded.add(page)
            self._emit_page_changed(page)
        self._runner.report(error)

    def _store(self, page: int, rows: Sequence[CaseloadRow]) -> None:
        by_id = {r.person_id: r for r in rows}
        start = page * self.page_size
        for offset, person_id in enumerate(self._ids[start : start + self.page_size]):
            self._rows[start + offset] = by_id.get(person_id)
        self._loaded.add(page)


def _alignment(attr: str) -> Qt.AlignmentFlag:
    # Numbers centred: right-aligned, they run into the next column's text ("88 999 778 6904").
    horizontal = Qt.AlignmentFlag.AlignHCenter if attr in NUMERIC else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter
