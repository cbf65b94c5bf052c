"""Close a referral with a reason (and a note), from the reasons in resources/, leaving nothing hanging:
each connection still open is listed with a choice of what became of it, and closing measures not yet
recorded are named, with a way to record them first. Everything is saved in one step or not at all."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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

from app.core import Changes, ClosingCheck, Linkwell
from app.errors import LinkwellError
from app.i18n import translate
from ui.runner import Runner
from ui.widgets.common import error_style, reference


class CloseEpisodeDialog(QDialog):
    measures_first = Signal()  # the worker chose to record the closing measures before closing

    def __init__(self, core: Linkwell, runner: Runner, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner, self.episode_id = core, runner, episode_id
        self.changes: Changes | None = None
        self.check: ClosingCheck | None = None
        self.endings: dict[str, QComboBox] = {}  # connection id -> what became of it
        self.services: dict[str, str] = {}  # connection id -> the service's name
        self.setWindowTitle(translate("person.close_episode", "Close the referral"))
        self.setAccessibleName(translate("person.close_episode", "Close the referral"))
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(translate("person.close_episode", "Reason for closing"))
        self.reason.addItem(translate("person.close_episode", "Choose a reason…"), None)
        for code, label in reference("closure_reasons").items():
            self.reason.addItem(label, code)
        self.reason.currentIndexChanged.connect(lambda _i: self._say(""))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(translate("person.close_episode", "Closing note"))
        self.form = QFormLayout()
        for text, field in ((translate("person.close_episode", "&Reason:"), self.reason), (translate("person.close_episode", "&Note:"), self.note)):
            label = QLabel(text, self)
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.measures_note = QLabel(self)
        self.measures_note.setAccessibleName(translate("person.close_episode", "Closing measures"))
        self.measures_note.setWordWrap(True)
        self.measures_note.hide()
        self.measures_button = QPushButton(translate("person.close_episode", "Record closing &measures first"), self)
        self.measures_button.setAccessibleName(translate("person.close_episode", "Record the closing measures first"))
        self.measures_button.clicked.connect(self._measures_first)
        self.measures_button.hide()
        # Always there and a line or two high, so a sentence appearing never moves the buttons.
        self.message = QLabel(self)
        self.message.setAccessibleName(translate("person.close_episode", "Closing message"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style(self.message))
        self.message.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(translate("person.close_episode", "&Close referral"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setAccessibleName(translate("person.close_episode", "Close the referral"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("person.close_episode", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.measures_note)
        layout.addWidget(self.measures_button)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason.setFocus()
        self.setMinimumWidth(60 * self.fontMetrics().averageCharWidth())
        self._runner.op(self._core.caseload.closing_check, episode_id).success(self.show_check).failure(
            self._failed).owned_by(self).run()

    def show_check(self, check: ClosingCheck) -> None:
        self.check = check
        if check.open_connections:
            heading = QLabel(translate("person.close_episode", "Still open. Say what became of each:"), self)
            heading.setWordWrap(True)
            self.form.addRow(heading)
        statuses = reference("connection_statuses")
        for c in check.open_connections:
            box = QComboBox(self)
            box.setAccessibleName(translate("person.close_episode", "What became of {service}").format(service=c.service))
            box.addItem(translate("person.close_episode", "Choose…"), None)
            for key, words in c.endings:
                box.addItem(words, key)
            box.currentIndexChanged.connect(lambda _i: self._say(""))
            self.endings[c.id], self.services[c.id] = box, c.service
            said = translate("person.close_episode", "{service} ({status}):").format(
                service=c.service, status=statuses.get(c.status, c.status).lower())
            label = QLabel(said, self)  # a service's name runs long: its own line, wrapped, above its box
            label.setWordWrap(True)
            label.setBuddy(box)
            self.form.addRow(label)
            self.form.addRow(box)
        chain = [self.note, *self.endings.values(), self.measures_button, self.close_button]
        for before, after in pairwise(chain):  # Tab from the note reaches each open connection's box
            QWidget.setTabOrder(before, after)
        if check.measures_due:
            names = ", ".join(check.measures_due)
            self.measures_note.setText(translate("person.close_episode", "Closing measures not recorded yet: {names}. "
                                                 "Recording them now shows the change since the start in the report.")
                                       .format(names=names))
            self.measures_note.show()
            self.measures_button.show()
        self.adjustSize()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _measures_first(self) -> None:
        self.measures_first.emit()
        self.reject()

    def accept(self) -> None:
        reason = self.reason.currentData()
        if not reason:
            self._say(translate("person.close_episode", "Choose why the referral is closing."))
            self.reason.setFocus()
            return
        missing = next((cid for cid, box in self.endings.items() if box.currentData() is None), None)
        if missing is not None:
            self._say(translate("person.close_episode", "Say what became of each open connection: {service} is "
                                "still open.").format(service=self.services[missing]))
            self.endings[missing].setFocus()
            return
        endings = {cid: str(box.currentData()) for cid, box in self.endings.items()}
        (self._runner.op(self._core.caseload.close_referral, self.episode_id, reason=reason,
                         note=self.note.text().strip(), endings=endings)
         .success(self._saved).failure(self._failed).owned_by(self).run())

    def _saved(self, changes: Changes) -> None:
        self.changes = changes
        super().accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, LinkwellError):
            self._say(str(error))
        else:
            self._runner.report(error, self)
