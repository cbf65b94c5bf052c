"""The dashboard: the commissioner report's figures and charts for a quarter, built in the background,
with small numbers suppressed unless exact figures are asked for. Each figure opens the list of the
people behind it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontInfo, QKeySequence, QShortcut
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core import Changes, Linkwell
from app.domain.figures import Count, Text, show
from app.domain.report import Report, Row, Table
from app.i18n import translate
from ui.outcomes.people_list import PeopleList
from ui.runner import Cancelled, Progress, Runner


def quarter_of(day: date) -> tuple[date, date]:
    first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    after = date(first.year + (first.month == 10), (first.month + 2) % 12 + 1, 1)
    return first, after - timedelta(days=1)


def periods(today: date, quarters: int = 4) -> list[tuple[str, date, date]]:
    """This quarter and the ones before it, then the last twelve months: (label, start, end)."""
    out = []
    start, end = quarter_of(today)
    for k in range(quarters):
        if k == 0:
            label = translate("outcomes.dashboard", "This quarter: {start} to {end}")
        elif k == 1:
            label = translate("outcomes.dashboard", "Last quarter: {start} to {end}")
        else:
            label = translate("outcomes.dashboard", "Quarter: {start} to {end}")
        out.append((label.format(start=long_date(start), end=long_date(end)), start, end))
        start, end = quarter_of(start - timedelta(days=1))
    year_start = today - timedelta(days=364)
    label = translate("outcomes.dashboard", "Last 12 months: {start} to {end}")
    out.append((label.format(start=long_date(year_start), end=long_date(today)), year_start, today))
    return out


def month_name(month: int) -> str:
    """The month's name in the language in use (``strftime`` would follow the machine's locale)."""
    return (
        translate("outcomes.dashboard", "January"),
        translate("outcomes.dashboard", "February"),
        translate("outcomes.dashboard", "March"),
        translate("outcomes.dashboard", "April"),
        translate("outcomes.dashboard", "May"),
        translate("outcomes.dashboard", "June"),
        translate("outcomes.dashboard", "July"),
        translate("outcomes.dashboard", "August"),
        translate("outcomes.dashboard", "September"),
        translate("outcomes.dashboard", "October"),
        translate("outcomes.dashboard", "November"),
        translate("outcomes.dashboard", "December"),
    )[month - 1]


def long_date(d: date) -> str:
    return f"{d.day} {month_name(d.month)} {d.year}"


def build_dashboard(core: Linkwell, start: date, end: date, practices: list[str], *,
                    progress: Progress) -> tuple[Report, dict[tuple[str, bool], str]]:
    """On the worker: ``core.reports.dashboard`` (the figures with the people behind each count, every
    chart as SVG), or ``Cancelled`` when the person pressed Cancel."""
    built = core.reports.dashboard(start, end, practices, progress=progress)
    if built is None:
        raise Cancelled()
    return built


def people_for(row: Row, column: int) -> frozenset[str] | None:
    """The people behind a cell: its own count's, else the count it is a share or average of (the
    nearest count to its left), else the row's first count."""
    cells = row.cells
    if isinstance(cells[column], Text):
        return None  # words (a status, a direction) have no people of their own
    if isinstance(cells[column], Count):
        return cells[column].who  # type: ignore[union-attr]
    for k in range(column - 1, -1, -1):
        if isinstance(cells[k], Count):
            return cells[k].who  # type: ignore[union-attr]
    return next((c.who for c in cells if isinstance(c, Count)), None)


class ChartWidget(QSvgWidget):
    """A report chart, scaled so its 8-point labels come out as large as the window's own text (at
    any text size), narrower when the window is, and always in proportion."""

    def __init__(self, svg: str, text_pixels: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load(QByteArray(svg.encode("utf-8")))
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        size = self.renderer().defaultSize()
        self._ratio = size.height() / max(1, size.width())
        self.setMaximumWidth(int(size.width() * max(1.0, text_pixels / 8)))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(min(width, self.maximumWidth()) * self._ratio)

    def sizeHint(self) -> QSize:
        return QSize(self.maximumWidth(), self.heightForWidth(self.maximumWidth()))


class FigureTable(QTableWidget):
    """One report table; every figure has an accessible name, and Enter or a click on one with people
    behind it asks for their list."""

    figure_chosen = Signal(object, object, int)  # Table, Row, cell index

    def __init__(self, table: Table, exact: bool, parent: QWidget | None = None) -> None:
        rows = [*table.rows, *((table.total,) if table.total else ())]
        super().__init__(len(rows), 1 + len(table.columns), parent)
        self.table, self.rows = table, rows
        self.setAccessibleName(table.title)
        self.setHorizontalHeaderLabels([table.label_header or "", *table.columns])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # one line a row, as tall as the font asks, so it holds at any text size
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.6))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long labels are elided
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 1 + len(table.columns)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        link = QFont(self.font())
        link.setUnderline(True)
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            label = QTableWidgetItem(row.label)
            label.setData(Qt.ItemDataRole.AccessibleTextRole, row.label)
            if row is table.total:
                label.setFont(bold)
            self.setItem(r, 0, label)
            for c, cell in enumerate(row.cells):
                shown = show(cell, exact=exact)
                item = QTableWidgetItem(shown.text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                parts = {"row": row.label, "column": table.columns[c], "value": _spoken(shown.text)}
                name = translate("outcomes.dashboard", "{row}, {column}: {value}").format(**parts)
                who = people_for(row, c)
                if who:
                    item.setFont(link)
                    item.setToolTip(translate("outcomes.dashboard", "Enter or click to list the people behind this figure"))
                    if len(who) == 1:
                        name = translate("outcomes.dashboard", "{row}, {column}: {value}. Enter lists the 1 person behind it").format(**parts)
                    else:
                        name = translate("outcomes.dashboard", "{row}, {column}: {value}. Enter lists the {count} people behind "
                                         "it").format(count=len(who), **parts)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
                self.setItem(r, c + 1, item)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()
        self.activated.connect(lambda index: self._choose(index.row(), index.column()))
        self.cellClicked.connect(self._choose)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbing in lands on the first figure, highlighted, so Enter has something to open."""
        if not self.currentIndex().isValid() and self.rowCount() and self.columnCount() > 1:
            self.setCurrentCell(0, 1)  # before Qt's own choice, the label cell, which opens nothing
        super().focusInEvent(event)

    def _fit_height(self) -> None:
        height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2 * self.frameWidth())

    def _choose(self, row: int, column: int) -> None:
        if column >= 1 and people_for(self.rows[row], column - 1):
            self.figure_chosen.emit(self.table, self.rows[row], column - 1)


def _spoken(text: str) -> str:
    return {"<5": translate("outcomes.dashboard", "fewer than 5"), "[c]": translate("outcomes.dashboard", "withheld (small numbers)"),
            "–": translate("outcomes.dashboard", "none")}.get(text, text)


class Dashboard(QWidget):
    """A top-level window. ``open_person(person_id)`` opens a record from a people list."""

    built = Signal()

    def __init__(self, core: Linkwell, runner: Runner, open_person: Callable[[str], None],
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.core, self.runner, self.open_person = core, runner, open_person
        self.report: Report | None = None
        self.charts: dict[tuple[str, bool], str] = {}
        self.tables: dict[str, FigureTable] = {}
        self.svgs: dict[str, ChartWidget] = {}
        self.people_list: PeopleList | None = None
        self.setWindowTitle(translate("outcomes.dashboard", "Dashboard — Linkwell"))
        self.setAccessibleName(translate("outcomes.dashboard", "Dashboard"))

        self.period = QComboBox(self)
        self.period.setAccessibleName(translate("outcomes.dashboard", "Period"))
        for label, start, end in periods(today or clock.today()):
            self.period.addItem(label, (start, end))
        self.practice = QComboBox(self)
        self.practice.setAccessibleName(translate("outcomes.dashboard", "Practice"))
        self.practice.addItem(translate("outcomes.dashboard", "All practices"), "")
        self.exact = QCheckBox(translate("outcomes.dashboard", "Show e&xact figures (internal use only)"), self)
        self.exact.setAccessibleName(translate("outcomes.dashboard", "Show exact figures, for internal use only"))
        self.exact.setToolTip(translate("outcomes.dashboard", 'Off: counts from 1 to 4 show as "<5" and rates built on them are withheld.'))
        self.refresh_button = QPushButton(translate("outcomes.dashboard", "&Refresh (F5)"), self)
        self.refresh_button.setAccessibleName(translate("outcomes.dashboard", "Refresh the dashboard"))
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("outcomes.dashboard", "Dashboard status"))
        self.status.setWordWrap(True)
        period_label = QLabel(translate("outcomes.dashboard", "&Period:"), self)
        period_label.setBuddy(self.period)
        practice_label = QLabel(translate("outcomes.dashboard", "Pr&actice:"), self)
        practice_label.setBuddy(self.practice)
        bar = QHBoxLayout()
        bar.addWidget(period_label)
        bar.addWidget(self.period, 2)
        bar.addWidget(practice_label)
        bar.addWidget(self.practice, 1)
        switches = QHBoxLayout()  # a second row, so that the bar fits at large text sizes
        switches.addWidget(self.exact)
        switches.addStretch(1)
        switches.addWidget(self.refresh_button)

        self.body = QWidget(self)
        self.body.setAccessibleName(translate("outcomes.dashboard", "Figures and charts"))
        self.body_layout = QVBoxLayout(self.body)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        self.scroll.setAccessibleName(translate("outcomes.dashboard", "Figures and charts"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(switches)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)

        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.practice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.exact.toggled.connect(lambda _on: self._show())
        self.refresh_button.clicked.connect(self.refresh)
        runner.changed.connect(self._heard)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.resize(1000, 760)
        runner.op(core.reports.practice_choices).success(self._practices).owned_by(self).run()

    def _practices(self, choices: list[tuple[str, str]]) -> None:
        self.practice.blockSignals(True)
        for code, label in choices:
            self.practice.addItem(label, code)
        self.practice.blockSignals(False)
        self.refresh()

    @property
    def span(self) -> tuple[date, date]:
        return self.period.currentData()

    def refresh(self) -> None:
        start, end = self.span
        practices = [self.practice.currentData()] if self.practice.currentData() else []
        self.status.setText(translate("outcomes.dashboard", "Counting {start} to {end}…").format(start=long_date(start), end=long_date(end)))
        self.refresh_button.setEnabled(False)
        (self.runner.op(build_dashboard, self.core, start, end, practices)
         .with_progress(translate("outcomes.dashboard", "Building the dashboard…")).success(self._built).failure(self._failed)
         .owned_by(self).run())

    def _heard(self, changes: Changes, _origin: QWidget | None) -> None:
        """Counting again can take a while at a whole PCN's scale: say the figures are out of date, and
        leave the recount to the person (F5)."""
        if self.report is not None and (changes.caseload or changes.person_ids):
            self.status.setText(translate("outcomes.dashboard", "Records have changed since these figures were counted: "
                                          "press Refresh (F5) to count again."))

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self.status.setText(translate("outcomes.dashboard", "Stopped: the figures shown are from before."))
            return
        self.status.setText(translate("outcomes.dashboard", "The dashboard could not be built."))
        self.runner.report(error, self)

    def _built(self, found: tuple[Report, dict[tuple[str, bool], str]]) -> None:
        self.report, self.charts = found
        self.refresh_button.setEnabled(True)
        self._show()
        self.built.emit()

    def _show(self) -> None:
        report = self.report
        if report is None:
            return
        exact = self.exact.isChecked()
        keep = self.scroll.verticalScrollBar().value()
        while self.body_layout.count():
            child = self.body_layout.takeAt(0)
            if child.widget() is not None:
                child.widget().deleteLater()
        self.tables, self.svgs = {}, {}
        made = f"{report.made_at.astimezone():%H:%M}"
        if exact:
            said = translate("outcomes.dashboard", "{period}, {practices}. Made at {time}. Exact figures: for internal use "
                             "only.")
        else:
            said = translate("outcomes.dashboard", '{period}, {practices}. Made at {time}. Counts from 1 to 4 show as "<5"; '
                             'rates built on them as "[c]".')
        said = said.format(period=report.period_label, practices=report.scope.practice_label, time=made)
        self.status.setText(said + (" " + " ".join(report.problems) if report.problems else ""))
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        for section in report.sections:
            heading = QLabel(section.title, self.body)
            heading.setFont(heading_font)
            heading.setAccessibleName(section.title)
            self.body_layout.addWidget(heading)
            if section.intro:
                intro = QLabel(section.intro, self.body)
                intro.setWordWrap(True)
                self.body_layout.addWidget(intro)
            for part in section.parts:
                kind, key = part.split(":", 1)
                if kind == "chart":
                    self.body_layout.addWidget(self._chart(key, exact))
                else:
                    self.body_layout.addWidget(self._table(report.table(key), exact))
        self.body_layout.addStretch(1)
        self.scroll.verticalScrollBar().setValue(keep)

    def _chart(self, key: str, exact: bool) -> QWidget:
        from app.core import chart_title

        svg = ChartWidget(self.charts[(key, exact)], QFontInfo(self.font()).pixelSize(), self.body)
        svg.setAccessibleName(translate("outcomes.dashboard", "Chart: {title}").format(title=chart_title(key)))
        svg.setAccessibleDescription(translate("outcomes.dashboard", "The same figures are in the table that follows."))
        self.svgs[key] = svg
        return svg

    def _table(self, table: Table, exact: bool) -> QWidget:
        box = QWidget(self.body)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 6)
        title = QLabel(table.title, box)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        layout.addWidget(title)
        title.setVisible(table.title not in {s.title for s in self.report.sections} if self.report else True)
        figures = FigureTable(table, exact, box)
        title.setBuddy(figures)
        figures.figure_chosen.connect(self.list_people)
        layout.addWidget(figures)
        if table.note:
            note = QLabel(table.note, box)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.tables[table.key] = figures
        return box

    def list_people(self, table: Table, row: Row, column: int) -> None:
        who = people_for(row, column) or frozenset()
        shown = show(row.cells[column], exact=self.exact.isChecked()).text
        title = translate("outcomes.dashboard", "{table}: {row}, {column} {value}").format(table=table.title, row=row.label,
                                                                           column=table.columns[column], value=shown)
        if self.people_list is not None:
            self.people_list.close()
        dialog = PeopleList(self.core, self.runner, title, who, self.open_person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "people_list", None) if self.people_list is dialog else None)
        self.people_list = dialog
        dialog.open()

    def current_figures(self) -> dict[str, Any]:
        """What is on screen, for tests: table key -> [[cell text, ...], ...] per row."""
        return {key: [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
                for key, t in self.tables.items()}
