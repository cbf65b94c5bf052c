"""The directory's filters: what, when, cost, age, where, how people attend and get in, status.

``values()`` gives the keyword arguments of ``Directory.search``; a half-typed time or age is left out
(and said so in ``problem``) rather than searching for nothing.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.core import ACCESS, ATTEND
from app.domain.directory import SERVICE_STATUSES
from ui.widgets.common import reference

ANY = "Any"
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
COSTS = {"Free": True, "Paid": False}
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _combo(parent: QWidget, name: str, items: list[str]) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    box.addItems([ANY, *items])
    return box


class DirectoryFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = _combo(self, "Category or need", [])
        self.area = _combo(self, "Area", [])
        self.day = _combo(self, "Day of the week", list(DAYS))
        self.time = QLineEdit(self)
        self.time.setAccessibleName("Open at time")
        self.time.setPlaceholderText("HH:MM")
        self.time.setMaxLength(5)
        self.cost = _combo(self, "Free or paid", list(COSTS))
        self.age = QLineEdit(self)
        self.age.setAccessibleName("Open to age")
        self.age.setPlaceholderText("years")
        self.age.setMaxLength(3)
        self.attend = _combo(self, "How people attend", list(ATTEND))
        self.access = _combo(self, "How people get in", list(ACCESS))
        self.status = _combo(self, "Status", [])
        statuses = reference("service_statuses")
        for code in SERVICE_STATUSES:  # the label on screen, the code as data
            self.status.addItem(statuses.get(code, code), code)
        self.clear_button = QPushButton("C&lear filters", self)
        self.clear_button.setAccessibleName("Clear filters")
        self.clear_button.clicked.connect(self.clear)
        self.problem = ""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        fields: list[tuple[str, QWidget]] = [
            ("Cate&gory:", self.category), ("A&rea:", self.area), ("Da&y:", self.day), ("Open a&t:", self.time),
            ("&Cost:", self.cost), ("&Age:", self.age), ("&How they attend:", self.attend), ("&Way in:", self.access),
            ("Servic&e status:", self.status),
        ]
        for n, (text, widget) in enumerate(fields):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row, col = divmod(n, 3)
            grid.addWidget(label, row, 2 * col)
            grid.addWidget(widget, row, 2 * col + 1)
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.changed)
            else:
                assert isinstance(widget, QLineEdit)
                widget.textChanged.connect(self.changed)
        grid.addWidget(self.clear_button, 3, 5)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        previous: QWidget | None = None
        for _, widget in fields:
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, self.clear_button)

    def set_choices(self, categories: list[str], areas: list[str]) -> None:
        for box, items in ((self.category, categories), (self.area, areas)):
            current = box.currentText()
            box.blockSignals(True)
            box.clear()
            box.addItems([ANY, *items])
            box.setCurrentText(current if current in items else ANY)
            box.blockSignals(False)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        self.problem = ""
        for key, box in (("category", self.category), ("area", self.area), ("attend", self.attend),
                         ("access", self.access), ("status", self.status), ("day", self.day)):
            if box.currentIndex() > 0:
                out[key] = box.currentData() if box is self.status else box.currentText()
        if self.cost.currentIndex() > 0:
            out["free"] = COSTS[self.cost.currentText()]
        time = self.time.text().strip()
        if time:
            if _TIME.match(time):
                out["time"] = time
            else:
                self.problem = "Type the time as HH:MM, such as 10:30; until then it is left out."
        age = self.age.text().strip()
        if age:
            if age.isdigit() and int(age) <= 130:
                out["age"] = int(age)
            else:
                self.problem = "Type the age as a whole number of years; until then it is left out."
        return out

    @property
    def active(self) -> bool:
        return bool(self.values())

    def clear(self) -> None:
        self.blockSignals(True)
        for box in (self.category, self.area, self.day, self.cost, self.attend, self.access, self.status):
            box.setCurrentIndex(0)
        self.time.clear()
        self.age.clear()
        self.blockSignals(False)
        self.changed.emit()
