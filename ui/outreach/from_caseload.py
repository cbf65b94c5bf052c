"""A new outreach list of people on the caseload, chosen by the caseload's own filters (status of their current
referral, a reason they were referred for, their practice, open referrals only); made on the runner by
``core.outreach.build_from_caseload``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, Linkwell
from app.domain.status import EPISODE_LABELS
from app.errors import LinkwellError
from app.i18n import translate
from ui.runner import Runner
from ui.widgets.common import reference


class FromCaseloadDialog(QDialog):
    created = Signal(object)  # Changes, created_id the new list

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.runner = core, runner
        self.setWindowTitle(translate("outreach.from_caseload", "A new list from the caseload"))
        self.setAccessibleName(translate("outreach.from_caseload", "A new outreach list from the caseload"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setAccessibleName(translate("outreach.from_caseload", "The list's name"))
        form.addRow(translate("outreach.from_caseload", "&Name:"), self.name)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(translate("outreach.from_caseload", "Why these people"))
        form.addRow(translate("outreach.from_caseload", "&Why these people:"), self.reason)
        self.status = QComboBox(self)
        self.status.setAccessibleName(translate("outreach.from_caseload", "Status of their current referral"))
        self.status.addItem(translate("outreach.from_caseload", "Any status"), None)
        for status, label in EPISODE_LABELS.items():
            self.status.addItem(label, status.value)
        form.addRow(translate("outreach.from_caseload", "&Status:"), self.status)
        self.need = QComboBox(self)
        self.need.setAccessibleName(translate("outreach.from_caseload", "Referred for"))
        self.need.addItem(translate("outreach.from_caseload", "Any reason"), None)
        for code, words in reference("referral_reasons").items():
            self.need.addItem(words, code)
        form.addRow(translate("outreach.from_caseload", "&Referred for:"), self.need)
        self.practice = QComboBox(self)
        self.practice.setAccessibleName(translate("outreach.from_caseload", "Practice"))
        self.practice.addItem(translate("outreach.from_caseload", "Any practice"), None)
        form.addRow(translate("outreach.from_caseload", "&Practice:"), self.practice)
        self.open_only = QCheckBox(translate("outreach.from_caseload", "&Only people with an open referral"), self)
        self.open_only.setAccessibleName(translate("outreach.from_caseload", "Only people with an open referral"))
        form.addRow("", self.open_only)
        layout.addLayout(form)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(translate("outreach.from_caseload", "Why the list could not be made"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(translate("outreach.from_caseload", "Cancel"))
        self.make = QPushButton(translate("outreach.from_caseload", "&Make the list"), self)
        self.make.setAccessibleName(translate("outreach.from_caseload", "Make the list"))
        self.make.setDefault(True)
        buttons.addButton(self.make, QDialogButtonBox.ButtonRole.AcceptRole)
        self.make.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.runner.op(self.core.caseload.practice_choices).success(self._practices).owned_by(self).run()

    def _practices(self, choices: list[tuple[str, str]]) -> None:
        for practice_id, name in choices:
            self.practice.addItem(name, practice_id)

    def submit(self) -> None:
        self.make.setEnabled(False)
        self.message.setText("")
        self.runner.op(self.core.outreach.build_from_caseload, self.name.text(), self.reason.text(),
                       status=self.status.currentData(), reason_code=self.need.currentData(),
                       practice_id=self.practice.currentData(), open_only=self.open_only.isChecked()) \
            .success(self._made).failure(self._refused).owned_by(self).run()

    def _made(self, changes: Changes) -> None:
        self.created.emit(changes)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.make.setEnabled(True)
        if isinstance(error, LinkwellError):
            self.message.setText(str(error))
        else:
            self.runner.report(error, self)
