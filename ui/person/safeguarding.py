"""Safeguarding on a person's record (issue 16 item 3): a banner across the top of the person window while a
concern is open (what kind, never the detail), and the Safeguarding menu's records: each concern with its
category, whom it was raised with and when, its status and a note; add one, or change one's status.

Opening the records is audited by the core every time; the banner is not (it says only that one is open)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, Linkwell
from app.i18n import translate
from ui.runner import Runner
from ui.widgets.common import message_label, parse_date, say, say_failure

BANNER_STYLE = ("QLabel { background: #7a0000; color: #ffffff; font-weight: bold; padding: 0.45em; }")


class PersonSafeguarding:
    """Installed on a person window: the banner and the Safeguarding menu."""

    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner, person_id: str) -> None:
        self.window, self.core, self.runner, self.person_id = window, core, runner, person_id
        self.bar = QToolBar(translate("person.safeguarding", "Safeguarding"), window)
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.setAccessibleName(translate("person.safeguarding", "Safeguarding"))
        self.banner = QLabel(self.bar)
        self.banner.setAccessibleName(translate("person.safeguarding", "Safeguarding concern"))
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # the full width
        self.bar.addWidget(self.banner)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()
        self.menu = window.menuBar().addMenu(translate("person.safeguarding", "Safeguarding"))  # no Alt letter free at every step: Ctrl+Shift+K opens it
        self.menu.setAccessibleName(translate("person.safeguarding", "Safeguarding"))
        self.open_action = QAction(translate("person.safeguarding", "&Safeguarding records…"), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.open_action.setStatusTip(translate("person.safeguarding", "Concerns, whom they were raised with, and their status (every look is recorded)"))
        self.open_action.triggered.connect(self.open)
        self.menu.addAction(self.open_action)
        window.addAction(self.open_action)
        self.dialog: SafeguardingDialog | None = None
        runner.changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        self.runner.op(self.core.safeguarding.banner, self.person_id).success(self._show).owned_by(self.window).run()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if self.person_id in changes.person_ids:
            self.refresh()

    def _show(self, words: str) -> None:
        self.banner.setText(f"⚠ {words} " + translate("person.safeguarding", "Open the records: Ctrl+Shift+K.")
                            if words else "")
        self.bar.setVisible(bool(words))

    def open(self) -> None:
        if self.dialog is None:
            self.dialog = SafeguardingDialog(self.core, self.runner, self.person_id, self.window)
            self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


class SafeguardingDialog(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.core import safeguarding_wording

        words = safeguarding_wording()
        self._core, self._runner, self.person_id = core, runner, person_id
        self.concerns: list[Any] = []
        self.setWindowTitle(translate("person.safeguarding", "Safeguarding records"))
        self.setAccessibleName(translate("person.safeguarding", "Safeguarding records"))
        self.records = QListWidget(self)
        self.records.setAccessibleName(translate("person.safeguarding", "Safeguarding concerns"))
        self.records.setWordWrap(True)
        records_label = QLabel(translate("person.safeguarding", "&Concerns (newest first):"), self)
        records_label.setBuddy(self.records)

        def combo(name: str, items: dict[str, str]) -> QComboBox:
            box = QComboBox(self)
            box.setAccessibleName(name)
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no change from a passing wheel
            for code, label in items.items():
                box.addItem(label, code)
            return box

        self.status_change = combo(translate("person.safeguarding", "New status for the chosen concern"), words["statuses"])
        self.change_button = QPushButton(translate("person.safeguarding", "C&hange status"), self)
        self.change_button.setAccessibleName(translate("person.safeguarding", "Change the chosen concern's status"))
        self.change_button.clicked.connect(self.change_status)
        self.category = combo(translate("person.safeguarding", "Category of concern"), words["categories"])
        self.category.setCurrentIndex(max(0, self.category.findData("other")))
        self.raised_with = combo(translate("person.safeguarding", "Raised with"), words["raised_with"])
        self.raised_with.setCurrentIndex(max(0, self.raised_with.findData("not_raised")))
        self.raised_on = QLineEdit(self)
        self.raised_on.setAccessibleName(translate("person.safeguarding", "Raised on"))
        self.raised_on.setPlaceholderText(translate("person.safeguarding", "DD/MM/YYYY"))
        self.status = combo(translate("person.safeguarding", "Status"), words["statuses"])
        self.note = QLineEdit(self)
        self.note.setAccessibleName(translate("person.safeguarding", "Note"))
        self.add_button = QPushButton(translate("person.safeguarding", "&Add concern"), self)
        self.add_button.setAccessibleName(translate("person.safeguarding", "Add the concern"))
        self.add_button.clicked.connect(self.add)
        self.message = message_label(self, translate("person.safeguarding", "Safeguarding message"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(translate("person.safeguarding", "C&lose"))
        close.rejected.connect(self.reject)

        change_row = QHBoxLayout()
        change_row.addWidget(self.status_change, 1)
        change_row.addWidget(self.change_button)
        form = QFormLayout()
        for text, field in ((translate("person.safeguarding", "Ca&tegory:"), self.category),
                            (translate("person.safeguarding", "&Raised with:"), self.raised_with),
                            (translate("person.safeguarding", "Raised &on:"), self.raised_on),
                            (translate("person.safeguarding", "Stat&us:"), self.status),
                            (translate("person.safeguarding", "&Note:"), self.note)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(records_label)
        layout.addWidget(self.records, 1)
        layout.addLayout(change_row)
        heading = QLabel(translate("person.safeguarding", "A new concern:"), self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(620, 520)
        self.load()

    def load(self) -> None:
        (self._runner.op(self._core.safeguarding.concerns, self.person_id).success(self._show)
         .failure(self._failed).owned_by(self).run())

    def _show(self, concerns: list[Any]) -> None:
        self.concerns = concerns
        self.records.clear()
        for c in concerns:
            item = QListWidgetItem(c.line + (f"\n{c.note}" if c.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.records.addItem(item)
        if concerns:
            self.records.setCurrentRow(0)
        else:
            self.records.addItem(QListWidgetItem(translate("person.safeguarding", "No safeguarding concern recorded.")))
        self.change_button.setEnabled(bool(concerns))
        self.status_change.setEnabled(bool(concerns))

    def add(self) -> None:
        try:
            raised_on = parse_date(self.raised_on.text())
        except ValueError as error:
            say(self.message, str(error))
            self.raised_on.setFocus()
            return
        (self._runner.op(self._core.safeguarding.add, self.person_id, category=self.category.currentData(),
                         raised_with=self.raised_with.currentData(), raised_on=raised_on,
                         status=self.status.currentData(), note=self.note.text())
         .success(self._added).failure(self._failed).owned_by(self).run())

    def _added(self, _changes: Changes) -> None:
        say(self.message, "")
        self.note.clear()
        self.raised_on.clear()
        self.load()

    def change_status(self) -> None:
        row = self.records.currentRow()
        if not 0 <= row < len(self.concerns):
            return
        (self._runner.op(self._core.safeguarding.update, self.concerns[row].id, status=self.status_change.currentData())
         .success(lambda _c: self.load()).failure(self._failed).owned_by(self).run())

    def _failed(self, error: BaseException) -> None:
        say_failure(self.message, self._runner, error, self)
