"""Team → Conflicts…: status moves made two ways on different laptops. Each is said in words; a person
picks the move that stands, and the choice syncs to the team. A second tab lists what a sync set aside
(the same NHS number added on two laptops), each with what to do about it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import Linkwell
from app.i18n import translate
from ui.runner import Runner


class ConflictsDialog(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner = core, runner
        self.items: list[dict[str, Any]] = []
        self.setWindowTitle(translate("sync.conflicts_dialog", "Conflicts to settle"))
        self.setAccessibleName(translate("sync.conflicts_dialog", "Conflicts to settle"))
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("sync.conflicts_dialog", "Conflicts and records set aside"))
        outer.addWidget(self.tabs, 1)
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.intro = QLabel(translate("sync.conflicts_dialog", "Loading…"), page)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget(page)
        self.list.setAccessibleName(translate("sync.conflicts_dialog", "Conflicts"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._chosen)
        self.intro.setBuddy(self.list)
        layout.addWidget(self.list, 1)
        self.question = QLabel("", page)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.moves = QButtonGroup(self)
        self.move_box = QVBoxLayout()
        layout.addLayout(self.move_box)
        self.tabs.addTab(page, translate("sync.conflicts_dialog", "&Moves to settle"))
        self._set_aside_tab()
        layout = outer
        self.keep = QPushButton(translate("sync.conflicts_dialog", "&Keep this move"), self)
        self.keep.setAccessibleName(translate("sync.conflicts_dialog", "Keep the chosen move"))
        self.keep.clicked.connect(self._keep)
        self.keep.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.load()

    def _set_aside_tab(self) -> None:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.aside_intro = QLabel(translate("sync.conflicts_dialog", "Loading…"), page)
        self.aside_intro.setWordWrap(True)
        layout.addWidget(self.aside_intro)
        self.aside = QListWidget(page)
        self.aside.setAccessibleName(translate("sync.conflicts_dialog", "Records set aside"))
        self.aside.setWordWrap(True)
        self.aside_intro.setBuddy(self.aside)
        layout.addWidget(self.aside, 1)
        self.aside_resolve = QLabel("", page)
        self.aside_resolve.setWordWrap(True)
        self.aside_resolve.setAccessibleName(translate("sync.conflicts_dialog", "What to do about it"))
        layout.addWidget(self.aside_resolve)
        self.aside.currentRowChanged.connect(self._aside_chosen)
        self.aside_items: list[dict[str, Any]] = []
        self.tabs.addTab(page, translate("sync.conflicts_dialog", "&Set aside"))

    def load(self) -> None:
        self.runner.op(self.core.sync.conflicts).success(self._loaded).owned_by(self).run()
        self.runner.op(self.core.sync.set_aside).success(self._aside_loaded).owned_by(self).run()

    def _aside_loaded(self, items: list[dict[str, Any]]) -> None:
        self.aside_items = items
        self.aside.clear()
        for item in items:
            self.aside.addItem(item["said"])
        self.tabs.setTabText(1, translate("sync.conflicts_dialog", "&Set aside ({count})").format(count=len(items)) if items
                             else translate("sync.conflicts_dialog", "&Set aside"))
        if items:
            self.aside_intro.setText(translate("sync.conflicts_dialog", "A sync could not take these records here, so it kept "
                                               "them aside, whole: nothing is lost. Choose one to see what to do."))
            self.aside.setCurrentRow(0)
        else:
            self.aside_intro.setText(translate("sync.conflicts_dialog", "Nothing has been set aside on this laptop."))
            self.aside_resolve.setText("")

    def _aside_chosen(self, row: int) -> None:
        ok = 0 <= row < len(self.aside_items)
        self.aside_resolve.setText(translate("sync.conflicts_dialog", "What to do: {resolve}").format(
            resolve=self.aside_items[row]["resolve"]) if ok else "")

    def _loaded(self, items: list[dict[str, Any]]) -> None:
        self.items = items
        self.list.clear()
        for item in items:
            row = QListWidgetItem(item["summary"])
            row.setToolTip(item["summary"])
            self.list.addItem(row)
        if items:
            self.intro.setText(translate("sync.conflicts_dialog", "These records were moved two ways on different laptops. Choose "
                                         "which move stands; your choice goes to the team on the next sync."))
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.intro.setText(translate("sync.conflicts_dialog", "No conflicts are waiting: every laptop agrees."))
            self._chosen(-1)

    def _chosen(self, row: int) -> None:
        for button in self.moves.buttons():
            self.moves.removeButton(button)
            button.deleteLater()
        if row < 0 or row >= len(self.items):
            self.question.setText("")
            self.keep.setEnabled(False)
            return
        item = self.items[row]
        self.question.setText(translate("sync.conflicts_dialog", "Which move stands for {what}?").format(what=item["what"]))
        for n, move in enumerate(item["moves"]):
            button = QRadioButton(move["said"], self)
            button.setAccessibleName(move["said"])
            self.moves.addButton(button, n)
            self.move_box.addWidget(button)
        self.moves.buttons()[0].setChecked(True)
        self.keep.setEnabled(True)

    def _keep(self) -> None:
        row = self.list.currentRow()
        if row < 0 or self.moves.checkedId() < 0:
            return
        item = self.items[row]
        move = item["moves"][self.moves.checkedId()]
        self.keep.setEnabled(False)
        self.runner.op(self.core.sync.resolve, item["id"], move["change_id"]).success(
            lambda _changes: self.load()).owned_by(self).run()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
