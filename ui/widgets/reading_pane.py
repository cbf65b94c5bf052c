"""A reading pane: the whole text of the row chosen in a list, wrapped, to read and copy but not to
change. Lists keep one short line per row; the pane under them holds what a row cannot (a long
contact note, an audit event's full sentence), at any window width and text size."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QPlainTextEdit, QWidget

LINES = 4  # how many lines it asks room for; longer text scrolls inside it


class ReadingPane(QPlainTextEdit):
    def __init__(self, name: str, parent: QWidget | None = None, *, empty: str = "") -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)  # Tab moves on, as from any read-only box
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._empty = empty
        self.setPlaceholderText(empty)
        self.view: QAbstractItemView | None = None  # the list it reads for, and the column it holds whole
        self.column = -1

    def holds_whole(self, view: QAbstractItemView, column: int) -> None:
        """Say which list's chosen row this pane reads, and which column of it the pane shows whole (that
        column may be cut in the list; the 200% check in tests/ui/test_large_font.py lets it off)."""
        self.view, self.column = view, column

    def show_text(self, text: str, *, empty: str | None = None) -> None:
        """Show ``text`` whole from its first line; ``empty`` says why there is none, if not the usual."""
        self.setPlaceholderText(self._empty if empty is None else empty)
        self.setPlainText(text)
        self.verticalScrollBar().setValue(0)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = LINES * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin())
        return QSize(super().sizeHint().width(), height + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = 2 * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin())
        return QSize(super().minimumSizeHint().width(), height + margins.top() + margins.bottom())
