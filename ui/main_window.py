"""The main window: the caseload table, a count in the status bar, a DEMO strip on demo data."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.caseload_list import CaseloadList, CaseloadRow
from app.storage.database import Database
from ui.models.caseload_model import COLUMNS, CaseloadModel
from ui.runner import Runner

# Column -> (CaseloadList sort key, the order that key gives in this column).
SORTS: dict[int, tuple[str, Qt.SortOrder]] = {
    0: ("name", Qt.SortOrder.AscendingOrder),
    5: ("status_age", Qt.SortOrder.DescendingOrder),  # longest in status first = most days first
}
# Text as wide as a column usually needs (measured in the table's own font, so large fonts fit).
COLUMN_SAMPLES = {
    "name": "Featherstonehaugh, Christabel",
    "age": "100",
    "nhs_number": "000 000 0000",
    "practice": "Riverside Medical Practice",
    "status_label": "What matters conversation held",
    "days_in_status": "1000",
}
DEMO_TEXT = "DEMO: everyone in this database is fictional. Do not enter real people here."


def window_title(db: Database) -> str:
    demo = "DEMO (fictional people) — " if db.demo else ""
    return f"Linkwell — {demo}{db.path.name}"


def people(count: int) -> str:
    return "1 person" if count == 1 else f"{count:,} people"


class CaseloadView(QTableView):
    """A table that says so when it is empty, and reports each paint."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
        self.painted.emit()


class MainWindow(QMainWindow):
    caseload_painted = Signal()  # once, when the first page of rows has been painted

    def __init__(self, db: Database, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self._runner = db, runner
        self._list = CaseloadList(db)  # used only on the runner's worker thread
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._ready = False  # ids and first page in the model
        self._painted = False

        self.setWindowTitle(window_title(db))
        self.model = CaseloadModel(runner, self._list.rows, self)
        self.table = self._make_table()
        self.banner = self._make_banner() if db.demo else None
        self.count_label = QLabel("Loading the caseload…")
        self.count_label.setAccessibleName("Number of people")
        self.statusBar().setAccessibleName("Status bar")
        self.statusBar().addPermanentWidget(self.count_label)
        self._make_menus()

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if self.banner is not None:
            layout.addWidget(self.banner)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self._size_columns()
        self.table.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _make_table(self) -> CaseloadView:
        table = CaseloadView(self)
        table.setModel(self.model)
        table.setAccessibleName("Caseload")
        table.setAccessibleDescription(
            "One row per person: name, age, NHS number, practice and status."
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move within it
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(*self._sort)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sortIndicatorChanged.connect(self._sort_changed)
        table.painted.connect(self._table_painted)
        return table

    def _make_banner(self) -> QLabel:
        banner = QLabel(DEMO_TEXT, self)
        banner.setAccessibleName("Demo database")
        banner.setWordWrap(True)
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Fixed colours on purpose: the strip looks the same in every theme. Sizes follow the font.
        banner.setStyleSheet(
            "background: #ffd54f; color: #1a1a1a; font-weight: bold; padding: 0.4em;"
        )
        return banner

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setStatusTip("Close Linkwell")
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.quit_action = quit_action

    def _size_columns(self) -> None:
        """Widths from the current font: a large font widens the columns instead of cutting text."""
        metrics, header_metrics = (
            self.table.fontMetrics(),
            self.table.horizontalHeader().fontMetrics(),
        )
        pad = 3 * metrics.averageCharWidth()
        indicator = 3 * header_metrics.averageCharWidth()  # room for the sort arrow
        for column, (title, attr) in enumerate(COLUMNS[:-1]):
            sample = COLUMN_SAMPLES.get(attr, title)
            width = max(
                metrics.horizontalAdvance(sample) + pad,
                header_metrics.horizontalAdvance(title) + pad + indicator,
            )
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + metrics.height() // 2)

    def sizeHint(self) -> QSize:
        metrics = self.table.fontMetrics()
        width = sum(self.table.columnWidth(c) for c in range(len(COLUMNS) - 1))
        width += (
            metrics.horizontalAdvance("Hold what matters conversation")
            + 4 * metrics.averageCharWidth()
        )
        return QSize(width, 28 * self.table.verticalHeader().defaultSectionSize())

    def fit_to_screen(self) -> None:
        """Every column and about 28 rows, within 90% of the screen (Qt alone stops at 2/3)."""
        screen = self.screen().availableGeometry()
        self.resize(self.sizeHint().boundedTo(screen.size() * 0.9))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()

    # --- loading ------------------------------------------------------------------------------

    def load(self) -> None:
        """Fetch the ids (and the first page of rows, in the same trip) on the worker."""
        key, natural = SORTS[self._sort[0]]
        reverse = self._sort[1] != natural
        self._runner.op(self._fetch, key, reverse).success(
            lambda f: self.show_caseload(*f)
        ).owned_by(self).run()

    def _fetch(self, key: str, reverse: bool) -> tuple[list[str], list[CaseloadRow]]:
        """On the worker thread."""
        ids = self._list.person_ids(sort=key)
        if reverse:
            ids.reverse()
        return ids, self._list.rows(ids[: self.model.page_size])

    def show_caseload(self, ids: Sequence[str], first_page: Sequence[CaseloadRow]) -> None:
        """Show these people in this order; ``first_page``: rows already read for the first ones."""
        self.model.set_ids(ids, first_page)
        self.table.empty_text = "" if ids else "No one is on the caseload yet."
        self.count_label.setText(people(len(ids)))
        if (
            ids and not self.table.currentIndex().isValid()
        ):  # a focus mark for the keyboard, no selection
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._ready = True
        self.table.viewport().update()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORTS:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            names = " or ".join(COLUMNS[c][0] for c in SORTS)
            self.statusBar().showMessage(f"The caseload can be sorted by {names}.", 5000)
            return
        self._sort = (column, order)
        self.load()

    def _table_painted(self) -> None:
        if self._ready and not self._painted:
            self._painted = True
            # After the paint event returns, so receivers may grab, close or repaint.
            QTimer.singleShot(0, self, self.caseload_painted.emit)

    @property
    def has_painted_caseload(self) -> bool:
        return self._painted

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._runner.is_running:
            self._runner.op(self._list.close).run()  # its connection lives on the worker thread
        super().closeEvent(event)
