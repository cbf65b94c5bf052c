"""The audit trail: who looked at, changed, exported, printed, imported or erased what, and when.

Search by a person's name or NHS number and filter by action, check the hash chain ("Verify the trail"), and export CSV, so a
practice can answer "who looked at this record?". Reads go through the runner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import LinkwellError
from app.core import ACTIONS, AuditLine, Linkwell, Verification
from ui.models.audit_model import AuditModel
from ui.runner import Runner

ALL_ACTIONS = "All actions"
ERROR_COLOUR = "#b00020"


def fetch(core: Linkwell, who: str, action: str | None) -> list[AuditLine]:
    """On the runner: the events as sentences, newest first; ``who`` a person's name or NHS number."""
    return core.audit.lines(who=who, action=action)


def export(core: Linkwell, path: Path, who: str = "") -> int:
    """On the runner: write the trail (or the events about whom was searched) as CSV; how many."""
    return core.audit.write_csv(path, who=who)


def verdict(result: Verification) -> str:
    """The result of a check, as a sentence."""
    events = "1 event" if result.events == 1 else f"{result.events:,} events"
    if result.ok:
        return f"The trail is intact: all {events} are in order, and none has been removed or altered."
    return "The trail has been tampered with. " + " ".join(result.problems)


class AuditLogDialog(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None, *, who: str = "") -> None:
        super().__init__(parent)
        self.core, self.runner = core, runner
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle("Audit trail")
        self.setAccessibleName("Audit trail")

        self.person = QLineEdit(who, self)
        self.person.setPlaceholderText("anyone: type a name or an NHS number")
        self.person.setAccessibleName("Person's name or NHS number")
        person_label = QLabel("&Person:", self)
        person_label.setBuddy(self.person)
        self.action = QComboBox(self)
        self.action.addItems([ALL_ACTIONS, *ACTIONS])
        self.action.setAccessibleName("Action")
        action_label = QLabel("&Action:", self)
        action_label.setBuddy(self.action)
        self.show_button = QPushButton("&Show", self)
        self.show_button.setAutoDefault(False)
        self.person.returnPressed.connect(self.refresh)
        self.show_button.clicked.connect(self.refresh)
        self.action.currentIndexChanged.connect(lambda _i: self.refresh())
        filters = QHBoxLayout()
        for widget in (person_label, self.person, action_label, self.action, self.show_button):
            filters.addWidget(widget)

        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Audit events, newest first")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Audit message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verify_button = QPushButton("&Verify the trail", self)
        self.export_button = QPushButton("&Export CSV…", self)
        self.verify_button.setAutoDefault(False)
        self.export_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.ask_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(110 * width, 40 * self.fontMetrics().height())
        self.refresh()

    def say(self, text: str, *, is_error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if is_error else "")
        self.message.setProperty("is_error", is_error)
        self.message.setText(text)

    def refresh(self) -> None:
        action = self.action.currentText()
        (
            self.runner.op(fetch, self.core, self.person.text().strip(), None if action == ALL_ACTIONS else action)
            .success(self._show)
            .failure(self._failed)
            .owned_by(self)
            .run()
        )

    def _show(self, events: list[AuditLine]) -> None:
        self.model.set_events(events)
        who = self.person.text().strip()
        if not events and who:
            self.say(f"Nothing in the trail is about anyone called or numbered '{who}'.")
            return
        shown = "1 event" if len(events) == 1 else f"{len(events):,} events"
        self.say(f"{shown}, newest first.")

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, LinkwellError):
            self.say(str(error), is_error=True)
        else:
            self.runner.report(error, self)

    def verify(self) -> None:
        self.say("Checking every event in the trail…")
        (
            self.runner.op(lambda: self.core.audit.verify())
            .success(lambda result: self.say(verdict(result), is_error=not result.ok))
            .failure(self._failed)
            .owned_by(self)
            .run()
        )

    def ask_export(self) -> None:
        person = self.person.text().strip()
        dialog = QFileDialog(self, "Export the audit trail", str(self.core.db.path.parent / "audit.csv"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("CSV files (*.csv)")
        dialog.setDefaultSuffix("csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name), person))
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path, person: str = "") -> None:
        self.file_dialog = None
        (
            self.runner.op(export, self.core, path, person)
            .success(lambda count: self.say(f"Wrote {count:,} audit events to {path}."))
            .failure(self._failed)
            .owned_by(self)
            .run()
        )
