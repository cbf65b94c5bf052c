"""The quick outcome form: what came of a call to one person on an outreach list, by keyboard alone.

Each outcome is a choice with its own letter (Alt+N no answer, Alt+S spoke, Alt+O support offered, Alt+R
referral opened, Alt+D declined, Alt+W wrong number, Alt+I died, Alt+M moved away); only the fields that go
with the chosen outcome are open; Enter saves, Escape closes without saving.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import CallRow, Changes, Linkwell
from app.i18n import translate
from ui.runner import Runner
from ui.widgets.common import reference



def choices() -> tuple[tuple[str, str], ...]:
    """Outcome -> its label with the letter that chooses it (Alt+letter), in the order shown."""
    return (
        ("no_answer", translate("outreach.outcome_form", "&No answer")), ("spoke", translate("outreach.outcome_form", "&Spoke to them")), ("support_offered", translate("outreach.outcome_form", "Support &offered")),
        ("referral_opened", translate("outreach.outcome_form", "&Referral opened")), ("declined", translate("outreach.outcome_form", "&Declined")),
        ("wrong_number", translate("outreach.outcome_form", "&Wrong number")), ("died", translate("outreach.outcome_form", "D&ied")), ("moved", translate("outreach.outcome_form", "&Moved away")),
    )
_NEEDS = {"spoke", "support_offered", "referral_opened"}


class OutcomeForm(QDialog):
    recorded = Signal(object)  # Changes

    def __init__(self, core: Linkwell, runner: Runner, row: CallRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner, self.row = core, runner, row
        self.setWindowTitle(translate("outreach.outcome_form", "Call to {name}").format(name=row.name))
        self.setAccessibleName(translate("outreach.outcome_form", "What came of the call to {name}").format(name=row.name))
        layout = QVBoxLayout(self)
        heading = QLabel(f"{row.name}: {row.phone}" if row.phone else translate("outreach.outcome_form", "{name}: no phone").format(name=row.name), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a name is text, never markup
        heading.setAccessibleName(translate("outreach.outcome_form", "Who you are calling"))
        layout.addWidget(heading)
        self.warning = QLabel(core.outreach.called_today(row), self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setAccessibleName(translate("outreach.outcome_form", "Already called today"))
        self.warning.setStyleSheet("color: #7a4b00; font-weight: bold;")
        self.warning.setVisible(bool(self.warning.text()))
        layout.addWidget(self.warning)

        box = QGroupBox(translate("outreach.outcome_form", "What happened"), self)
        box.setAccessibleName(translate("outreach.outcome_form", "What happened"))
        grid = QGridLayout(box)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.outcomes = choices()
        for n, (key, label) in enumerate(self.outcomes):
            button = QRadioButton(label, box)
            button.setAccessibleName(label.replace("&", ""))
            self.group.addButton(button, n)
            self.buttons[key] = button
            grid.addWidget(button, n % 4, n // 4)
        layout.addWidget(box)

        form = QFormLayout()
        self.retry = QSpinBox(self)
        self.retry.setRange(0, 90)
        self.retry.setValue(2)
        self.retry.setSuffix(translate("outreach.outcome_form", " days"))
        self.retry.setAccessibleName(translate("outreach.outcome_form", "Try again in this many days"))
        form.addRow(translate("outreach.outcome_form", "Try a&gain in:"), self.retry)
        self.needs = QListWidget(self)
        self.needs.setAccessibleName(translate("outreach.outcome_form", "What they need"))
        for code, words in reference("referral_reasons").items():
            item = QListWidgetItem(words, self.needs)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.needs.setMaximumHeight(self.needs.sizeHintForRow(0) * 6 + 8)
        form.addRow(translate("outreach.outcome_form", "What they n&eed (Space ticks):"), self.needs)
        self.service = QComboBox(self)
        self.service.setAccessibleName(translate("outreach.outcome_form", "Service offered"))
        self.service.addItem(translate("outreach.outcome_form", "No service: a letter only"), None)
        form.addRow(translate("outreach.outcome_form", "Ser&vice offered:"), self.service)
        self.letter = QCheckBox(translate("outreach.outcome_form", "&Letter with support near them"), self)
        self.letter.setAccessibleName(translate("outreach.outcome_form", "Letter with support near them"))
        form.addRow("", self.letter)
        self.source = QComboBox(self)
        self.source.setAccessibleName(translate("outreach.outcome_form", "Where the referral came from"))
        self.source.addItem(translate("outreach.outcome_form", "Proactive outreach"), "outreach")
        self.source.addItem(translate("outreach.outcome_form", "The person themselves (self-referral)"), "self")
        form.addRow(translate("outreach.outcome_form", "Referral &from:"), self.source)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(translate("outreach.outcome_form", "Note"))
        form.addRow(translate("outreach.outcome_form", "No&te:"), self.note)
        layout.addLayout(form)

        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(translate("outreach.outcome_form", "Why it could not be saved"))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(translate("outreach.outcome_form", "Cancel"))
        self.save = QPushButton(translate("outreach.outcome_form", "Save"), self)
        self.save.setAccessibleName(translate("outreach.outcome_form", "Save the outcome"))
        self.save.setDefault(True)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.group.idToggled.connect(lambda _id, _on: self._enable())
        self.buttons["no_answer"].setChecked(True)
        self.buttons["no_answer"].setFocus()
        self._enable()
        self.runner.op(self._services).success(self._fill_services).owned_by(self).run()

    def _services(self) -> list[tuple[str, str]]:
        """Open services with room, to offer (read on the worker)."""
        hits = self.core.directory.search("", limit=500, status="active")
        return [(h.id, f"{h.name} ({h.area})" if h.area else h.name) for h in hits if h.capacity == "has capacity"]

    def _fill_services(self, services: list[tuple[str, str]]) -> None:
        for service_id, label in sorted(services, key=lambda s: s[1].casefold()):
            self.service.addItem(label, service_id)

    def outcome(self) -> str:
        return self.outcomes[self.group.checkedId()][0]

    def choose(self, outcome: str) -> None:
        self.buttons[outcome].setChecked(True)

    def _enable(self) -> None:
        outcome = self.outcome()
        self.retry.setEnabled(outcome == "no_answer")
        self.needs.setEnabled(outcome in _NEEDS)
        self.service.setEnabled(outcome == "support_offered")
        self.letter.setEnabled(outcome == "support_offered")
        self.source.setEnabled(outcome == "referral_opened")

    def chosen_needs(self) -> list[str]:
        return [self.needs.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.needs.count())
                if self.needs.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        outcome = self.outcome()
        options: dict[str, object] = {"note": self.note.text()}
        if outcome == "no_answer":
            options["retry_in_days"] = self.retry.value()
        if outcome in _NEEDS:
            options["needs"] = self.chosen_needs()
        if outcome == "support_offered":
            options["service_id"] = self.service.currentData()
            options["letter"] = self.letter.isChecked()
        if outcome == "referral_opened":
            options["referral_source"] = self.source.currentData()
        self.save.setEnabled(False)
        self.runner.op(self.core.outreach.record, self.row.id, outcome, **options).success(
            self._saved).failure(self._refused).owned_by(self).run()

    def _saved(self, changes: Changes) -> None:
        self.recorded.emit(changes)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save.setEnabled(True)
        from app.errors import LinkwellError

        if isinstance(error, LinkwellError):
            self.problem.setText(str(error))
            return
        self.runner.report(error, self)
