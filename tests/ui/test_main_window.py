from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QWidget

from app.core import Linkwell
from app.services.caseload.listing import CaseloadList
from app.storage.database import Database
from tests.conftest import DEMO_PEOPLE
from tests.ui.conftest import add_people
from ui.main_window import MainWindow
from ui.runner import Runner

WAIT_MS = 10_000
OpenWindow = Callable[[Linkwell], MainWindow]


@pytest.fixture
def open_window(qtbot: Any, runner: Runner) -> Iterator[OpenWindow]:
    """Show a window on a database and wait until its caseload has been painted."""
    windows: list[MainWindow] = []

    def opened(core: Linkwell) -> MainWindow:
        window = MainWindow(core, runner)
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitSignal(window.caseload_painted, timeout=WAIT_MS):
            window.load()
            window.show()
        return window

    yield opened
    for window in windows:  # before the runner stops, so the worker closes its connection
        window.close()


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_opens_on_the_caseload_with_count_and_title(open_window: OpenWindow, db: Database, core: Linkwell) -> None:
    add_people(db)
    window = open_window(core)
    assert window.windowTitle() == f"Linkwell — {db.path.name}"
    assert window.model.rowCount() == 3
    assert window.count_label.text() == "3 people"
    assert _names(window) == ["Adeyemi, Amara", "Kowalski, Tomasz", "O'Brien, Siân"]
    assert window.banner is None
    assert window.has_painted_caseload


def test_an_empty_caseload_still_paints_and_says_so(open_window: OpenWindow, db: Database, core: Linkwell) -> None:
    window = open_window(core)
    assert window.count_label.text() == "0 people"
    assert window.table.empty_text == "No one is on the caseload yet."


def test_demo_database_is_labelled_in_title_and_banner(
    open_window: OpenWindow, db: Database, core: Linkwell
) -> None:
    db.demo = True
    window = open_window(core)
    assert window.windowTitle() == f"Linkwell — DEMO (fictional people) — {db.path.name}"
    assert window.banner is not None and window.banner.isVisible()
    assert "fictional" in window.banner.text()


def test_grab_gives_a_real_picture(open_window: OpenWindow, db: Database, core: Linkwell, tmp_path: Path) -> None:
    add_people(db)
    db.demo = True
    window = open_window(core)
    path = tmp_path / "window.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    ratio = window.devicePixelRatioF()
    assert (image.width(), image.height()) == (
        round(window.width() * ratio),
        round(window.height() * ratio),
    )
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    }
    assert len(colours) > 20  # text, grid, banner: not one flat colour
    assert window.banner is not None
    banner_at = window.banner.mapTo(window, window.banner.rect().center())
    assert QColor(image.pixel(round(2 * ratio), round(banner_at.y() * ratio))).name() == "#ffd54f"


def test_every_focusable_control_has_an_accessible_name(
    open_window: OpenWindow, db: Database, core: Linkwell
) -> None:
    window = open_window(core)
    focusable = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w, QScrollBar)
        and not isinstance(w.parent(), QAbstractScrollArea)
    ]
    assert window.table in focusable
    assert {type(w).__name__: w.accessibleName() for w in focusable if not w.accessibleName()} == {}
    assert window.count_label.accessibleName() == "Number of people"


def test_keyboard_moves_through_rows_and_ctrl_q_quits(
    qtbot: Any, open_window: OpenWindow, db: Database, core: Linkwell
) -> None:
    add_people(db)
    window = open_window(core)
    window.activateWindow()
    qtbot.waitActive(window, timeout=WAIT_MS)
    assert window.table.hasFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 2  # from row 0, where the window starts
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    qtbot.keyClick(window.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_sorting_by_name_reloads_in_the_other_order(
    qtbot: Any, open_window: OpenWindow, db: Database, core: Linkwell, runner: Runner
) -> None:
    add_people(db)
    window = open_window(core)
    header = window.table.horizontalHeader()
    with qtbot.waitSignal(window.model.modelReset, timeout=WAIT_MS):
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert _names(window) == ["O'Brien, Siân", "Kowalski, Tomasz", "Adeyemi, Amara"]

    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # Practice: not sortable yet
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.DescendingOrder,
    )
    assert "sorted by Name or Days in status" in window.statusBar().currentMessage()


def test_the_caseload_opens_sorted_as_it_was_left(
    qtbot: Any, open_window: OpenWindow, db: Database, core: Linkwell, runner: Runner
) -> None:
    add_people(db)
    window = open_window(core)
    header = window.table.horizontalHeader()
    with qtbot.waitSignal(window.model.modelReset, timeout=WAIT_MS):
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: core.db.read_setting("ui.caseload_sort") == "name down", timeout=WAIT_MS)
    window.close()

    again = open_window(core)  # a new window on the same database: as it was left
    qtbot.waitUntil(lambda: _names(again) == ["O'Brien, Siân", "Kowalski, Tomasz", "Adeyemi, Amara"],
                    timeout=WAIT_MS)
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)


def test_columns_widen_with_a_larger_font(open_window: OpenWindow, db: Database, core: Linkwell) -> None:
    window = open_window(core)
    before = window.table.columnWidth(0)
    font = window.table.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    window.table.setFont(font)
    window.setFont(font)
    assert window.table.columnWidth(0) > 1.5 * before


def test_the_demo_caseload_opens_labelled_with_every_person(
    qtbot: Any, open_window: OpenWindow, demo_db: Database, demo_core: Linkwell
) -> None:
    expected = CaseloadList(demo_db)
    names = [r.name for r in expected.rows(expected.person_ids())]
    expected.close()
    window = open_window(demo_core)
    assert window.windowTitle().startswith("Linkwell — DEMO (fictional people) — ")
    assert window.banner is not None and window.banner.isVisible()
    assert (
        window.count_label.text() == f"{DEMO_PEOPLE} people"
        and window.model.rowCount() == DEMO_PEOPLE
    )
    assert _names(window) == names
    statuses = {window.model.data(window.model.index(r, 4)) for r in range(DEMO_PEOPLE)}
    assert len(statuses) > 3  # the demo has people at many stages


def test_opens_wider_than_qts_two_thirds_of_the_screen(
    open_window: OpenWindow, db: Database, core: Linkwell
) -> None:
    window = open_window(core)
    window.fit_to_screen()
    available = window.screen().availableGeometry().size()
    assert window.width() > available.width() * 2 / 3  # the columns want more than Qt's default
    if window.sizeHint().width() <= available.width() * 0.9:
        assert window.size() == window.sizeHint().boundedTo(available * 0.9)
    else:  # too wide for 90%: the whole screen, not a sideways scroll
        assert window.isMaximized() and window.size() == available


def test_a_long_caseload_paints_its_first_page_then_the_rest_arrive(
    qtbot: Any, runner: Runner, demo_db: Database, demo_core: Linkwell
) -> None:
    """The first trip reads one page of ids and the count; the rest follow: the table is the whole
    caseload from the first paint, and its end, and anyone in it, can be reached from the keyboard."""
    expected = CaseloadList(demo_db)
    ids = expected.person_ids()
    names = [r.name for r in expected.rows(ids)]
    expected.close()
    window = MainWindow(demo_core, runner)
    qtbot.addWidget(window)
    window.model.page_size = 20  # the demo's 60 people as three pages
    with qtbot.waitSignal(window.caseload_painted, timeout=WAIT_MS):
        window.load()
        window.show()
    assert window.model.rowCount() == DEMO_PEOPLE and window.count_label.text() == f"{DEMO_PEOPLE} people"
    qtbot.waitUntil(lambda: window.model.complete, timeout=WAIT_MS)

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = DEMO_PEOPLE - 1
    assert window.table.currentIndex().row() == last
    qtbot.waitUntil(lambda: window.model.is_loaded(last), timeout=WAIT_MS)
    assert window.model.data(window.model.index(last, 0)) == names[-1]

    assert window.select_person(ids[30])
    assert window.table.currentIndex().row() == 30
    qtbot.waitUntil(lambda: window.model.is_loaded(30), timeout=WAIT_MS)
    assert _names(window) == names

    with qtbot.waitSignal(window.model.modelReset, timeout=WAIT_MS):  # by name, Z to A
        window.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: window.model.complete, timeout=WAIT_MS)
    assert window.model.ids == list(reversed(ids))
    window.close()


def test_every_sort_the_window_offers_has_its_own_index() -> None:
    from ui.main_window import SORTS

    assert {key for key, _ in SORTS.values()} == {"name", "status_age"}  # see test_caseload_list


def test_a_long_name_and_next_action_read_whole(open_window: OpenWindow, db: Database, core: Linkwell,
                                                qtbot: Any) -> None:
    """A name longer than the column's sample widens the column when its row arrives, the full text is
    the cell's tooltip, and Next action never gets narrower than its words (the table scrolls instead)."""
    from datetime import date

    long_name = ("Gwenllïan Siân", "Ní Bhriain-Wojciechowska-Featherstonehaugh", date(1961, 3, 9), True)
    add_people(db, [long_name])
    window = open_window(core)
    window.resize(1300, 600)  # the name's column may take up to 60% of the table
    qtbot.waitUntil(lambda: window.model.is_loaded(0), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.table.columnWidth(0) > window.table.fontMetrics().horizontalAdvance(
        window.model.data(window.model.index(0, 0))), timeout=WAIT_MS)
    shown = window.model.index(0, 0)
    text = window.model.data(shown)
    assert "Featherstonehaugh" in text
    assert window.model.data(shown, Qt.ItemDataRole.ToolTipRole) == text
    metrics = window.table.fontMetrics()
    assert window.table.columnWidth(0) > metrics.horizontalAdvance(text)
    last = window.model.columnCount() - 1
    next_action = window.model.data(window.model.index(0, last))
    assert next_action and window.table.columnWidth(last) > metrics.horizontalAdvance(next_action)
