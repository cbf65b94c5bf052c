"""Service hits in a list: a delegate that paints name, organisation, when and where, and the
badges, and the list view that uses it. The model is ``ui.models.hits_model.HitsModel``.

A badge is a word in a pill (``full``, ``stale``, ``temporarily closed``): the word is the signal and
the colour only helps, so it reads the same in grey.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.core import ServiceHit
from ui.models.hits_model import HIT_ROLE, Index, badge_label, checked

# Fixed pill colours with dark text: the same in light and dark themes. Red for closed, amber for
# capacity, grey-blue for freshness and notices.
BADGE_COLOURS = {
    "temporarily closed": "#f7c1c1", "inactive": "#f7c1c1", "defunct": "#f7c1c1", "full": "#f7c1c1",
    "waiting list": "#ffe2a8", "stale": "#d7dde8", "alert": "#ffe2a8", "not in feed": "#d7dde8",
}
BADGE_TEXT = "#1a1a1a"


def second_line(hit: ServiceHit, *, with_check: bool = False) -> str:
    parts = (checked(hit) if with_check else "", hit.organisation, hit.when, hit.where)
    return "  ·  ".join(p for p in parts if p)


class HitDelegate(QStyledItemDelegate):
    """Two lines of text and a row of badges; heights follow the font (200% holds). ``with_check``
    starts the second line with when the service was last checked (the worklist)."""

    def __init__(self, parent: QWidget | None = None, *, with_check: bool = False) -> None:
        super().__init__(parent)
        self.with_check = with_check

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 6.0))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        bold, small = self._fonts(option)
        line, pill = QFontMetrics(bold).height(), QFontMetrics(small).height()
        hit = index.data(HIT_ROLE)
        rows = 2 + (1 if hit is not None and hit.badges else 0)
        return QSize(40 * QFontMetrics(option.font).averageCharWidth(), rows * line + (pill // 2 if rows > 2 else 0) + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit: ServiceHit | None = index.data(HIT_ROLE)
        if hit is None:
            return super().paint(painter, option, index)
        painter.save()
        style = option.widget.style() if option.widget else None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if style is not None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role)
        bold, small = self._fonts(option)
        rect = option.rect.adjusted(6, 4, -6, -4)
        line = QFontMetrics(bold).height()
        painter.setPen(colour)
        painter.setFont(bold)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(bold).elidedText(hit.name, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(option.font)
        metrics = QFontMetrics(option.font)
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(second_line(hit, with_check=self.with_check), Qt.TextElideMode.ElideRight, rect.width()))
        x, top = rect.left(), rect.top() + 2 * line + 2
        painter.setFont(small)
        pill_metrics = QFontMetrics(small)
        for badge in hit.badges:
            text = badge_label(badge)
            width = pill_metrics.horizontalAdvance(text) + pill_metrics.height()
            pill = QRect(x, top, width, pill_metrics.height() + 2)
            painter.setPen(QColor("#555555"))
            painter.setBrush(QColor(BADGE_COLOURS.get(badge, "#e6e6e6")))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor(BADGE_TEXT))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 6
        painter.restore()


class HitsView(QListView):
    """A list of hits that scrolls per pixel, with uniform-looking rows and the delegate above."""

    def __init__(self, parent: QWidget | None = None, *, with_check: bool = False) -> None:
        super().__init__(parent)
        self.setItemDelegate(HitDelegate(self, with_check=with_check))
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
