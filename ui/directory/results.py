"""Service hits in a list: a model that builds each row's text only when it is shown, and a delegate
that paints name, organisation, when and where, and the badges.

A badge is a word in a pill (``full``, ``stale``, ``temporarily closed``): the word is the signal and
the colour only helps, so it reads the same in grey. Screen readers get one sentence per row
(``AccessibleTextRole``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.core import ServiceHit

HIT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Fixed pill colours with dark text: the same in light and dark themes. Red for closed, amber for
# capacity, grey-blue for freshness and notices.
BADGE_COLOURS = {
    "temporarily closed": "#f7c1c1", "inactive": "#f7c1c1", "defunct": "#f7c1c1", "full": "#f7c1c1",
    "waiting list": "#ffe2a8", "stale": "#d7dde8", "alert": "#ffe2a8", "not in feed": "#d7dde8",
}
BADGE_TEXT = "#1a1a1a"
BADGE_WORDS = {"stale": "not checked lately", "alert": "notice", "not in feed": "gone from its feed"}

Index = QModelIndex | QPersistentModelIndex


def badge_label(badge: str) -> str:
    return BADGE_WORDS.get(badge, badge)


def checked(hit: ServiceHit) -> str:
    if not hit.last_verified_on:
        return "Never checked"
    day = date.fromisoformat(str(hit.last_verified_on)[:10])
    return f"Last checked {day:%d-%b-%Y}"


def second_line(hit: ServiceHit, *, with_check: bool = False) -> str:
    parts = (checked(hit) if with_check else "", hit.organisation, hit.when, hit.where)
    return "  ·  ".join(p for p in parts if p)


def spoken(hit: ServiceHit) -> str:
    """The row as one sentence, for a screen reader."""
    parts = [hit.name]
    if hit.organisation:
        parts.append(f"run by {hit.organisation}")
    if hit.when:
        parts.append(f"meets {hit.when}")
    if hit.where:
        parts.append(f"at {hit.where}")
    text = ", ".join(parts) + "."
    if hit.badges:
        text += " " + "; ".join(badge_label(b) for b in hit.badges).capitalize() + "."
    return f"{text} {checked(hit)}."


class HitsModel(QAbstractListModel):
    """Hits in the order found. ``fetch_more`` (if given) is asked for a longer list when the view
    scrolls to the end of a full page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[ServiceHit] = []
        self.limit = 0
        self.fetch_more: Callable[[int], None] | None = None
        self._asked = False

    def set_hits(self, hits: Sequence[ServiceHit], limit: int = 0) -> None:
        self.beginResetModel()
        self.hits, self.limit, self._asked = list(hits), limit, False
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.name
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return spoken(hit)
        if role == HIT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.id
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return bool(self.fetch_more and self.limit and len(self.hits) >= self.limit and not self._asked)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.fetch_more is not None:
            self._asked = True
            self.fetch_more(self.limit * 2)

    def hit_at(self, row: int) -> ServiceHit | None:
        return self.hits[row] if 0 <= row < len(self.hits) else None


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
