"""Quick find (Ctrl+K): type a name, an NHS number or a date of birth; Enter opens the person.

Each keystroke sends a search to the database worker; a reply to an older keystroke is dropped,
so the list always matches what is in the box.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import Hit, Linkwell
from app.i18n import translate
from ui.runner import Runner

PERSON_ROLE = Qt.ItemDataRole.UserRole


def hint() -> str:
    return translate("quick_find", "Type a name, an NHS number or a date of birth (DD/MM/YYYY).")


def _found_by(why: str) -> str:
    """How a hit was found, in words (the core says "name", "NHS number" or "date of birth")."""
    return {"name": translate("quick_find", "name"), "NHS number": translate("quick_find", "NHS number"),
            "date of birth": translate("quick_find", "date of birth")}.get(why, why)


def describe(hit: Hit) -> str:
    parts = [hit.name]
    if hit.born:
        parts.append(translate("quick_find", "born {date}").format(date=hit.born))
    if hit.nhs_number:
        parts.append(translate("quick_find", "NHS {number}").format(number=hit.nhs_number))
    return "  ·  ".join(parts)


class QuickFindDialog(QDialog):
    person_chosen = Signal(str)
    results_shown = Signal(str)  # the query the list now shows

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner = core, runner
        self._generation = 0
        self.setWindowTitle(translate("quick_find", "Find a person"))
        self.setAccessibleName(translate("quick_find", "Find a person"))
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(hint())
        self.query.setAccessibleName(translate("quick_find", "Search for a person"))
        self.query.setAccessibleDescription(hint())
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(translate("quick_find", "People found"))
        self.results.setTabKeyNavigation(False)
        self.status = QLabel(hint(), self)
        self.status.setAccessibleName(translate("quick_find", "Search result count"))
        self.status.setWordWrap(True)
        label = QLabel(translate("quick_find", "&Find:"), self)
        label.setBuddy(self.query)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.query.textChanged.connect(self._search)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(self._choose)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("x") * 70, metrics.height() * 22)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10,
                        Qt.Key.Key_PageUp: -10}[Qt.Key(key)]
                count = self.results.count()
                if count:
                    row = max(0, min(count - 1, self.results.currentRow() + step))
                    self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem()
                if item is not None:
                    self._choose(item)
                return True
        return super().eventFilter(watched, event)

    def start(self) -> None:
        """Show, with the box selected so typing replaces the last search."""
        self.query.selectAll()
        self.query.setFocus()
        self.show()
        self.activateWindow()

    def _search(self, text: str) -> None:
        self._generation += 1
        generation = self._generation
        self._runner.op(self._core.find.search, text).success(
            lambda hits: self._show(generation, text, hits)).owned_by(self).run()

    def _show(self, generation: int, text: str, hits: Sequence[Hit]) -> None:
        if generation != self._generation:
            return  # an older keystroke's answer
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(describe(hit))
            item.setData(PERSON_ROLE, hit.person_id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        if not text.strip():
            self.status.setText(hint())
        elif not hits:
            self.status.setText(translate("quick_find", "No one found for “{text}”.").format(text=text.strip()))
        elif len(hits) == 1:
            self.status.setText(translate("quick_find", "1 person found by {why}. Enter opens the highlighted "
                                                        "person; arrow keys choose.").format(why=_found_by(hits[0].why)))
        else:
            self.status.setText(translate("quick_find", "{count} people found by {why}. Enter opens the highlighted "
                                                        "person; arrow keys choose.").format(
                count=len(hits), why=_found_by(hits[0].why)))
        self.results_shown.emit(text)

    def _choose(self, item: QListWidgetItem) -> None:
        person_id = item.data(PERSON_ROLE)
        if person_id:
            self.accept()
            self.person_chosen.emit(person_id)
