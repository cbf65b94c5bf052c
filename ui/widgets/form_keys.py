"""Ctrl+Enter saves, in every form: wherever the focus is in a dialog (a notes box included, where
Enter makes a new line), Ctrl+Enter presses the dialog's accepting button (Save, Close referral,
Write letters), as long as it is shown and enabled. Installed once on the application."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QDialogButtonBox, QWidget

ACCEPTING = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole,
             QDialogButtonBox.ButtonRole.ApplyRole)
KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def accepting_button(dialog: QDialog) -> QAbstractButton | None:
    """The button that saves the form: the first shown and enabled accepting button of its button boxes."""
    for box in dialog.findChildren(QDialogButtonBox):
        if box.window() is not dialog:  # a box of a dialog inside this one
            continue
        for button in box.buttons():
            if box.buttonRole(button) in ACCEPTING and button.isVisibleTo(dialog) and button.isEnabled():
                return button
    return None


class FormKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(watched, QWidget)
                and event.key() in KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            dialog = watched.window()
            if isinstance(dialog, QDialog):
                button = accepting_button(dialog)
                if button is not None:
                    button.click()
                    return True
        return False


def install(app: QApplication) -> FormKeys:
    """Ctrl+Enter in every dialog of ``app``; calling it again returns the filter already installed."""
    keys = app.findChild(FormKeys)
    if keys is None:
        keys = FormKeys(app)
        app.installEventFilter(keys)
    return keys
