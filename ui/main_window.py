"""The main window: the caseload table, a count in the status bar, a DEMO strip on demo data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import CASELOAD_SORT, NEXT_ACTION, CaseloadRow, Changes, Linkwell, PersonIds
from app.domain.status import EPISODE_LABELS
from app.i18n import translate
from ui.caseload_filters import CaseloadFilters
from ui.directory.actions import DirectoryActions
from ui.help import HelpMenu
from ui.letters.actions import LetterActions
from ui.models.caseload_model import COLUMNS, CaseloadModel, title
from ui.outcomes.actions import OutcomeActions
from ui.outreach.actions import OutreachActions  # Go → Outreach calls
from ui.person.window import PersonActions  # the person side: record, intake, waiting room
from ui.runner import Runner
from ui.sync.actions import SyncActions  # team sync: status-bar words, Team menu, the schedule
from ui.today import TodayView
from ui.widgets import form_keys, wheel_guard
from ui.widgets.worker_name import WorkerNameBar  # asked once per database: who is working

if TYPE_CHECKING:
    from ui.quick_find import QuickFindDialog  # loaded on first use (Ctrl+K), not before the first paint

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
    "days_in_status": "1000",
}


def column_samples(metrics: QFontMetrics) -> dict[str, str]:
    """The widest text each column usually holds, in the language in use: Welsh statuses and next
    actions run longer than the English."""
    def widest(words: Iterable[str]) -> str:
        return max(words, key=metrics.horizontalAdvance, default="")

    return {**COLUMN_SAMPLES, "status_label": widest(EPISODE_LABELS[s] for s in EPISODE_LABELS),
            "next_action": widest(NEXT_ACTION[s] for s in NEXT_ACTION)}


def demo_text() -> str:
    return translate("main_window", "DEMO: everyone in this database is fictional. Do not enter real people here.")


def window_title(core: Linkwell) -> str:
    if core.demo:
        return translate("main_window", "Linkwell — DEMO (fictional people) — {file}").format(file=core.db.path.name)
    return translate("main_window", "Linkwell — {file}").format(file=core.db.path.name)


def people(count: int, filtered: bool = False) -> str:
    if filtered:
        return (translate("main_window", "1 person (filtered)") if count == 1
                else translate("main_window", "{count} people (filtered)").format(count=f"{count:,}"))
    return (translate("main_window", "1 person") if count == 1
            else translate("main_window", "{count} people").format(count=f"{count:,}"))


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

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        wheel_guard.install(app)  # type: ignore[arg-type]  # no wheel edits anywhere
        form_keys.install(app)  # type: ignore[arg-type]  # Ctrl+Enter saves in every dialog
        self.core, self._runner = core, runner
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._ready = False  # ids and first page in the model
        self._painted = False

        self.setWindowTitle(window_title(core))
        self.model = CaseloadModel(runner, self._rows, self)
        self._widest_name = ""  # the widest name on a page loaded so far (_widen_names)
        self.model.page_loaded.connect(self._widen_names)
        self.table = self._make_table()
        self.filters = CaseloadFilters(self)
        self.filters.setAccessibleName(translate("main_window", "Caseload filters"))
        self.filters.changed.connect(lambda _: self.load())
        self.today = TodayView(core, runner, self)
        self.today.open_person.connect(self.open_person_from_list)
        self.quick_find: QuickFindDialog | None = None
        self._pending_select: str | None = None  # a person to select once the caseload reloads
        self._load_seq = 0  # each load() numbered: the rest of an older list is dropped
        self._side_lists_asked = False  # Today and the filters' lists, once, after the caseload
        self.banner = self._make_banner() if core.demo else None
        self.count_label = QLabel(translate("main_window", "Loading the caseload…"))
        self.count_label.setAccessibleName(translate("main_window", "Number of people"))
        self.statusBar().setAccessibleName(translate("main_window", "Status bar"))
        self.statusBar().addPermanentWidget(self.count_label)
        self._make_menus()
        self.person_actions = PersonActions(self, core, runner)
        self.directory_actions = DirectoryActions(self, core, runner)
        self.letter_actions = LetterActions(self, core, runner)
        self.outcome_actions = OutcomeActions(self, core, runner)
        self.outreach_actions = OutreachActions(self, core, runner)
        runner.changed.connect(lambda changes, _origin: self.apply_changes(changes))
        self.sync_actions = SyncActions(self, runner)
        self.table.activated.connect(self._open_row)  # Enter or double-click on a row

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if self.banner is not None:
            layout.addWidget(self.banner)
        self.worker_bar = WorkerNameBar(core, runner, self)
        self.worker_bar.saved.connect(
            lambda name: self.statusBar().showMessage(
                translate("main_window", "Thank you, {name}: the trail and letters now give your name.").format(
                    name=name), 10000))
        layout.addWidget(self.worker_bar)
        # Today (the worklist) beside the caseload: Ctrl+1 and Ctrl+2 move between them.
        caseload_pane = QWidget(self)
        pane_layout = QVBoxLayout(caseload_pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.setSpacing(0)
        self.filter_bar = self._scrolling(self.filters)
        pane_layout.addWidget(self.filter_bar)
        pane_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.today)
        self.splitter.addWidget(caseload_pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)  # the banner keeps its own height
        self.setCentralWidget(central)
        self.help_menu = HelpMenu(self)  # last on the menu bar, and stays last
        from ui.widgets import icons  # once the caseload has painted: start-up stays quick

        self.caseload_painted.connect(lambda: icons.dress_main_window(self))
        self._runner.op(CASELOAD_SORT.read, core.db).success(self._restore_sort).failure(
            lambda _e: None).owned_by(self).run()  # sorted as it was left
        self._size_columns()
        self.table.setFocus()

    @property
    def _list(self) -> Any:
        """The caseload's read path (``CaseloadList``), used only on the runner's worker thread. Asked of
        the core each time: after a key change the core holds a new one."""
        return self.core.caseload_list

    @property
    def finder(self) -> Any:
        """Quick find (``QuickFind``): its index is built and searched on the worker."""
        return self.core.find

    def _rows(self, person_ids: Sequence[str], **kwargs: Any) -> list[CaseloadRow]:
        return self.core.caseload_list.rows(person_ids, **kwargs)

    # --- building -----------------------------------------------------------------------------

    def _make_table(self) -> CaseloadView:
        table = CaseloadView(self)
        table.setModel(self.model)
        table.setAccessibleName(translate("main_window", "Caseload"))
        table.setAccessibleDescription(
            translate("main_window", "One row per person: name, age, NHS number, practice and status.")
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
        table.viewport().installEventFilter(self)  # Next action keeps its words' width (_fit_last_column)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(*self._sort)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sortIndicatorChanged.connect(self._sort_changed)
        table.painted.connect(self._table_painted)
        return table

    def _scrolling(self, bar: QWidget) -> QScrollArea:
        """A bar that scrolls sideways when the window is narrow (or the font large)."""
        area = QScrollArea(self)
        area.setAccessibleName(bar.accessibleName())
        area.setWidget(bar)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        area.setFixedHeight(bar.sizeHint().height() + area.horizontalScrollBar().sizeHint().height())
        return area

    def _make_banner(self) -> QLabel:
        banner = QLabel(demo_text(), self)
        banner.setAccessibleName(translate("main_window", "Demo database"))
        banner.setWordWrap(True)
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Fixed colours on purpose: the strip looks the same in every theme. Sizes follow the font.
        banner.setStyleSheet(
            "background: #ffd54f; color: #1a1a1a; font-weight: bold; padding: 0.4em;"
        )
        return banner

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("main_window", "&File"))
        quit_action = QAction(translate("main_window", "&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setStatusTip(translate("main_window", "Close Linkwell"))
        quit_action.triggered.connect(self.close)
        import_action = QAction(translate("main_window", "&Import people from a spreadsheet…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        import_action.setStatusTip(
            translate("main_window", "Bring in people and their open referrals from CSV or Excel"))
        import_action.triggered.connect(self.import_people)
        file_menu.insertAction(quit_action, import_action)
        self.import_action = import_action
        file_menu.addAction(quit_action)
        self.quit_action = quit_action

        go_menu = self.menuBar().addMenu(translate("main_window", "&Go"))
        self.today_action = QAction(translate("main_window", "&Today"), self)
        self.today_action.setShortcut(QKeySequence("Ctrl+1"))
        self.today_action.triggered.connect(self.show_today)
        self.caseload_action = QAction(translate("main_window", "&Caseload"), self)
        self.caseload_action.setShortcut(QKeySequence("Ctrl+2"))
        self.caseload_action.triggered.connect(self.show_caseload_list)
        self.find_action = QAction(translate("main_window", "&Find a person…"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+K"))
        self.find_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.find_action.triggered.connect(self.open_quick_find)
        for action in (self.today_action, self.caseload_action, self.find_action):
            action.setShortcutVisibleInContextMenu(True)
            go_menu.addAction(action)
            self.addAction(action)  # shortcuts work with the menu bar hidden too

    def _size_columns(self) -> None:
        """Widths from the current font: a large font widens the columns instead of cutting text."""
        metrics, header_metrics = (
            self.table.fontMetrics(),
            self.table.horizontalHeader().fontMetrics(),
        )
        pad = 3 * metrics.averageCharWidth()
        indicator = 3 * header_metrics.averageCharWidth()  # room for the sort arrow
        samples = column_samples(metrics)
        for column, (_title, attr) in enumerate(COLUMNS):
            header = title(column)
            width = max(
                metrics.horizontalAdvance(samples.get(attr, header)) + pad,
                header_metrics.horizontalAdvance(header) + pad + indicator,
            )
            if column == len(COLUMNS) - 1:
                self._last_column_needs = width
            else:
                self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + metrics.height() // 2)
        self._fit_last_column()

    def _fit_last_column(self) -> None:
        """Next action fills the rest of the row, but never narrower than its words: when the row is
        wider than the window (large text, Welsh), the table scrolls sideways instead of cutting it."""
        last = len(COLUMNS) - 1
        used = sum(self.table.columnWidth(c) for c in range(last))
        room = self.table.viewport().width() - used
        needs = getattr(self, "_last_column_needs", 0)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(room >= needs)
        if room < needs:
            self.table.setColumnWidth(last, needs)

    def _widen_names(self, page: int | None = None) -> None:
        """A name longer than the sample widens its column when its page arrives or the table grows (up
        to 60% of the table), so a long double-barrelled name reads whole; beyond that the tooltip holds it.
        Only the page that arrived is measured, against the widest name seen so far."""
        metrics = self.table.fontMetrics()
        names = self.model.names_on(page) if page is not None else []
        self._widest_name = max([self._widest_name, *names], key=metrics.horizontalAdvance)
        widest = metrics.horizontalAdvance(self._widest_name) if self._widest_name else 0
        wanted = min(widest + 3 * metrics.averageCharWidth(), int(self.table.viewport().width() * 0.6))
        if wanted > self.table.columnWidth(0):
            self.table.setColumnWidth(0, wanted)
            self._fit_last_column()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._widen_names()
            self._fit_last_column()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        metrics = self.table.fontMetrics()
        width = sum(self.table.columnWidth(c) for c in range(len(COLUMNS) - 1))
        width += (
            getattr(self, "_last_column_needs", metrics.horizontalAdvance("Hold what matters conversation"))
            + metrics.averageCharWidth()
        )
        width += self.today.sizeHint().width()
        return QSize(width, 28 * self.table.verticalHeader().defaultSectionSize())

    def fit_to_screen(self) -> None:
        """Every column and about 28 rows, within 90% of the screen (Qt alone stops at 2/3); when the
        columns want more than that (a 1366x768 laptop), the whole screen rather than a sideways scroll."""
        screen = self.screen().availableGeometry()
        want = self.sizeHint()
        if want.width() <= screen.width() * 0.9:
            self.resize(want.boundedTo(screen.size() * 0.9))
            return
        self.setGeometry(screen)  # for a desktop with no window manager (Xvfb, kiosks)
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()
            if hasattr(self, "filter_bar"):
                bar = self.filter_bar
                bar.setFixedHeight(
                    self.filters.sizeHint().height() + bar.horizontalScrollBar().sizeHint().height()
                )

    # --- loading ------------------------------------------------------------------------------

    def load(self) -> None:
        """Fetch the ids (and the first page of rows, in the same trip) on the worker. Unfiltered,
        the first trip reads only the first page's ids and the count; the rest follow in a second
        trip, queued straight behind it, while the first screen paints."""
        key, natural = SORTS[self._sort[0]]
        reverse = self._sort[1] != natural
        filters = self.filters.values()
        self._load_seq += 1
        seq = self._load_seq
        first = self.model.page_size if not any(filters.values()) else None
        self._runner.op(self._fetch, key, reverse, filters, first).success(
            lambda f: self.show_caseload(*f)
        ).owned_by(self).run()
        if first is not None:
            self._runner.op(self._list.person_ids, sort=key, descending=reverse).success(
                lambda ids: self._rest_arrived(seq, ids)
            ).failure(self._rest_failed).owned_by(self).run()

    def _fetch(
        self, key: str, reverse: bool, filters: dict[str, Any] | None = None, first: int | None = None
    ) -> tuple[PersonIds, list[CaseloadRow], int | None]:
        """On the worker thread: ids (packed, no object per person; reversed in SQL), the first
        page's rows and, when ``first`` limits the ids to the first few, how many there are in all."""
        ids = self._list.person_ids(sort=key, descending=reverse, limit=first, **(filters or {}))
        total = self._list.count() if first is not None else None
        return ids, self._list.rows(ids[: self.model.page_size]), total

    def _rest_arrived(self, seq: int, ids: PersonIds) -> None:
        if seq != self._load_seq:  # a newer load has replaced the list
            return
        self.model.complete_ids(ids)  # rows already scrolled to are asked for first...
        self._fill_side_lists()  # ...then Today, which at start-up waits for the caseload
        self.count_label.setText(people(len(ids), self.filters.active))
        if self._pending_select is not None:
            person_id, self._pending_select = self._pending_select, None
            self.select_person(person_id)

    def _rest_failed(self, error: BaseException) -> None:
        self._fill_side_lists()
        self._runner.report(error, self)

    def _fill_side_lists(self) -> None:
        """Today's worklist and the filters' practice and worker lists, once, after the caseload."""
        if self._side_lists_asked:
            return
        self._side_lists_asked = True
        self.today.refresh()
        self.worker_bar.check()
        self._runner.op(self._list.choices).success(
            lambda c: self.filters.set_choices(c["practices"], c["workers"])
        ).owned_by(self).run()

    def _size_today(self) -> None:
        """Today gets the width it asks for, up to half the window; before the window is shown (the
        first page can arrive first) that is half the width it will open at, not of its default size."""
        width = self.splitter.width() if self.isVisible() else self.sizeHint().width()
        today = min(self.today.sizeHint().width(), width // 2)
        self.splitter.setSizes([today, max(width - today, 1)])

    def show_caseload(
        self, ids: Sequence[str], first_page: Sequence[CaseloadRow], total: int | None = None
    ) -> None:
        """Show these people in this order; ``first_page``: rows already read for the first ones;
        ``total``: how many people there are when ``ids`` holds only the first of them."""
        if not self._ready:
            self._size_today()
        self.model.set_ids(ids, first_page, total=total)
        self._widen_names(0)  # the first page came with the ids, not through page_loaded
        if self.model.complete:  # else once the rest of the ids are in
            self._fill_side_lists()
        shown = self.model.rowCount()
        filtered = self.filters.active
        self.table.empty_text = (
            translate("main_window", "No one matches these filters.") if filtered
            else "" if shown else translate("main_window", "No one is on the caseload yet.")
        )
        self.count_label.setText(people(shown, filtered))
        if (
            shown and not self.table.currentIndex().isValid()
        ):  # a focus mark for the keyboard, no selection
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._ready = True
        if self._pending_select is not None and self.model.complete:  # else once the rest arrive
            person_id, self._pending_select = self._pending_select, None
            self.select_person(person_id)
        self.table.viewport().update()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORTS:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            first, second = (title(c) for c in SORTS)
            self.statusBar().showMessage(
                translate("main_window", "The caseload can be sorted by {first} or {second}.").format(
                    first=first, second=second), 5000)
            return
        self._sort = (column, order)
        self.load()
        key, _natural = SORTS[column]
        said = f"{key} {'up' if order == Qt.SortOrder.AscendingOrder else 'down'}"
        self._runner.op(CASELOAD_SORT.write, self.core.db, said).failure(lambda _e: None).owned_by(self).run()

    def _restore_sort(self, said: str) -> None:
        """The sort kept from last time ("status_age down"), if it is not the one shown already."""
        key, _, way = said.partition(" ")
        column = next((c for c, (k, _n) in SORTS.items() if k == key), None)
        if column is None or way not in ("up", "down"):
            return
        wanted = (column, Qt.SortOrder.AscendingOrder if way == "up" else Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*wanted)
        header.blockSignals(False)
        self._sort = wanted
        self.load()

    def _table_painted(self) -> None:
        if self._ready and not self._painted:
            self._painted = True
            # After the paint event returns, so receivers may grab, close or repaint.
            QTimer.singleShot(0, self, self.caseload_painted.emit)

    @property
    def has_painted_caseload(self) -> bool:
        return self._painted

    # --- Today, quick find, import ------------------------------------------------------------

    def show_today(self) -> None:
        sizes = self.splitter.sizes()
        if sizes[0] == 0:  # collapsed: give it back its room
            self.splitter.setSizes([self.today.sizeHint().width(), max(sizes[1] - 1, 1)])
        self.today.first_list().setFocus()

    def show_caseload_list(self) -> None:
        self.table.setFocus()

    def open_quick_find(self) -> None:
        if self.quick_find is None:
            from ui.quick_find import QuickFindDialog

            self.quick_find = QuickFindDialog(self.core, self._runner, self)
            self.quick_find.person_chosen.connect(self.open_person_from_list)
        self.quick_find.start()

    def open_person_from_list(self, person_id: str) -> None:
        """Open the person record if the window has one yet; otherwise select their row."""
        opener = getattr(self, "open_person", None)
        if callable(opener):
            opener(person_id)
            return
        self.select_person(person_id)

    def open_person(self, person_id: str) -> None:
        """The person's record in its own window (raised if already open)."""
        self.person_actions.open_person(person_id)

    def _open_row(self, index: Any) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_person(row.person_id)

    def select_person(self, person_id: str) -> bool:
        row = self.model.row_of(person_id)
        if row is None and not self.model.complete:
            self._pending_select = person_id  # selected once the rest of the list arrives
            return False
        if row is None and self.filters.active:
            self.filters.clear()  # reloads; the row is selected once it is there
            self._pending_select = person_id
            return False
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self.table.setFocus()
        return True

    def apply_changes(self, changes: Changes) -> None:
        """After a service call changed something: refresh what shows it."""
        if changes.person_ids:
            self._runner.op(self.finder.refresh, list(changes.person_ids)).run()
            self.model.invalidate(changes.person_ids)
        if changes.caseload:
            self.load()
        self.today.refresh()

    def import_people(self) -> None:
        from ui.dialogs.import_people import ImportPeopleDialog

        dialog = ImportPeopleDialog(self.core, self._runner, self)
        dialog.imported.connect(self._runner.broadcast)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.import_dialog = dialog

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._runner.is_running:
            self._runner.op(self._list.close).run()  # its connection lives on the worker thread
        super().closeEvent(event)
