"""Unmet needs: record one (from a person's record or the directory) when no suitable service exists,
and see them counted by category and area, the most common first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core import Changes, Linkwell, UnmetNeedCount
from app.i18n import translate
from ui.widgets.common import message_label, parse_date, say, say_failure, show_date
from ui.runner import Runner


class RecordNeedDialog(QDialog):
    """Category (or need), area, note and date; for a person when ``person_id`` is given."""

    recorded = Signal(object)  # Changes

    @property
    def _directory(self) -> Any:
        """The core's directory, asked for each time (after a key change the core holds a new one)."""
        return self._core.directory

    def __init__(self, core: Linkwell, runner: Runner, person_id: str | None = None,
                 parent: QWidget | None = None, *, category: str = "", area: str = "") -> None:
        super().__init__(parent)
        self._core, self._runner, self.person_id = core, runner, person_id
        self.setWindowTitle(translate("directory.unmet", "Record an unmet need"))
        self.setAccessibleName(translate("directory.unmet", "Record an unmet need"))
        intro = QLabel(translate("directory.unmet", "When no suitable service exists, say what was needed and where: these are "
                         "counted for commissioners."), self)
        intro.setWordWrap(True)
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.setAccessibleName(translate("directory.unmet", "Category or need"))
        self.category.setCurrentText(category)
        self.area = QComboBox(self)
        self.area.setEditable(True)
        self.area.setAccessibleName(translate("directory.unmet", "Area"))
        self.area.setCurrentText(area)
        self.day = QLineEdit(show_date(clock.today()), self)
        self.day.setAccessibleName(translate("directory.unmet", "Date, DD/MM/YYYY"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(translate("directory.unmet", "Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(4 * self.note.fontMetrics().height())
        form = QFormLayout()
        form.addRow(translate("directory.unmet", "&Category or need:"), self.category)
        form.addRow(translate("directory.unmet", "&Area:"), self.area)
        form.addRow(translate("directory.unmet", "&Date:"), self.day)
        form.addRow(translate("directory.unmet", "&Note:"), self.note)
        self.message = message_label(self, translate("directory.unmet", "Problem with the unmet need"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.category.setFocus()
        self._runner.op(self._directory.choices).success(self._set_choices).owned_by(self).run()

    def _set_choices(self, choices: dict[str, list[str]]) -> None:
        for box, items in ((self.category, choices["categories"]), (self.area, choices["areas"])):
            typed = box.currentText()
            box.clear()
            box.addItems(items)
            box.setCurrentText(typed)

    def save(self) -> None:
        say(self.message, "")
        try:
            on = parse_date(self.day.text()) or clock.today()
        except ValueError:
            say(self.message, translate("directory.unmet", "“{text}” is not a date; write it as DD/MM/YYYY.").format(text=self.day.text()))
            return
        self._runner.op(self._directory.record_unmet_need, self.category.currentText(),
                        area=self.area.currentText(), person_id=self.person_id, on=on,
                        note=self.note.toPlainText()).success(self._done).failure(
            lambda e: say_failure(self.message, self._runner, e, self)).owned_by(self).run()

    def _done(self, changes: Changes) -> None:
        self.recorded.emit(changes)
        self.accept()


class UnmetNeedsView(QWidget):
    """Counts by category and area above; the needs of the highlighted group below."""

    loaded = Signal()

    @property
    def _directory(self) -> Any:
        """The core's directory, asked for each time (after a key change the core holds a new one)."""
        return self._core.directory

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner = core, runner
        self.setAccessibleName(translate("directory.unmet", "Unmet needs"))
        self.summary = QTreeWidget(self)
        self.summary.setRootIsDecorated(False)
        self.summary.setHeaderLabels([translate("directory.unmet", "Category or need"), translate("directory.unmet", "Area"), translate("directory.unmet", "How many"), translate("directory.unmet", "Latest")])
        self.summary.setAccessibleName(translate("directory.unmet", "Unmet needs by category and area"))
        self.summary.currentItemChanged.connect(lambda item, _old: self._show_group(item))
        self.detail = QTreeWidget(self)
        self.detail.setRootIsDecorated(False)
        self.detail.setHeaderLabels([translate("directory.unmet", "Date"), translate("directory.unmet", "Person"), translate("directory.unmet", "Note")])
        self.detail.setAccessibleName(translate("directory.unmet", "Unmet needs in the highlighted group"))
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("directory.unmet", "Unmet needs status"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("directory.unmet", "Unmet needs by category and area, the most common first:"), self))
        layout.addWidget(self.summary, 2)
        layout.addWidget(QLabel(translate("directory.unmet", "The needs in the highlighted group, newest first:"), self))
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        self._runner.op(self._directory.unmet_needs_summary).success(self.show_summary).owned_by(self).run()

    def show_summary(self, rows: Sequence[UnmetNeedCount]) -> None:
        self.summary.clear()
        for row in rows:
            item = QTreeWidgetItem([row.category, row.area or translate("directory.unmet", "(no area)"), str(row.count), show_date(row.latest)])
            item.setData(0, Qt.ItemDataRole.UserRole, (row.category, row.area))
            self.summary.addTopLevelItem(item)
        total = sum(r.count for r in rows)
        self.status.setText(translate("directory.unmet", "No unmet needs have been recorded.") if not total else
                            translate("directory.unmet", "1 unmet need recorded.") if total == 1 else
                            translate("directory.unmet", "{count} unmet needs recorded.").format(count=total))
        for column in range(3):
            self.summary.resizeColumnToContents(column)
        if rows:
            self.summary.setCurrentItem(self.summary.topLevelItem(0))
        self.loaded.emit()

    def _show_group(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        category, area = item.data(0, Qt.ItemDataRole.UserRole)
        self._runner.op(self._directory.unmet_needs, category=category, area=area).success(
            self._show_detail).owned_by(self).run()

    def _show_detail(self, needs: Sequence[dict[str, Any]]) -> None:
        self.detail.clear()
        for need in needs:
            self.detail.addTopLevelItem(QTreeWidgetItem([show_date(need["recorded_on"]), need["person"] or "—",
                                                         need["note"]]))
