"""The window of a community connector's Linkwell (issue 16 item 4): the service directory (search, the
verification worklist, unmet needs) and waiting-room capture, with no caseload, person record or report.
The title says which profile is open. A capture is handed to the core (``Linkwell.hand_in``) and held for a
link worker; nothing here reads it back (the core refuses: ``app.services.profile``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, Linkwell
from app.i18n import translate
from ui.directory.window import DirectoryWindow
from ui.runner import Runner
from ui.widgets.common import message_label, say, say_failure



def title() -> str:
    return translate("connector", "Linkwell — community connector")


def _no_person(_person_id: str) -> None:
    """A connector opens no one's record."""


class ConnectorWindow(DirectoryWindow):
    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(core, runner, _no_person, parent)
        self.setWindowTitle(title())
        self.setAccessibleName(translate("connector", "Linkwell for a community connector"))
        self.capture_action = QAction(translate("connector", "&Waiting-room capture…"), self)
        self.capture_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.capture_action.setStatusTip(
            translate("connector", "Hand a person's details to a link worker: held for them, not kept here"))
        self.capture_action.triggered.connect(self.capture)
        menu = self.menuBar().addMenu(translate("connector", "&Capture"))
        menu.addAction(self.capture_action)
        self.addAction(self.capture_action)
        self.handed_in = QLabel(self)
        self.handed_in.setAccessibleName(translate("connector", "Captures handed in"))
        self.statusBar().addPermanentWidget(self.handed_in, 1)
        self.last_dialog: CaptureDialog | None = None
        self.captures = 0

    def load(self) -> None:
        """What the lock's reload asks of a window: the directory has nothing of people's to reload."""

    def fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(self.size().boundedTo(screen.size() * 0.9))

    def capture(self) -> None:
        dialog = CaptureDialog(self._core_for_capture, self._runner, self)
        dialog.accepted.connect(self._handed_in)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.last_dialog = dialog
        dialog.open()

    @property
    def _core_for_capture(self) -> Linkwell:
        return self.core

    def _handed_in(self) -> None:
        self.captures += 1
        self.handed_in.setText(
            translate("connector", "1 capture handed in for a link worker this session.") if self.captures == 1
            else translate("connector", "{count} captures handed in for a link worker this session.").format(
                count=self.captures))


class CaptureDialog(QDialog):
    """Name, how to reach them, what matters: handed in, then cleared; nothing of it stays on screen."""

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner = core, runner
        self.setWindowTitle(translate("connector", "Waiting-room capture"))
        self.setAccessibleName(translate("connector", "Waiting-room capture"))
        self.given = QLineEdit(self)
        self.given.setAccessibleName(translate("connector", "First name"))
        self.family = QLineEdit(self)
        self.family.setAccessibleName(translate("connector", "Last name"))
        self.reach = QLineEdit(self)
        self.reach.setAccessibleName(translate("connector", "Phone or email"))
        self.matters = QLineEdit(self)
        self.matters.setAccessibleName(translate("connector", "What matters to them"))
        self.consent = QCheckBox(translate("connector", "They agree a link worker may &contact them"), self)
        self.consent.setAccessibleName(translate("connector", "They agree a link worker may contact them"))
        self.message = message_label(self, translate("connector", "Capture message"))
        note = QLabel(translate("connector", "Handed to a link worker when you save: it cannot be read back on this laptop."),
                      self)
        note.setWordWrap(True)
        form = QFormLayout()
        for text, field in ((translate("connector", "&First name:"), self.given),
                            (translate("connector", "&Last name:"), self.family),
                            (translate("connector", "&Phone or email:"), self.reach),
                            (translate("connector", "What &matters:"), self.matters)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.consent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("connector", "&Hand in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("connector", "Ca&ncel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.given.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if not self.given.text().strip() or not self.family.text().strip():
            say(self.message, translate("connector", "Type a first name and a last name."))
            (self.given if not self.given.text().strip() else self.family).setFocus()
            return
        (self._runner.op(self._core.hand_in, given_name=self.given.text(), family_name=self.family.text(),
                         reach=self.reach.text(), what_matters=self.matters.text(),
                         consent=self.consent.isChecked())
         .success(self._done).failure(lambda e: say_failure(self.message, self._runner, e, self))
         .owned_by(self).run())

    def _done(self, _changes: Changes) -> None:
        for edit in (self.given, self.family, self.reach, self.matters):
            edit.clear()
        super().accept()
