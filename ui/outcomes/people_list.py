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
from app.i18n import translate
from ui.widgets.common import show_date
from ui.runner import Runner


def columns() -> list[str]:
    """The list's column headings, in the language in use."""
    return [translate("outcomes.people_list", "Name"), translate("outcomes.people_list", "NHS number"),
            translate("outcomes.people_list", "Born"), translate("outcomes.people_list", "Practice")]


class PeopleList(QDialog):
    def __init__(self, core: Linkwell, runner: Runner, title: str, person_ids: Iterable[str],
                 open_person: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_person = open_person
        self.people: list[dict[str, Any]] = []
        self.setWindowTitle(translate("outcomes.people_list", "People behind: {title}").format(title=title))
        self.setAccessibleName(self.windowTitle())
        self.heading = QLabel(translate("outcomes.people_list", "{title}. Press Enter on a person to open their record.").format(title=title), self)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(translate("outcomes.people_list", "What this list is"))
        self.columns = columns()
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setAccessibleName(translate("outcomes.people_list", "People"))
        self.table.setHorizontalHeaderLabels(self.columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        close = QPushButton(translate("outcomes.people_list", "Close"), self)
        close.setAutoDefault(False)
        close.setAccessibleName(translate("outcomes.people_list", "Close the list"))
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
                shown = text or translate("outcomes.people_list", "not recorded")
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             translate("outcomes.people_list", "{column}: {value}").format(column=self.columns[c], value=shown))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if people:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.people):
            self.open_person(self.people[row]["id"])
