"""The Today worklist in the window: sections filled from a real database; Enter opens a person."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence

from app import clock
from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from ui.main_window import MainWindow
from ui.runner import Runner
from ui.today import MARKERS, PERSON_ROLE, TodayView


def _referred(db: Database, given: str, days: int) -> str:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name=given, family_name="Test").created_id
    assert pid
    caseload.refer(pid, referral_date=clock.today() - timedelta(days=days), referral_source="self",
                   reasons=["loneliness"])
    return pid


def _contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""
    def luminance(c: QColor) -> float:
        parts = [v / 255 for v in (c.red(), c.green(), c.blue())]
        lin = [p / 12.92 if p <= 0.03928 else ((p + 0.055) / 1.055) ** 2.4 for p in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_waiting_referrals_are_marked_beside_the_words_and_say_so(qtbot: Any, db: Database, core: Linkwell,
                                                                   inline_runner: Runner) -> None:
    red, amber, fresh = _referred(db, "Red", 20), _referred(db, "Amber", 8), _referred(db, "New", 1)
    view = TodayView(core, inline_runner)
    qtbot.addWidget(view)
    view.refresh()
    rows = view.lists["new_referrals"]
    assert [rows.item(i).data(PERSON_ROLE) for i in range(rows.count())] == [red, amber, fresh]
    assert "urgent" in rows.item(0).text() and "20 days" in rows.item(0).text()
    assert all(rows.item(i).background().style() == Qt.BrushStyle.NoBrush for i in range(3))  # no walls of colour
    images = [rows.item(i).icon().pixmap(rows.iconSize()).toImage() for i in range(3)]
    centre = [image.pixelColor(image.width() // 2, image.height() // 2) for image in images]
    assert centre[0] == rows.marker_colour("red") and centre[1] == rows.marker_colour("amber")
    assert centre[2].alpha() == 0  # nothing to mark: an empty space keeps the names in line
    side = images[0].width()
    corner = (side // 4, side - side // 4 - 1)  # near the bottom left: inside a triangle, outside a circle
    assert images[0].pixelColor(*corner).alpha() > 0 and images[1].pixelColor(*corner).alpha() == 0  # shapes differ
    base = rows.palette().base().color()
    assert _contrast(rows.palette().text().color(), base) >= 4.5  # the words: WCAG AA
    assert min(_contrast(rows.marker_colour(level), base) for level in MARKERS) >= 3  # the markers: 1.4.11
    assert view.headings["new_referrals"].text() == "New referrals not yet contacted (3)"
    assert view.lists["follow_ups"].item(0).text() == "No follow-ups are due."


def test_enter_on_a_row_opens_the_person(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> None:
    pid = _referred(db, "Opened", 15)
    window = MainWindow(core, inline_runner)
    qtbot.addWidget(window)
    opened: list[str] = []
    window.open_person = opened.append  # type: ignore[method-assign]
    window.load()
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    # Ctrl+1 (the offscreen platform maps no Ctrl+digit key events, so the action is triggered)
    assert window.today_action.shortcut() == QKeySequence("Ctrl+1")
    window.today_action.trigger()
    rows = window.today.lists["new_referrals"]
    assert window.focusWidget() is rows
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    assert opened == [pid]


def test_without_a_person_record_the_row_is_selected(qtbot: Any, db: Database, core: Linkwell,
                                                      inline_runner: Runner) -> None:
    pid = _referred(db, "Zed", 15)
    _referred(db, "Abe", 1)
    window = MainWindow(core, inline_runner)
    qtbot.addWidget(window)
    window.load()
    assert window.select_person(pid)
    assert window.model.data(window.table.currentIndex()) == "Test, Zed"


def test_today_and_caseload_keys(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> None:
    window = MainWindow(core, inline_runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.splitter.setSizes([0, 800])  # Today folded away ...
    window.today_action.trigger()
    assert window.splitter.sizes()[0] > 0  # ... Ctrl+1 brings it back
    assert window.caseload_action.shortcut() == QKeySequence("Ctrl+2")
    window.caseload_action.trigger()
    assert window.focusWidget() is window.table


def test_today_gets_its_width_when_the_first_page_comes_before_the_window_shows(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> None:
    _referred(db, "Early", 3)
    window = MainWindow(core, inline_runner)
    qtbot.addWidget(window)
    window.load()  # inline: the caseload arrives before the window is shown, as at start-up
    window.fit_to_screen()
    window.show()
    qtbot.waitExposed(window)
    wanted = min(window.today.sizeHint().width(), window.splitter.width() // 2)
    assert window.splitter.sizes()[0] >= wanted * 0.9  # not squeezed to a sliver
