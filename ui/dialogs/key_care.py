"""Looking after the key from the window: change the passphrase, show (and print) the recovery key,
rotate the database key with progress. The work is the core's (``core.keys``, ``core.rotate_key``), on the runner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import Linkwell
from app.errors import LinkwellError
from app.i18n import translate
from ui.runner import Runner
from ui.widgets.common import error_style



def recovery_warning() -> str:
    """What a recovery key lets anyone do, and how to keep it."""
    return translate(
        "dialogs.key_care",
        "With this recovery key and the database file, anyone can read every record. Print it or write "
        "it down, keep it locked away like the practice's other keys, and never email it or save it on "
        "this computer. It lets you in if the passphrase is forgotten or the key file is lost."
    )


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class _SentenceDialog(QDialog):
    def __init__(self, runner: Runner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("dialogs.key_care", "Message"))
        self.message.hide()

    def say(self, text: str, *, is_error: bool = False) -> None:
        self.message.setStyleSheet(error_style(self.message) if is_error else "")
        self.message.setProperty("is_error", is_error)
        self.message.setText(text)
        self.message.show()

    def failed(self, error: BaseException) -> None:
        self.set_busy(False)
        if isinstance(error, LinkwellError):
            self.say(str(error), is_error=True)
        else:
            self.message.hide()
            self.runner.report(error, self)

    def set_busy(self, busy: bool) -> None:
        for field in self.findChildren(QLineEdit):
            field.setEnabled(not busy)
        for box in self.findChildren(QDialogButtonBox):
            box.setEnabled(not busy)


class ChangePassphraseDialog(_SentenceDialog):
    """Old passphrase, new one twice. Re-wraps the key; the database itself is not rewritten."""

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.core = core
        self.setWindowTitle(translate("dialogs.key_care", "Change the passphrase"))
        self.setAccessibleName(translate("dialogs.key_care", "Change the passphrase"))
        self.old = _password_field(self, translate("dialogs.key_care", "Current passphrase"))
        self.new = _password_field(self, translate("dialogs.key_care", "New passphrase"))
        self.repeat = _password_field(self, translate("dialogs.key_care", "New passphrase again"))
        form = QFormLayout()
        form.addRow(translate("dialogs.key_care", "&Current passphrase:"), self.old)
        form.addRow(translate("dialogs.key_care", "&New passphrase:"), self.new)
        form.addRow(translate("dialogs.key_care", "New passphrase &again:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.change_button = self.buttons.addButton(translate("dialogs.key_care", "C&hange"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(translate("dialogs.key_care", "The database is not rewritten: only its key file changes. Back-ups already "
                                "taken keep the passphrase they were taken with."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if not self.old.text():
            self.say(translate("dialogs.key_care", "Type the current passphrase first."), is_error=True)
            return
        if self.new.text() != self.repeat.text():
            self.say(translate("dialogs.key_care", "The two new passphrases are not the same: type them again."), is_error=True)
            self.repeat.clear()
            return
        self.set_busy(True)
        self.say(translate("dialogs.key_care", "Changing the passphrase…"))
        (
            self.runner.op(self.core.keys.change_passphrase, self.old.text(), self.new.text())
            .success(lambda _none: self._changed())
            .failure(self.failed)
            .owned_by(self)
            .run()
        )

    def _changed(self) -> None:
        self.set_busy(False)
        for field in (self.old, self.new, self.repeat):
            field.clear()
        self.say(translate("dialogs.key_care", "The passphrase has been changed. Use the new one from now on."))
        super().accept()


class RecoveryKeyDialog(_SentenceDialog):
    """Shows the recovery key, with a warning, Copy and Print…."""

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.core = core
        self.print_dialog: QPrintDialog | None = None
        self.setWindowTitle(translate("dialogs.key_care", "Recovery key"))
        self.setAccessibleName(translate("dialogs.key_care", "Recovery key"))
        warning = QLabel(recovery_warning(), self)
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        self.code = QLineEdit(self)
        self.code.setReadOnly(True)
        self.code.setAccessibleName(translate("dialogs.key_care", "Recovery key"))
        self.code.setFont(QFont("monospace"))
        self.code.setMinimumWidth(72 * self.code.fontMetrics().averageCharWidth())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = self.buttons.addButton(translate("dialogs.key_care", "&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = self.buttons.addButton(translate("dialogs.key_care", "&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.ask_print)
        self.buttons.rejected.connect(self.reject)
        for button in (self.copy_button, self.print_button):
            button.setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (warning, self.code, self.message, self.buttons):
            layout.addWidget(widget)
        self.runner.op(self.core.keys.recovery_code, how="showed").success(self._show).failure(self.failed).owned_by(self).run()

    def _show(self, code: str) -> None:
        self.code.setText(code)
        for button in (self.copy_button, self.print_button):
            button.setEnabled(True)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.say(translate("dialogs.key_care", "Copied. Paste it only where you will print it, then clear it away."))

    def document(self) -> QTextDocument:
        document = QTextDocument(self)
        escaped = {ord("<"): "&lt;", ord(">"): "&gt;", ord("&"): "&amp;"}
        document.setHtml(
            translate("dialogs.key_care", "<h2>Linkwell recovery key</h2><p>For the database <b>{file}</b>.</p>").format(
                file=self.core.db.path.name.translate(escaped))
            + f"<p style='font-family: monospace; font-size: 16pt'>{self.code.text()}</p>"
            + f"<p>{recovery_warning().translate(escaped)}</p>"
            + translate("dialogs.key_care", "<p>To use it: <code>linkwell key recover --db DATABASE</code>, then choose a new "
                        "passphrase.</p>")
        )
        return document

    def print_to(self, printer: QPrinter) -> None:
        self.document().print_(printer)

    def ask_print(self) -> None:
        dialog = QPrintDialog(QPrinter(QPrinter.PrinterMode.HighResolution), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(dialog.printer()))
        self.print_dialog = dialog
        dialog.open()


class RotateKeyDialog(_SentenceDialog):
    """Re-encrypts the whole database under a new random key (SQLCipher rekey), with progress."""

    rotated = Signal()

    def __init__(
        self, core: Linkwell, runner: Runner, parent: QWidget | None = None, *, release: Callable[[], None] | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.core, self.release = core, release
        self.setWindowTitle(translate("dialogs.key_care", "Change the database key"))
        self.setAccessibleName(translate("dialogs.key_care", "Change the database key"))
        intro = QLabel(
            translate("dialogs.key_care", "Re-encrypts the whole database under a new key: do this if the recovery key or a copy "
                      "of the key file may have been seen by someone else. The old recovery key stops "
                      "working, so print the new one afterwards. Backups already taken stay under the old "
                      "key."),
            self,
        )
        intro.setWordWrap(True)
        self.passphrase = _password_field(self, translate("dialogs.key_care", "Passphrase"))
        form = QFormLayout()
        form.addRow(translate("dialogs.key_care", "&Passphrase:"), self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.rotate_button = self.buttons.addButton(translate("dialogs.key_care", "Change the &key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if not self.passphrase.text():
            self.say(translate("dialogs.key_care", "Type the passphrase first."), is_error=True)
            return
        self.set_busy(True)
        self.say(translate("dialogs.key_care", "Re-encrypting…"))
        (
            self.runner.op(self.core.rotate_key, self.passphrase.text(), release=self.release)
            .with_progress(translate("dialogs.key_care", "Re-encrypting the database under a new key…"))
            .success(lambda _none: self._done())
            .failure(self.failed)
            .owned_by(self)
            .run()
        )

    def _done(self) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.rotate_button.setEnabled(False)
        self.say(translate("dialogs.key_care", "The database is now encrypted under a new key. Print a new recovery key: the "
                           "old one no longer works."))
        self.rotated.emit()
