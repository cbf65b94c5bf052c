"""The directory window: search as you type with filters, the verification worklist and unmet needs,
each in a tab (Alt+S, Alt+V, Alt+U). Enter on a service opens its detail; saving a service as closed,
paused, full or waiting-listed shows at once who it affects and where else they could go.

Every keystroke sends a search to the database worker; an answer to an older keystroke is dropped, so
the list always matches what is in the box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, ClosureImpact, Linkwell, ServiceHit
from app.errors import LinkwellError
from app.i18n import translate
from ui.directory.filters import DirectoryFilters
from ui.directory.results import HitsView
from ui.directory.unmet import UnmetNeedsView
from ui.directory.worklist import Worklist
from ui.models.hits_model import HitsModel
from ui.runner import Runner

PAGE = 50


def hint() -> str:
    return translate("directory.window", "Type what someone needs: a name, an activity, an organisation, a category or an area. "
             "Enter opens the highlighted service; arrow keys choose.")


class DirectoryWindow(QMainWindow):
    results_shown = Signal(str)  # the text the list now answers
    impact_shown = Signal(object)  # the ImpactDialog

    @property
    def directory(self) -> Any:
        """The core's directory, asked for each time (after a key change the core holds a new one)."""
        return self.core.directory

    def __init__(self, core: Linkwell, runner: Runner, open_person: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.core, self._runner, self._open_person = core, runner, open_person
        self._generation = 0
        self._shown_text = ""  # the query whose results are shown (a new one highlights its first)
        self.limit = PAGE
        self.editor: Any = None
        self.impact: Any = None
        self.setWindowTitle(translate("directory.window", "Service directory — Linkwell"))
        self.setAccessibleName(translate("directory.window", "Service directory"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("directory.window", "Directory views"))
        self.tabs.addTab(self._search_page(), translate("directory.window", "&Search"))
        self.worklist = Worklist(core, runner, self.open_service, self)
        runner.changed.connect(self._heard)
        self.worklist.verified.connect(lambda _sid: self._changed(Changes(directory=True), research=True))
        self.tabs.addTab(self.worklist, translate("directory.window", "&Verification worklist"))
        self.unmet = UnmetNeedsView(core, runner, self)
        self.tabs.addTab(self.unmet, translate("directory.window", "&Unmet needs"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self._make_menu()
        for keys in ("Ctrl+W", "Esc"):
            QShortcut(QKeySequence(keys), self, self.close)
        metrics = self.fontMetrics()
        self.resize(160 * metrics.averageCharWidth(), 40 * metrics.height())
        self._runner.op(self.directory.choices).success(
            lambda c: self.filters.set_choices(c["categories"], c["areas"])).owned_by(self).run()

    # --- building -------------------------------------------------------------------------------

    def _search_page(self) -> QWidget:
        page = QWidget(self)
        self.query = QLineEdit(page)
        self.query.setAccessibleName(translate("directory.window", "Search the directory"))
        self.query.setAccessibleDescription(hint())
        self.query.setPlaceholderText(translate("directory.window", "walking group, debt advice, Riverside…"))
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        label = QLabel(translate("directory.window", "F&ind:"), page)
        label.setBuddy(self.query)
        self.filters = DirectoryFilters(page)
        self.filters.setAccessibleName(translate("directory.window", "Directory filters"))
        self.model = HitsModel(self)
        self.model.fetch_more = self._more
        self.results = HitsView(page)
        self.results.setModel(self.model)
        self.results.setAccessibleName(translate("directory.window", "Services found"))
        self.results.activated.connect(lambda index: self._open_row(index.row()))
        self.results.installEventFilter(self)
        self.status = QLabel(hint(), page)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("directory.window", "Search result count"))
        self.open_button = QPushButton(translate("directory.window", "&Open"), page)
        self.open_button.setAccessibleName(translate("directory.window", "Open the highlighted service"))
        self.open_button.clicked.connect(lambda: self._open_row(self.results.currentIndex().row()))
        self.new_button = QPushButton(translate("directory.window", "&New service…"), page)
        self.new_button.clicked.connect(self.new_service)
        self.need_button = QPushButton(translate("directory.window", "Record an un&met need…"), page)
        self.need_button.clicked.connect(self.record_need)
        # Opened from a person's record: connect them to the highlighted service from here.
        self.for_person: tuple[str, str, str] | None = None  # (person id, name, referral id)
        self.connect_button = QPushButton("", page)
        self.connect_button.clicked.connect(self.connect_person)
        self.connect_button.hide()
        self.connect_dialog: Any = None
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.query, 1)
        buttons = QHBoxLayout()
        for button in (self.connect_button, self.open_button, self.new_button, self.need_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.query.textChanged.connect(self.search)
        self.filters.changed.connect(self.search)
        QWidget.setTabOrder(self.query, self.results)
        QWidget.setTabOrder(self.results, self.filters.category)
        return page

    def _make_menu(self) -> None:
        menu = self.menuBar().addMenu(translate("directory.window", "&Directory"))
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("find", translate("directory.window", "&Find a service"), "Ctrl+F", self.focus_search),
            ("new", translate("directory.window", "&New service…"), "Ctrl+N", self.new_service),
            ("need", translate("directory.window", "Record an &unmet need…"), "Ctrl+U", self.record_need),
            ("import", translate("directory.window", "&Import Open Referral…"), "Ctrl+I", self.import_open_referral),
            ("close", translate("directory.window", "&Close"), "", self.close),
        ):
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions_by_name[name] = action

    # --- search ---------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.query.setFocus()
        self.query.selectAll()

    def search(self, *_args: Any) -> None:
        self.limit = PAGE
        self._search()

    def _more(self, limit: int) -> None:
        self.limit = limit
        self._search()

    def _search(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.query.text()
        filters = self.filters.values()
        self._runner.op(self.directory.search, text, limit=self.limit, **filters).success(
            lambda hits: self.show_hits(generation, text, hits, bool(filters))).failure(
            lambda error: self._search_failed(generation, error)).owned_by(self).run()

    def show_hits(self, generation: int, text: str, hits: Sequence[ServiceHit], filtered: bool) -> None:
        if generation != self._generation:
            return  # an older keystroke's answer
        current = self.results.currentIndex().row()
        keep = self.model.hit_at(current).id if current >= 0 and self.model.hit_at(current) else None
        if text.strip() != self._shown_text:
            keep = None  # a new query: its first result is the one highlighted, whatever was before
        self._shown_text = text.strip()
        self.model.set_hits(hits, self.limit)
        row = next((n for n, h in enumerate(hits) if h.id == keep), 0)
        if hits:
            self.results.setCurrentIndex(self.model.index(row, 0))
        self.status.setText(self._describe(text, hits, filtered))
        self.results_shown.emit(text)

    def _describe(self, text: str, hits: Sequence[ServiceHit], filtered: bool) -> str:
        """One or two whole sentences (a half-typed filter's problem is the second)."""
        words = text.strip()
        problem = f" {self.filters.problem}" if self.filters.problem else ""
        if not words and not filtered:
            return hint() + problem
        if not hits:
            said = (translate("directory.window", "No service found for “{words}”. If nothing suitable exists, record an unmet need (Ctrl+U).")
                    if words else
                    translate("directory.window", "No service found with these filters. If nothing suitable exists, record an unmet need "
                      "(Ctrl+U)."))
            return said.format(words=words) + problem
        count, more, one = len(hits), len(hits) >= self.limit, len(hits) == 1
        if hits[0].match == "fuzzy":
            said = (translate("directory.window", "Nothing matched “{words}” exactly; {count} or more services with a similar spelling.") if more
                    else translate("directory.window", "Nothing matched “{words}” exactly; 1 service with a similar spelling.") if one
                    else translate("directory.window", "Nothing matched “{words}” exactly; {count} services with a similar spelling."))
        elif hits[0].match == "some":
            said = (translate("directory.window", "No service matched every word; {count} or more services matching some of them, open ones "
                      "first. Enter opens the highlighted service.") if more
                    else translate("directory.window", "No service matched every word; 1 service matching some of them, open ones first. "
                           "Enter opens the highlighted service.") if one
                    else translate("directory.window", "No service matched every word; {count} services matching some of them, open ones "
                           "first. Enter opens the highlighted service."))
        else:
            said = (translate("directory.window", "{count} or more services found. Enter opens the highlighted service.") if more
                    else translate("directory.window", "1 service found. Enter opens the highlighted service.") if one
                    else translate("directory.window", "{count} services found. Enter opens the highlighted service."))
        return said.format(words=words, count=count) + problem

    def _search_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, LinkwellError):
            self.status.setText(str(error))
        else:
            self._runner.report(error, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if watched is self.query and key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown,
                                                 Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10,
                        Qt.Key.Key_PageUp: -10}[Qt.Key(key)]
                count = self.model.rowCount()
                if count:
                    row = max(0, min(count - 1, self.results.currentIndex().row() + step))
                    self.results.setCurrentIndex(self.model.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in (self.query, self.results):
                self._open_row(self.results.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    # --- one service ----------------------------------------------------------------------------

    def find_for(self, person_id: str, name: str, episode_id: str) -> None:
        """Looking for a service for this person: Connect sits first among the buttons."""
        self.for_person = (person_id, name, episode_id)
        self.connect_button.setText(translate("directory.window", "&Connect {name} to it…").format(name=name))
        self.connect_button.setAccessibleName(translate("directory.window", "Connect {name} to the highlighted service").format(name=name))
        self.connect_button.show()
        self.setWindowTitle(translate("directory.window", "Service directory: finding a service for {name} — Linkwell").format(name=name))

    def connect_person(self) -> None:
        """The connect form for the person this window was opened for, on the highlighted service (a closed
        or full one is said so there, and needs "Connect anyway")."""
        hit = self.model.hit_at(self.results.currentIndex().row())
        if self.for_person is None:
            return
        if hit is None:
            self.status.setText(translate("directory.window", "Highlight a service first, then Connect."))
            return
        from ui.person.connect import ConnectDialog

        _pid, _name, episode_id = self.for_person
        dialog = ConnectDialog(self.core, self._runner, episode_id, self, service=(hit.id, hit.name))
        dialog.finished.connect(lambda result: self._connected(dialog, result))
        self.connect_dialog = dialog
        dialog.open()

    def _connected(self, dialog: Any, result: int) -> None:
        from PySide6.QtWidgets import QDialog

        if result == QDialog.DialogCode.Accepted and dialog.changes is not None:
            self._runner.broadcast(dialog.changes, self)  # the person's record shows the new connection
            assert self.for_person is not None
            self.status.setText(translate("directory.window", "{name} is connected.").format(name=self.for_person[1]))
        dialog.deleteLater()

    def _open_row(self, row: int) -> None:
        hit = self.model.hit_at(row)
        if hit is not None:
            self.open_service(hit.id)

    def open_service(self, service_id: str | None) -> None:
        from ui.directory.editor import ServiceEditor

        editor = ServiceEditor(self.core, self._runner, service_id, self)
        editor.saved.connect(self._saved)
        editor.finished.connect(lambda _r: editor.deleteLater())
        self.editor = editor
        editor.open()
        editor.load()

    def new_service(self) -> None:
        self.open_service(None)

    def _saved(self, service_id: str, short: bool) -> None:
        self._changed(Changes(directory=True), research=True)
        if short:
            self._runner.op(self.directory.closure_impact, service_id).success(self.show_impact).owned_by(
                self).run()

    def show_impact(self, impact: ClosureImpact) -> None:
        from ui.directory.impact import ImpactDialog

        dialog = ImpactDialog(impact, self._open_person, self.open_service, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.impact = dialog
        dialog.open()
        self.impact_shown.emit(dialog)

    def _changed(self, changes: Changes, *, research: bool = False) -> None:
        if research:
            self._search()

    # --- worklist, unmet needs, import ------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._tab_changed(index)

    def _heard(self, changes: Changes, origin: QWidget | None) -> None:
        """A change made elsewhere (a person's window, a sync): what this window shows, again."""
        if origin is not None and (origin is self or self.isAncestorOf(origin)):
            return
        if changes.directory or changes.service_ids:
            self._search()
            self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.worklist:
            self.worklist.refresh()
            self.worklist.view.setFocus()
        elif page is self.unmet:
            self.unmet.refresh()
            self.unmet.summary.setFocus()

    def record_need(self, person_id: str | None = None) -> None:
        from ui.directory.unmet import RecordNeedDialog

        values = self.filters.values()
        dialog = RecordNeedDialog(self.core, self._runner, person_id if isinstance(person_id, str) else None, self,
                                  category=values.get("category", self.query.text().strip()),
                                  area=values.get("area", ""))
        dialog.recorded.connect(lambda changes: (self._changed(changes), self.unmet.refresh()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.need_dialog = dialog
        dialog.open()

    def import_open_referral(self) -> None:
        from ui.directory.import_dialog import ImportDirectoryDialog

        dialog = ImportDirectoryDialog(self.core, self._runner, self)
        dialog.imported.connect(lambda changes: (self._changed(changes, research=True), self._reload_choices()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _reload_choices(self) -> None:
        self._runner.op(self.directory.choices).success(
            lambda c: self.filters.set_choices(c["categories"], c["areas"])).owned_by(self).run()
