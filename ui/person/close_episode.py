"""Close a referral with a reason (and a note), from the reasons in resources/."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, Linkwell
from ui.widgets.common import message_label, reference, say, say_failure
from ui.runner import Runner


class CloseEpisodeDialog(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner, self.episode_id = core, runner, episode_id
        self.changes: Changes | None = None
        self.setWindowTitle("Close the referral")
        self.setAccessibleName("Close the referral")
        self.reason = QComboBox(self)
        self.reason.setAccessibleName("Reason for closing")
        self.reason.addItem("Choose a reason…", None)
        for code, label in reference("closure_reasons").items():
            self.reason.addItem(label, code)
        self.note = QLineEdit(self)
        self.note.setAccessibleName("Closing note")
        self.message = message_label(self, "Closing message")
        form = QFormLayout()
        for text, field in (("&Reason:", self.reason), ("&Note:", self.note)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton("&Close referral", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setAccessibleName("Close the referral")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def accept(self) -> None:
        reason = self.reason.currentData()
        if not reason:
            say(self.message, "Choose why the referral is closing.")
            self.reason.setFocus()
            return
        (self._runner.op(self._core.caseload.move_episode, self.episode_id, "closed", closure_reason=reason,
                         note=self.note.text().strip())
         .success(self._saved).failure(self._failed).owned_by(self).run())

    def _saved(self, changes: Changes) -> None:
        self.changes = changes
        super().accept()

    def _failed(self, error: BaseException) -> None:
        say_failure(self.message, self._runner, error, self)
