"""A tree whose long text wraps onto more lines instead of ending in "…": a contact's notes or a long
question are read whole where they are, at any window width and text size."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget, QWidget

PAD = 8  # the style's margins around a cell's text, roughly, in pixels


class _Wrapping(QStyledItemDelegate):
    """Row heights from the text wrapped at the column's width (Qt's own hint assumes one line)."""

    def __init__(self, tree: WrappingTree) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        tree = self._tree
        spanned = index.column() == 0 and tree.isFirstColumnSpanned(index.row(), index.parent())
        width = tree.viewport().width() if spanned else tree.header().sectionSize(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text or width <= 2 * PAD:
            return hint
        metrics = option.fontMetrics
        needed = metrics.boundingRect(QRect(0, 0, width - 2 * PAD, 100_000), Qt.TextFlag.TextWordWrap, text).height()
        extra = needed - metrics.height()  # the lines beyond the first, which Qt's hint already holds
        return QSize(hint.width(), hint.height() + extra) if extra > 0 else hint


class WrappingTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_Wrapping(self))
        self.header().sectionResized.connect(lambda *_: self.doItemsLayout())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()  # row heights follow the new column widths

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.doItemsLayout()  # filled while hidden (another tab): lay out at the width it has now
