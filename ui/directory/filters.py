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
from app.i18n import translate
from ui.widgets.common import reference

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")

# Each list's items: (the words on screen, the value searched for). Functions, as the language is chosen
# after import.


def days() -> list[tuple[str, str]]:
    return [(translate("directory.filters", "Monday"), "Monday"), (translate("directory.filters", "Tuesday"), "Tuesday"), (translate("directory.filters", "Wednesday"), "Wednesday"),
            (translate("directory.filters", "Thursday"), "Thursday"), (translate("directory.filters", "Friday"), "Friday"), (translate("directory.filters", "Saturday"), "Saturday"),
            (translate("directory.filters", "Sunday"), "Sunday")]


def costs() -> list[tuple[str, bool]]:
    return [(translate("directory.filters", "Free"), True), (translate("directory.filters", "Paid"), False)]


def ways_to_attend() -> list[tuple[str, str]]:
    words = {"in person": translate("directory.filters", "in person"), "phone": translate("directory.filters", "phone"), "online": translate("directory.filters", "online"),
             "home visit": translate("directory.filters", "home visit")}
    return [(words.get(code, code), code) for code in ATTEND]


def ways_in() -> list[tuple[str, str]]:
    words = {"drop-in": translate("directory.filters", "drop-in"), "self-refer": translate("directory.filters", "self-refer"), "referral needed": translate("directory.filters", "referral needed")}
    return [(words.get(code, code), code) for code in ACCESS]


def _fill(box: QComboBox, items: list[tuple[str, Any]]) -> None:
    """"Any" first (no data), then the items."""
    box.addItem(translate("directory.filters", "Any"), None)
    for label, value in items:
        box.addItem(label, value)


def _combo(parent: QWidget, name: str, items: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    _fill(box, items)
    return box


class DirectoryFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = _combo(self, translate("directory.filters", "Category or need"), [])
        self.area = _combo(self, translate("directory.filters", "Area"), [])
        self.day = _combo(self, translate("directory.filters", "Day of the week"), days())
        self.time = QLineEdit(self)
        self.time.setAccessibleName(translate("directory.filters", "Open at time"))
        self.time.setPlaceholderText(translate("directory.filters", "HH:MM"))
        self.time.setMaxLength(5)
        self.cost = _combo(self, translate("directory.filters", "Free or paid"), costs())
        self.age = QLineEdit(self)
        self.age.setAccessibleName(translate("directory.filters", "Open to age"))
        self.age.setPlaceholderText(translate("directory.filters", "years"))
        self.age.setMaxLength(3)
        self.attend = _combo(self, translate("directory.filters", "How people attend"), ways_to_attend())
        self.access = _combo(self, translate("directory.filters", "How people get in"), ways_in())
        statuses = reference("service_statuses")  # the label on screen, the code as data
        self.status = _combo(self, translate("directory.filters", "Status"), [(statuses.get(code, code), code) for code in SERVICE_STATUSES])
        self.clear_button = QPushButton(translate("directory.filters", "C&lear filters"), self)
        self.clear_button.setAccessibleName(translate("directory.filters", "Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self.problem = ""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        fields: list[tuple[str, QWidget]] = [
            (translate("directory.filters", "Cate&gory:"), self.category), (translate("directory.filters", "A&rea:"), self.area), (translate("directory.filters", "Da&y:"), self.day),
            (translate("directory.filters", "Open a&t:"), self.time), (translate("directory.filters", "&Cost:"), self.cost), (translate("directory.filters", "&Age:"), self.age),
            (translate("directory.filters", "&How they attend:"), self.attend), (translate("directory.filters", "&Way in:"), self.access),
            (translate("directory.filters", "Servic&e status:"), self.status),
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
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            _fill(box, [(item, item) for item in items])
            box.setCurrentIndex(max(0, box.findData(current)) if current in items else 0)
            box.blockSignals(False)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        self.problem = ""
        for key, box in (("category", self.category), ("area", self.area), ("attend", self.attend),
                         ("access", self.access), ("status", self.status), ("day", self.day)):
            if box.currentIndex() > 0:
                out[key] = box.currentData()
        if self.cost.currentIndex() > 0:
            out["free"] = self.cost.currentData()
        time = self.time.text().strip()
        if time:
            if _TIME.match(time):
                out["time"] = time
            else:
                self.problem = translate("directory.filters", "Type the time as HH:MM, such as 10:30; until then it is left out.")
        age = self.age.text().strip()
        if age:
            if age.isdigit() and int(age) <= 130:
                out["age"] = int(age)
            else:
                self.problem = translate("directory.filters", "Type the age as a whole number of years; until then it is left out.")
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
