"""The Today worklist: the first thing on screen, beside the caseload.

Five short lists (new referrals waiting, follow-ups due, waiting for a service, affected by a service
that closed, paused or filled up, recent activity), and first, with a team hub, the people a colleague
handed to this worker (until they open the record or take it up: "Take up without opening");
Enter or a double-click on a row opens that person. Urgency is said in words in every row, with a
marker beside the words as well (an amber circle at 7 days, a red triangle at 14): the text keeps the
theme's own colours, so it reads as well in a dark or high-contrast theme, and colour and shape are
never the only sign.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPixmap, QPolygonF, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core import Changes, Linkwell, TodayItem, TodayLists
from app.i18n import translate
from ui.runner import Runner
from ui.widgets import contrast

# Markers beside the words, two shapes, each in the first of its colours with 4.5:1 against the list's
# background: the dark one on a light theme, the light one on a dark theme, the last on black.
MARKERS = {"amber": ("#b35c00", "#ffb74d", "#ffff00"), "red": ("#c62828", "#ff8a80", "#ffffff")}


def sections() -> tuple[tuple[str, str, str], ...]:
    """(attribute, heading, shown when empty) for each list, in the language in use."""
    return (
        # by a colleague through the team hub; hidden when empty
        ("handed_to_you", translate("today", "Handed to you"), ""),
        ("new_referrals", translate("today", "New referrals not yet contacted"),
         translate("today", "Every referral has had a first contact.")),
        ("follow_ups", translate("today", "Follow-ups due and overdue"), translate("today", "No follow-ups are due.")),
        ("waiting", translate("today", "Waiting for a service with a waiting list"),
         translate("today", "No one is waiting for a full service.")),
        ("affected", translate("today", "Affected by a service change"),
         translate("today", "No one is connected to a service that has closed or filled up.")),
        ("activity", translate("today", "Recent activity"), translate("today", "Nothing has been recorded yet.")),
    )

PERSON_ROLE = Qt.ItemDataRole.UserRole
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's marker


class TodayList(QListWidget):
    """One section. Enter opens the current row (a QListWidget only does so on some styles)."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap when the panel is resized
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.setTabKeyNavigation(False)
        self.itemActivated.connect(self._activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._activated(self.currentItem())
            return
        super().keyPressEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        person_id = item.data(PERSON_ROLE)
        if person_id:
            self.open_requested.emit(person_id)

    def marker(self, level: str) -> QIcon:
        """A circle (amber) or a triangle (red) a line high; an empty one keeps the names in line."""
        side = self.fontMetrics().height()
        self.setIconSize(QSize(side, side))
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        if level in MARKERS:
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.marker_colour(level))
            inset = side * 0.2
            if level == "red":
                painter.drawPolygon(QPolygonF([QPointF(side / 2, inset), QPointF(side - inset, side - inset),
                                               QPointF(inset, side - inset)]))
            else:
                painter.drawEllipse(QPointF(side / 2, side / 2), side / 2 - inset, side / 2 - inset)
            painter.end()
        return QIcon(pixmap)

    def marker_colour(self, level: str) -> QColor:
        return contrast.readable(MARKERS[level], self.palette().color(QPalette.ColorRole.Base))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a light or dark theme: markers drawn again
            for row in range(self.count()):
                item = self.item(row)
                if item.data(LEVEL_ROLE):
                    item.setIcon(self.marker(item.data(LEVEL_ROLE)))

    def fit_rows(self) -> None:
        """At least three lines tall, so a section never shrinks to nothing (it scrolls)."""
        self.setMinimumHeight(3 * self.fontMetrics().height() + 2 * self.frameWidth())


class TodayView(QScrollArea):
    open_person = Signal(str)
    refreshed = Signal()

    def __init__(self, core: Linkwell, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._runner = core, runner
        self.setAccessibleName(translate("today", "Today"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lists: dict[str, TodayList] = {}
        self.headings: dict[str, QLabel] = {}
        page = QWidget(self)
        layout = QVBoxLayout(page)
        title = QLabel(translate("today", "<h2>Today</h2>"), page)
        title.setAccessibleName(translate("today", "Today"))
        layout.addWidget(title)
        for attr, heading, _ in sections():
            label = QLabel(heading, page)
            label.setStyleSheet("font-weight: bold;")
            label.setWordWrap(True)
            widget = TodayList(page)
            widget.setAccessibleName(heading)
            widget.open_requested.connect(self.open_person)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, max(widget.count(), 1))
            self.lists[attr], self.headings[attr] = widget, label
            if attr == "handed_to_you":
                widget.open_requested.connect(lambda _pid: self.refresh())  # opened: seen, so it leaves
                self.take_up = QPushButton(translate("today", "Take up without opening"), page)
                self.take_up.setAccessibleName(
                    translate("today", "Take up the chosen person handed to you, without opening"))
                self.take_up.clicked.connect(self._take_up)
                layout.addWidget(self.take_up)
        self._layout = layout
        self.setWidget(page)
        previous: QWidget | None = None
        for widget in self.lists.values():  # tab order: top to bottom
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget

    def refresh(self) -> None:
        self._runner.op(self._core.today.lists).success(self.show_lists).owned_by(self).run()

    def show_lists(self, lists: TodayLists) -> None:
        for attr, heading, empty in sections():
            items: Sequence[TodayItem] = getattr(lists, attr)
            widget = self.lists[attr]
            if attr == "handed_to_you":
                for shown in (widget, self.headings[attr], self.take_up):
                    shown.setVisible(bool(items))
            widget.clear()
            total = lists.totals.get(attr)
            count = (translate("today", "the {shown} most urgent of {total}").format(shown=len(items), total=f"{total:,}")
                     if total else f"{len(items)}")
            self.headings[attr].setText(f"{heading} ({count})")
            for item in items:
                row = QListWidgetItem(f"{item.name} — {item.detail}")
                row.setData(PERSON_ROLE, item.person_id)
                row.setToolTip(item.detail)
                row.setData(LEVEL_ROLE, item.level)
                row.setIcon(widget.marker(item.level))
                widget.addItem(row)
            if not items:
                placeholder = QListWidgetItem(empty)
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(placeholder)
            elif widget.currentRow() < 0:  # a focus mark for the keyboard, no selection
                widget.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
            widget.fit_rows()
            # Room in proportion to the rows each section holds.
            self._layout.setStretchFactor(widget, max(widget.count(), 1))
        self.refreshed.emit()

    def _take_up(self) -> None:
        item = self.lists["handed_to_you"].currentItem()
        person_id = item.data(PERSON_ROLE) if item is not None else None
        if person_id:
            self._runner.op(self._core.sync.acknowledge, person_id).success(self._taken_up).owned_by(self).run()

    def _taken_up(self, changes: Changes) -> None:
        self._runner.broadcast(changes, self)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for widget in self.lists.values():
            widget.doItemsLayout()

    def sizeHint(self) -> QSize:
        """About 45 characters wide: a name and why it is here, wrapped once at most."""
        metrics = self.fontMetrics()
        return QSize(45 * metrics.averageCharWidth(), 20 * metrics.height())

    def first_list(self) -> TodayList:
        for widget in self.lists.values():
            if widget.count() and widget.item(0).data(PERSON_ROLE):
                return widget
        return self.lists["new_referrals"]
