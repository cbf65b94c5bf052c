"""One date-and-time field: type "20/11 14:30" or "today 2pm"; Tab leaves it in one step. Under it, the
moment it was read as, in words ("Fri 20-Nov-2026 14:30"), or what to type instead."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app import clock
from app.domain.when import format_when, help_text, parse_when, say_when
from app.errors import InvalidInput
from app.i18n import translate
from ui.widgets.common import error_style


def local_now() -> datetime:
    """The app clock's now, as the wall-clock time the person sees."""
    return clock.now().astimezone().replace(tzinfo=None, second=0, microsecond=0)


class WhenEdit(QWidget):
    changed = Signal()

    def __init__(self, value: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = value or local_now()
        self.edit = QLineEdit(format_when(self._value), self)
        self.edit.setToolTip(help_text())
        self.reading = QLabel(say_when(self._value), self)
        self.reading.setAccessibleName(translate("widgets.when_edit", "When, as read"))
        self.reading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.edit)
        layout.addWidget(self.reading)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.edit.setAccessibleDescription(help_text())

    def value(self) -> datetime:
        """The moment typed; InvalidInput (a sentence) if it cannot be read."""
        return parse_when(self.edit.text(), now=local_now(), keep=self._value)

    def set_value(self, value: datetime) -> None:
        self._value = value
        self.edit.setText(format_when(value))

    def _typed(self, _text: str) -> None:
        try:
            self.reading.setText(say_when(self.value()))
            self.reading.setStyleSheet("")
        except InvalidInput as error:
            self.reading.setText(str(error))
            self.reading.setStyleSheet(error_style(self.reading))
        self.changed.emit()

    def _tidy(self) -> None:
        """On leaving: "today 2pm" becomes 04/12/2026 14:00, so what is kept is what is seen."""
        try:
            self._value = self.value()
        except InvalidInput:
            return
        self.edit.setText(format_when(self._value))
