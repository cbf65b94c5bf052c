"""No value changes under a passing scroll wheel.

A person scrolling a long form must never change a capacity, a date or a number on the way: a combo
box, spin box or date field takes the wheel only once it has focus (by a click or Tab). Until then
the wheel goes on to the form around it, which scrolls. Installed once on the application, so every
window and dialog has it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit and QDateTimeEdit are spin boxes


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if isinstance(watched, GUARDED):
            if kind == QEvent.Type.Polish and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel does not give focus
            elif kind == QEvent.Type.Wheel and not _focused(watched):
                event.ignore()  # Qt offers an ignored wheel event to the parents: the form scrolls
                return True
        return False


def _focused(widget: QWidget) -> bool:
    return widget.hasFocus() or (widget.view().isVisible() if isinstance(widget, QComboBox) else False)


def install(app: QApplication) -> WheelGuard:
    """Guard every window of ``app``; calling it again returns the guard already installed."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
