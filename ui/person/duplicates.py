"""Possible duplicates: pairs of records that may be one person, each pair side by side with what differs,
a choice for each differing field, Merge, and Undo for as long as this window stays open (issue 16 item 1).

The matching and the merge are the core's (``core.caseload.duplicates``, ``compare``, ``merge_people``,
``undo_merge``); this window only shows them and gathers the worker's choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, Linkwell
from app.i18n import translate
from ui.runner import Runner
from ui.widgets.common import message_label, say, say_failure

TAKE_COLUMN = 0  # checkable: ticked takes the other record's value


class DuplicatesWindow(QMainWindow):
    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._core, self._runner = core, runner
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("person.duplicates", "Possible duplicates — Linkwell"))
        self.pairs: list[Any] = []  # Pair
        self.comparison: Any = None  # Comparison of the chosen pair, kept record first
        self.undo_stack: list[Any] = []  # MergeUndo, newest last: forgotten when the window closes

        self.pair_list = QListWidget(self)
        self.pair_list.setAccessibleName(translate("person.duplicates", "Records that may be the same person"))
        self.pair_list.setWordWrap(True)
        self.pair_list.currentRowChanged.connect(self._pair_chosen)
        pairs_label = QLabel(translate("person.duplicates", "&Records that may be the same person:"), self)
        pairs_label.setBuddy(self.pair_list)
        self.count = QLabel(self)
        self.count.setAccessibleName(translate("person.duplicates", "How many pairs"))

        self.kept_title = QLabel(self)
        self.kept_title.setAccessibleName(translate("person.duplicates", "The record kept"))
        self.kept_title.setWordWrap(True)
        self.other_title = QLabel(self)
        self.other_title.setAccessibleName(translate("person.duplicates", "The record merged into it"))
        self.other_title.setWordWrap(True)
        self.why = QLabel(self)
        self.why.setAccessibleName(translate("person.duplicates", "Why they may be one person"))
        self.why.setWordWrap(True)
        self.fields = QTableWidget(0, 3, self)
        self.fields.setAccessibleName(translate("person.duplicates", "What differs: tick a field to take the other record's value"))
        self.fields.setHorizontalHeaderLabels([translate("person.duplicates", "Take the other's value"),
                                               translate("person.duplicates", "Kept record"),
                                               translate("person.duplicates", "Other record")])
        self.fields.verticalHeader().hide()
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setWordWrap(True)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        fields_label = QLabel(translate("person.duplicates",
                                     "&What differs (Space ticks a field to take the other record's value):"), self)
        fields_label.setBuddy(self.fields)
        fields_label.setWordWrap(True)
        self.same = QLabel(self)
        self.same.setAccessibleName(translate("person.duplicates", "What both records hold alike"))
        self.same.setWordWrap(True)
        self.message = message_label(self, translate("person.duplicates", "Merge message"))
        self.done = QLabel(self)
        self.done.setAccessibleName(translate("person.duplicates", "What was done"))
        self.done.setWordWrap(True)

        self.swap_button = QPushButton(translate("person.duplicates", "&Swap which is kept"), self)
        self.swap_button.setAccessibleName(translate("person.duplicates", "Swap which record is kept"))
        self.swap_button.clicked.connect(self.swap)
        self.merge_button = QPushButton(translate("person.duplicates", "&Merge"), self)
        self.merge_button.setAccessibleName(translate("person.duplicates", "Merge the other record into the kept one"))
        self.merge_button.clicked.connect(self.merge)
        self.not_same_button = QPushButton(translate("person.duplicates", "&Not the same person"), self)
        self.not_same_button.setAccessibleName(translate("person.duplicates", "These are two people: leave the pair out of the list"))
        self.not_same_button.clicked.connect(self.not_same)
        self.undo_button = QPushButton(translate("person.duplicates", "&Undo the last merge"), self)
        self.undo_button.setAccessibleName(translate("person.duplicates", "Undo the last merge"))
        self.undo_button.clicked.connect(self.undo)
        self.close_button = QPushButton(translate("person.duplicates", "&Close"), self)
        self.close_button.setAccessibleName(translate("person.duplicates", "Close"))
        self.close_button.clicked.connect(self.close)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.addWidget(pairs_label)
        lv.addWidget(self.pair_list)
        lv.addWidget(self.count)
        right = QWidget(self)
        grid = QGridLayout()
        grid.addWidget(self.kept_title, 0, 0)
        grid.addWidget(self.other_title, 0, 1)
        rv = QVBoxLayout(right)
        rv.addLayout(grid)
        rv.addWidget(self.why)
        rv.addWidget(fields_label)
        rv.addWidget(self.fields, 1)
        rv.addWidget(self.same)
        rv.addWidget(self.message)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([320, 640])
        buttons = QHBoxLayout()
        buttons.addWidget(self.swap_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.not_same_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        body = QWidget(self)
        main = QVBoxLayout(body)
        main.addWidget(splitter, 1)
        main.addWidget(self.done)
        main.addLayout(buttons)
        self.setCentralWidget(body)
        for keys in ("Ctrl+W", "Esc"):
            QShortcut(QKeySequence(keys), self, self.close)
        self.resize(900, 560)
        self._enable()

    # --- reading
    def load(self) -> None:
        self._runner.op(self._core.caseload.duplicates).success(self._show_pairs).owned_by(self).run()

    def _show_pairs(self, pairs: list[Any]) -> None:
        self.pairs = pairs
        self.pair_list.blockSignals(True)
        self.pair_list.clear()
        for p in pairs:
            names = translate("person.duplicates", "{first} and {second}").format(first=p.names[0], second=p.names[1])
            item = QListWidgetItem(f"{names}\n{p.why}")
            item.setToolTip(p.why)
            self.pair_list.addItem(item)
        self.pair_list.blockSignals(False)
        self.count.setText(translate("person.duplicates", "1 pair to check.") if len(pairs) == 1
                           else translate("person.duplicates", "{count} pairs to check.").format(count=len(pairs))
                           if pairs else translate("person.duplicates", "No records look like the same person."))
        self.comparison = None
        self._show_comparison(None)
        if pairs:
            self.pair_list.setCurrentRow(0)
            self._pair_chosen(0)

    def _pair_chosen(self, row: int) -> None:
        if 0 <= row < len(self.pairs):
            kept, other = self.pairs[row].people
            self._compare(kept, other)

    def _compare(self, kept: str, other: str) -> None:
        say(self.message, "")
        (self._runner.op(self._core.caseload.compare, kept, other).success(self._show_comparison)
         .failure(self._failed).owned_by(self).run())

    def _show_comparison(self, comparison: Any) -> None:
        self.comparison = comparison
        self.fields.setRowCount(0)
        if comparison is None:
            for label in (self.kept_title, self.other_title, self.why, self.same):
                label.clear()
            self._enable()
            return
        self.kept_title.setText(translate("person.duplicates", "Kept: {record}").format(record=_side(comparison.kept)))
        self.other_title.setText(translate("person.duplicates", "Merged into it: {record}").format(
            record=_side(comparison.other)))
        self.why.setText(comparison.why)
        self.fields.setRowCount(len(comparison.differences))
        for row, d in enumerate(comparison.differences):
            take = QTableWidgetItem(d.label)
            take.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            take.setCheckState(Qt.CheckState.Checked if d.default == "other" else Qt.CheckState.Unchecked)
            take.setData(Qt.ItemDataRole.UserRole, d.field)
            self.fields.setItem(row, TAKE_COLUMN, take)
            self.fields.setItem(row, 1, QTableWidgetItem(d.kept))
            self.fields.setItem(row, 2, QTableWidgetItem(d.other))
        self.fields.resizeRowsToContents()
        if comparison.differences:
            self.fields.setCurrentCell(0, TAKE_COLUMN)
        self.same.setText(translate("person.duplicates", "Alike in both: {fields}").format(
            fields="; ".join(f"{label} {value}" for label, value in comparison.same)) if comparison.same else "")
        self._enable()

    # --- choosing
    def choices(self) -> dict[str, str]:
        """Each differing field: "other" when ticked, else "kept"."""
        found = {}
        for row in range(self.fields.rowCount()):
            item = self.fields.item(row, TAKE_COLUMN)
            ticked = item.checkState() == Qt.CheckState.Checked
            found[item.data(Qt.ItemDataRole.UserRole)] = "other" if ticked else "kept"
        return found

    def tick(self, field: str, take_other: bool = True) -> None:
        for row in range(self.fields.rowCount()):
            item = self.fields.item(row, TAKE_COLUMN)
            if item.data(Qt.ItemDataRole.UserRole) == field:
                item.setCheckState(Qt.CheckState.Checked if take_other else Qt.CheckState.Unchecked)

    def swap(self) -> None:
        if self.comparison is not None:
            self._compare(self.comparison.other.person_id, self.comparison.kept.person_id)

    # --- merging
    def merge(self) -> None:
        if self.comparison is None:
            return
        kept, other = self.comparison.kept, self.comparison.other
        (self._runner.op(self._core.caseload.merge_people, kept.person_id, other.person_id, self.choices())
         .success(lambda merged: self._merged(merged, kept, other)).failure(self._failed).owned_by(self).run())

    def _merged(self, merged: Any, kept: Any, other: Any) -> None:
        self.undo_stack.append(merged.undo)
        self.done.setText(translate("person.duplicates", "Merged {other} into {kept}. Undo the last merge (Alt+U) "
                                    "while this window is open.").format(other=other.name, kept=kept.name))
        self.load()

    def not_same(self) -> None:
        if self.comparison is None:
            return
        kept, other = self.comparison.kept, self.comparison.other
        (self._runner.op(self._core.caseload.not_duplicates, kept.person_id, other.person_id)
         .success(lambda _c: self._not_same(kept, other)).failure(self._failed).owned_by(self).run())

    def _not_same(self, kept: Any, other: Any) -> None:
        self.done.setText(translate("person.duplicates", "{kept} and {other} are kept apart as two people.").format(
            kept=kept.name, other=other.name))
        self.load()

    def undo(self) -> None:
        if not self.undo_stack:
            return
        (self._runner.op(self._core.caseload.undo_merge, self.undo_stack[-1]).success(self._undone)
         .failure(self._failed).owned_by(self).run())

    def _undone(self, _changes: Changes) -> None:
        self.undo_stack.pop()
        self.done.setText(translate("person.duplicates", "The merge was undone: the two records are apart again."))
        self.load()

    def _failed(self, error: BaseException) -> None:
        say_failure(self.message, self._runner, error, self)
        self._enable()

    def _enable(self) -> None:
        chosen = self.comparison is not None
        self.merge_button.setEnabled(chosen)
        self.swap_button.setEnabled(chosen)
        self.not_same_button.setEnabled(chosen)
        self.undo_button.setEnabled(bool(self.undo_stack))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.undo_stack.clear()  # a merge stands once the window closes; the trail still tells it
        super().closeEvent(event)


def _side(side: Any) -> str:
    if side.referrals == 1:
        return translate("person.duplicates", "{name} (1 referral)").format(name=side.name)
    return translate("person.duplicates", "{name} ({count} referrals)").format(name=side.name, count=side.referrals)
