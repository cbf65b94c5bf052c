"""The layout holds at 200% font: with the application font doubled, the main window, the person
record (each tab, a long contact note among them), the intake and waiting-room dialogs, the audit
trail and both import dialogs with their notes shown fit a 1366×768 screen, and once laid out no
label, button, tab or list cell is cut short (a long text wraps or is read whole in a reading pane)
and no two widgets in a layout overlap."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QScrollArea,
    QTableView,
    QTabBar,
    QTreeView,
    QWidget,
)

from app.core import Linkwell
from app.domain.models import Service
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from app.services.audit import Audit
from tests.ui.conftest import add_people
from ui.dialogs.audit_log import AuditLogDialog
from ui.dialogs.import_people import ImportPeopleDialog
from ui.dialogs.intake import IntakeDialog
from ui.dialogs.waiting_room import WaitingRoomDialog
from ui.directory.import_dialog import ImportDirectoryDialog
from ui.main_window import MainWindow
from ui.person.window import PersonWindow
from ui.runner import InlineRunner, Runner
from ui.widgets.reading_pane import ReadingPane

# A long contact note, as a link worker writes after a home visit: Welsh and Polish letters, & and <>.
LONG_NOTE = ("Met Gwenllïan at home in Llanbedr Pont Steffan; we talked about the allotment society, Łucja's "
             "offer of a lift on Tuesdays & the bus times from Heol y Felin <the 40 and the 40A>. She said the "
             "gate at the allotment is heavy and she worries about the path when it is wet; Żaneta from the "
             "society will meet her at the gate for the first three sessions. Agreed to ring back on Friday "
             "after ten, not before, because mornings are hard with her medication. Her daughter Siân would "
             "like the timetable in Welsh. Next: ring the society.")

# A 1366x768 laptop screen less a 36 px task bar, and less a 32 px title bar: the room a window's content has.
AVAILABLE = QSize(1366, 768 - 36)
SCREEN = AVAILABLE - QSize(0, 32)


@pytest.fixture
def large_font(qtbot: Any) -> Iterator[QFont]:
    """The application font at twice its size (as a person with low vision sets it), then put back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(font)
    yield font
    app.setFont(before)


def _lay_out(window: QWidget, size: QSize | None = None) -> None:
    """At ``size`` (a main window fills the laptop screen), else at the size the window asks for on
    that screen: its ``natural_size`` within 90% of it, as ``ui.widgets.common.on_screen`` bounds it
    (the tests' offscreen screen is 800x800, so the window's own sizeHint would be smaller)."""
    wish = getattr(window, "natural_size", window.sizeHint)().boundedTo(AVAILABLE * 0.9)
    window.resize(size or wish.boundedTo(SCREEN).expandedTo(window.minimumSizeHint()))
    window.show()
    for _ in range(3):  # labels that wrap settle their height over a couple of passes
        QApplication.processEvents()


def _opens_on_screen(window: QWidget) -> None:
    """It opens no larger than its screen, whatever size its words ask for."""
    opened, screen = window.size(), window.screen().availableGeometry().size()
    assert opened.width() <= screen.width() and opened.height() <= screen.height(), (
        f"{window.windowTitle()} opens at {opened.width()}x{opened.height()} on a "
        f"{screen.width()}x{screen.height()} screen")


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r} {text!r}"


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def clipped(window: QWidget) -> list[str]:
    """Every visible label, button, text box or list box smaller than it needs to be, and every tab
    whose title is cut."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if isinstance(widget, QLabel):
            if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            if widget.wordWrap():
                need = QSize(0, widget.heightForWidth(widget.width()))
            else:
                need = widget.sizeHint()
        elif isinstance(widget, QAbstractButton) and widget.parent() is not None and not isinstance(
                widget.parent(), QTabBar):
            need = widget.minimumSizeHint() if not widget.text() else widget.sizeHint()
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            room = widget.contentsRect().width() - widget.textMargins().left() - widget.textMargins().right()
            if widget.fontMetrics().horizontalAdvance(widget.placeholderText()) > room - 4:  # Qt's own margins
                problems.append(f"{_name(widget)}: its hint {widget.placeholderText()!r} is cut short")
            need = QSize(0, widget.sizeHint().height())
        elif isinstance(widget, QComboBox) and widget.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContents:
            need = widget.sizeHint()  # it says it is never cut: as wide as its longest choice
        elif isinstance(widget, (QLineEdit, QComboBox)):
            need = QSize(0, widget.sizeHint().height())  # narrower is fine; shorter cuts the text
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() < widget.tabSizeHint(i).width():
                    problems.append(f"tab {widget.tabText(i)!r} cut: {widget.tabRect(i).width()} px "
                                    f"of {widget.tabSizeHint(i).width()}")
            continue
        else:
            continue
        if need.width() > widget.width() + 1 or need.height() > widget.height() + 1:
            problems.append(f"{_name(widget)}: {widget.width()}x{widget.height()}, needs "
                            f"{need.width()}x{need.height()}")
    return problems


PAD = 6  # a cell's margins around its text: Qt's focus frame margin and one pixel, each side


def _rows(view: QAbstractItemView, parent: QModelIndex) -> Iterator[QModelIndex]:
    model = view.model()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        if isinstance(view, QTreeView) and view.isExpanded(index):
            yield from _rows(view, index)


def _cut_titles(view: QAbstractItemView) -> list[str]:
    """Column titles cut short in a table's or tree's header (room kept for the sort arrow where it is)."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header() if isinstance(
        view, QTreeView) else None
    if header is None or header.isHidden():
        return []
    metrics, problems = header.fontMetrics(), []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        title = str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")
        sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
        arrow = 3 * metrics.averageCharWidth() if sorted_here else 0
        if title and metrics.horizontalAdvance(title) + PAD + arrow > header.sectionSize(section) + 1:
            problems.append(f"{view.accessibleName()!r}: the column title {title!r} is cut "
                            f"({header.sectionSize(section)} px)")
    return problems


def cut_cells(window: QWidget) -> list[str]:
    """Every cell of a list, table or tree in view whose text is cut ("…"), and every line of a list
    that runs past its right edge (a table may scroll sideways to a column; a list of sentences should
    not). A column a reading pane holds whole is let off, if the pane is in view and shows the chosen
    row's text."""
    panes = {(pane.view, pane.column): pane for pane in window.findChildren(ReadingPane) if pane.view is not None}
    problems = []
    for view in window.findChildren(QAbstractItemView):
        if not _shown(view, window) or view.model() is None or isinstance(view.parent(), QComboBox):
            continue
        room, metrics = view.viewport().rect(), view.fontMetrics()
        columns = 1 if isinstance(view, QListView) else view.model().columnCount()
        for first in _rows(view, view.rootIndex()):
            for column in range(columns):
                index = first.siblingAtColumn(column)
                rect = view.visualRect(index)
                text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                if not text or not rect.isValid() or not rect.intersects(room) or (view, column) in panes:
                    continue  # empty, scrolled out of view, or read whole in a pane
                width = (rect.intersected(room) if isinstance(view, QListView) else rect).width() - PAD
                if isinstance(view, QTreeView) and column == 0:
                    width -= view.indentation()
                if isinstance(view, (QListView, QTableView, QTreeView)) and view.wordWrap():
                    bound = QRect(0, 0, max(width, 1), 100_000)
                    need = metrics.boundingRect(bound, Qt.TextFlag.TextWordWrap, text).size()
                    cut = need.height() > rect.height() + 1 or need.width() > width + 1
                else:
                    cut = metrics.horizontalAdvance(text) > width + 1
                if cut:
                    problems.append(f"{type(view).__name__} {view.accessibleName()!r}: {text[:40]!r}… is cut "
                                    f"in a {rect.width()}x{rect.height()} cell")
        problems += _cut_titles(view)
    for (view, column), pane in panes.items():
        chosen = view.currentIndex()
        if _shown(view, window) and chosen.isValid():
            text = str(chosen.siblingAtColumn(column).data(Qt.ItemDataRole.DisplayRole) or "")
            if not _shown(pane, window):
                problems.append(f"{pane.accessibleName()!r} is not in view")
            elif text.split("  (")[0] not in pane.toPlainText():  # a row's "(corrected)" is not its note
                problems.append(f"{pane.accessibleName()!r} does not show {text[:40]!r}…")
    return problems


def _laid_out(layout: QLayout) -> list[QWidget]:
    widgets = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets += _laid_out(item.layout())
    return widgets


def overlapping(window: QWidget) -> list[str]:
    """Pairs of visible widgets in one layout whose rectangles overlap."""
    problems = []
    for owner in [window, *window.findChildren(QWidget)]:
        layout = owner.layout()
        if layout is None or not _shown(owner, window) and owner is not window:
            continue
        shown = [w for w in _laid_out(layout) if _shown(w, window)]
        for i, a in enumerate(shown):
            for b in shown[i + 1:]:
                overlap = QRect(a.geometry()).intersected(b.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(f"{_name(a)} overlaps {_name(b)}")
    return problems


def sideways(window: QWidget) -> list[str]:
    """Scroll areas that scroll sideways although the screen has room to show all of it."""
    problems = []
    for area in window.findChildren(QScrollArea):
        content = area.widget()
        if content is None or not _shown(area, window) or not area.widgetResizable():
            continue
        extra = content.minimumSizeHint().width() - area.viewport().width()
        if extra > 0 and window.width() + extra <= SCREEN.width():
            problems.append(f"{area.accessibleName() or type(content).__name__} scrolls sideways by {extra} px "
                            f"in a {window.width()} px window that could be {window.width() + extra} px")
    return problems


def _check(window: QWidget, what: str, *, cells: bool = True) -> None:
    """``cells``: look into lists, tables and trees too (``cut_cells``)."""
    assert window.width() <= SCREEN.width() and window.height() <= SCREEN.height(), (
        f"{what} is {window.width()}x{window.height()}, larger than a 1366x768 screen has room for")
    least = window.minimumSizeHint()
    assert least.width() <= SCREEN.width() and least.height() <= SCREEN.height(), (
        f"{what} cannot shrink below {least.width()}x{least.height()}: too big for a 1366x768 screen")
    problems = clipped(window) + overlapping(window) + sideways(window) + (cut_cells(window) if cells else [])
    assert not problems, f"{what} at 200%:\n" + "\n".join(problems)


def test_the_font_really_is_doubled(qtbot: Any, large_font: QFont, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    dialog = WaitingRoomDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    assert dialog.font().pointSizeF() == large_font.pointSizeF() >= 17


def test_main_window_holds(qtbot: Any, large_font: QFont, db: Database, core: Linkwell, runner: Runner) -> None:
    add_people(db)
    window = MainWindow(core, runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.caseload_painted, timeout=10_000):
        window.load()
        _lay_out(window, SCREEN)
    _lay_out(window, SCREEN)
    _check(window, "The main window")
    header = window.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(window.model.columnCount() - 1):  # each column title fits its column
        title = window.model.headerData(column, header.orientation())
        assert metrics.horizontalAdvance(str(title)) < header.sectionSize(column), title
    window.close()


def _person(db: Database) -> str:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Gwenllïan", family_name="Ní Bhriain-Wojciechowska",
                              date_of_birth=date(1951, 5, 9), nhs_number="9434765919", phone="07700 900123",
                              communication_needs="Large print; hard of hearing",
                              risk_note="Lives alone; a son visits on Sundays").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness"],
                         what_matters="Getting back to the allotment").created_id
    assert pid and eid
    for status in ("contacted", "accepted", "what_matters", "planned"):
        caseload.move_episode(eid, status)
    caseload.add_contact(eid, kind="phone", contact_at=datetime(2026, 11, 3, 10, tzinfo=UTC), duration_minutes=20,
                         notes=LONG_NOTE)
    with db.session() as session:
        service = Service(name="Tuesday Walking Group", capacity="waiting list")
        session.add(service)
    caseload.connect(eid, str(service.id))
    return pid


def test_person_record_holds_on_every_tab(qtbot: Any, large_font: QFont, db: Database, core: Linkwell,
                                          inline_runner: InlineRunner) -> None:
    window = PersonWindow(core, inline_runner, _person(db))
    qtbot.addWidget(window)
    opened, screen = window.size(), window.screen().availableGeometry().size()
    assert opened.width() <= screen.width() and opened.height() <= screen.height()  # it opens on the screen
    _lay_out(window, SCREEN)
    scroll = window.record.scroll
    body = scroll.widget()
    assert body.minimumSizeHint().width() <= scroll.viewport().width()  # no sideways scrolling at 1366
    if body.minimumSizeHint().height() > scroll.viewport().height():  # taller than the room: it scrolls
        assert scroll.verticalScrollBar().isVisible() and scroll.verticalScrollBar().maximum() > 0
    tabs = window.record.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        _check(window, f"The person record, tab {tabs.tabText(index)!r}")


@pytest.mark.parametrize("dialog_class", [IntakeDialog, WaitingRoomDialog])
def test_referral_dialogs_hold(qtbot: Any, large_font: QFont, core: Linkwell, inline_runner: InlineRunner,
                               dialog_class: type) -> None:
    dialog = dialog_class(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    opened, wanted = dialog.size(), dialog.sizeHint()  # Qt alone would stop at 2/3 of the screen
    assert opened.width() >= wanted.width() and opened.height() >= wanted.height()
    _lay_out(dialog)
    _check(dialog, dialog.windowTitle())


def test_audit_trail_holds(qtbot: Any, large_font: QFont, db: Database, core: Linkwell,
                           inline_runner: InlineRunner) -> None:
    ids = add_people(db)
    Audit(db).record(actor="Ann Shaw", action="export", person_id=ids[0], detail=LONG_NOTE)
    dialog = AuditLogDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    _opens_on_screen(dialog)
    _lay_out(dialog)
    _check(dialog, "The audit trail")
    assert LONG_NOTE in dialog.detail.toPlainText()  # the newest event, whole, in its reading pane


def test_people_import_holds_with_its_notes_shown(qtbot: Any, large_font: QFont, db: Database, core: Linkwell,
                                                  inline_runner: InlineRunner, tmp_path: Any) -> None:
    sheet = tmp_path / "caseload.csv"
    sheet.write_text("Surname,First name,DOB,Comments\n"
                     "Wróblewska-Pritchard,Gwenllïan,31/02/1947," + LONG_NOTE.replace(",", ";") + "\n"
                     ",Żaneta,1980-01-01,\n", encoding="utf-8")
    dialog = ImportPeopleDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    _opens_on_screen(dialog)
    dialog.load_file(sheet)
    with qtbot.waitSignal(dialog.finished_run, timeout=10_000):
        dialog.check_button.click()
    assert "Line 2" in dialog.result.toPlainText() and "Line 3" in dialog.result.toPlainText()
    _lay_out(dialog)
    _check(dialog, "The people import")


def test_open_referral_import_holds_with_its_warnings_shown(qtbot: Any, large_font: QFont, db: Database,
                                                           core: Linkwell, inline_runner: InlineRunner,
                                                           tmp_path: Any) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"content": [
        {"id": "1001", "name": "Tuesday Tea & Chat at Canolfan Gymunedol Llanbedr Pont Steffan",
         "email": "ask for Gwenllïan at the desk of the Canolfan on Tuesdays between ten and twelve",
         "url": "the Canolfan's page on the county council's community directory, under Llanbedr"},
        {"id": "1002", "description": "No name: Żaneta's Thursday knitting circle at the library <upstairs>"}]}),
        encoding="utf-8")
    dialog = ImportDirectoryDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    _opens_on_screen(dialog)
    dialog.source.setText(str(feed))
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check()
    assert dialog.problems.count() >= 3  # the missing name, the email and the web address
    _lay_out(dialog)
    _check(dialog, "The Open Referral import")


def test_the_checks_catch_a_cut_button_and_an_overlap(qtbot: Any, large_font: QFont) -> None:
    """The checks above can fail: a row of buttons squeezed into too little room is caught."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    squeezed = QWidget()
    qtbot.addWidget(squeezed)
    row = QHBoxLayout(squeezed)
    row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    for text in ("Save the referral", "Check for duplicates", "Cancel"):
        row.addWidget(QPushButton(text, squeezed))
    squeezed.resize(200, 60)
    squeezed.show()
    QApplication.processEvents()
    assert any("Check for duplicates" in p for p in clipped(squeezed))
    squeezed.findChildren(QPushButton)[1].move(0, 0)  # on top of the first
    assert overlapping(squeezed)


def test_the_checks_catch_a_cut_cell(qtbot: Any, large_font: QFont) -> None:
    """A list whose long line is cut or runs off to the side is caught; wrapped whole, it passes."""
    from PySide6.QtWidgets import QListWidget, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    listed = QListWidget(window)
    QVBoxLayout(window).addWidget(listed)
    listed.addItem(LONG_NOTE)
    window.resize(600, 400)
    window.show()
    QApplication.processEvents()
    assert any("Met Gwenllïan" in p for p in cut_cells(window))
    listed.setWordWrap(True)
    listed.setResizeMode(QListView.ResizeMode.Adjust)
    listed.doItemsLayout()
    QApplication.processEvents()
    assert cut_cells(window) == []
