"""The people behind one dashboard figure: a list loaded in the background; Enter (or a double
click) on a person opens their record."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import Linkwell
from app.domain import nhs_number
from ui.widgets.common import show_date
from ui.runner import Runner

COLUMNS = ["Name", "NHS number", "Born", "Practice"]


class PeopleList(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, title: str, person_ids: Iterable[str],
                 open_person: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_person = open_person
        self.people: list[dict[str, Any]] = []
        self.setWindowTitle(f"People behind: {title}")
        self.setAccessibleName(self.windowTitle())
        self.heading = QLabel(f"{title}. Press Enter on a person to open their record.", self)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName("What this list is")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName("People")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        close = QPushButton("Close", self)
        close.setAutoDefault(False)
        close.setAccessibleName("Close the list")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 480)
        ids = list(person_ids)
        runner.op(core.reports.people_behind, ids).success(self._show).owned_by(self).run()

    def _show(self, people: list[dict[str, Any]]) -> None:
        self.people = people
        self.table.setRowCount(len(people))
        for r, p in enumerate(people):
            nhs = nhs_number.format_display(p["nhs_number"]) if p["nhs_number"] else ""
            for c, text in enumerate((p["name"], nhs, show_date(p["date_of_birth"] or None), p["practice"])):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{COLUMNS[c]}: {text or 'not recorded'}")
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if people:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.people):
            self.open_person(self.people[row]["id"])
