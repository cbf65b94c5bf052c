"""Asks for the passphrase and unlocks the database on the runner, so the window stays responsive
while the key is derived (after Picard's ``passworddialog``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core import Database
from app.errors import LinkwellError
from app.i18n import translate
from ui.opening import open_db
from ui.runner import Runner
from ui.widgets.common import error_style



class UnlockDialog(QDialog):
    """``exec()`` or ``open()`` it; on ``accepted``, ``database`` is the unlocked database."""

    def __init__(
        self,
        db_path: Path,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        demo: bool = False,
        error: str = "",
    ) -> None:
        super().__init__(parent)
        self._path, self._runner, self._demo = Path(db_path), runner, demo
        self.database: Database | None = None
        self.setWindowTitle(translate("dialogs.unlock", "Unlock Linkwell"))
        self.setAccessibleName(translate("dialogs.unlock", "Unlock the database"))

        locked = translate("dialogs.unlock", "{file} is locked. Type its passphrase to open it.")
        intro = QLabel(locked.format(file=self._path.name), self)
        intro.setWordWrap(True)
        label = QLabel(translate("dialogs.unlock", "&Passphrase:"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("dialogs.unlock", "Passphrase"))
        label.setBuddy(self.passphrase)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("dialogs.unlock", "Unlock message"))
        self.message.hide()

        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            translate("dialogs.unlock", "&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setAccessibleName(translate("dialogs.unlock", "Unlock"))
        self.unlock_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("dialogs.unlock", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(lambda text: self.unlock_button.setEnabled(bool(text)))
        self.unlock_button.setEnabled(False)

        layout = QVBoxLayout(self)
        for widget in (intro, label, self.passphrase, self.message, self.buttons):
            layout.addWidget(widget)
        if error:
            self._show_message(error, is_error=True)
        self.passphrase.setFocus()

    @property
    def busy(self) -> bool:
        return not self.passphrase.isEnabled()

    def accept(self) -> None:
        """Unlock on the worker; the dialog closes only when the database is open."""
        if self.busy or not self.passphrase.text():
            return
        self._set_busy(True)
        self._show_message(translate("dialogs.unlock", "Unlocking…"), is_error=False)
        (
            self._runner.op(open_db, self._path, passphrase=self.passphrase.text(), demo=self._demo)
            .success(self._unlocked)
            .failure(self._failed)
            .owned_by(self)
            .run()
        )

    def reject(self) -> None:
        if not self.busy:  # an unlock in flight finishes first
            super().reject()

    def _unlocked(self, db: Database) -> None:
        self.database = db
        self._set_busy(False)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, LinkwellError):
            self.message.hide()
            self._runner.report(error, self)
            return
        self._show_message(str(error), is_error=True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def _show_message(self, text: str, *, is_error: bool) -> None:
        self.message.setStyleSheet(error_style(self.message) if is_error else "")
        self.message.setText(text)
        self.message.setProperty("is_error", is_error)
        self.message.show()
