"""The window in a light, a dark and a high-contrast theme: the colours it draws itself (Today's
markers, the icons on its main actions) and the colours it leaves to the theme (the caseload's rows,
its status column among them) all keep WCAG AA contrast, 4.5:1, against the background they sit on."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette

from app import clock
from app.core import Linkwell
from app.domain.status import EpisodeStatus
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from ui.directory.results import BADGE_COLOURS, BADGE_TEXT
from ui.main_window import MainWindow
from ui.person.window import PersonWindow
from ui.runner import Runner
from ui.today import MARKERS, TodayView
from ui.widgets.contrast import AA, ratio

Role = QPalette.ColorRole


def _palette(window: str, base: str, text: str, button_text: str, highlight: str, highlighted: str) -> QPalette:
    palette = QPalette()
    for roles, colour in (((Role.Window, Role.Button, Role.AlternateBase, Role.ToolTipBase), window),
                          ((Role.Base,), base),
                          ((Role.WindowText, Role.Text, Role.ToolTipText), text),
                          ((Role.ButtonText,), button_text),
                          ((Role.Highlight,), highlight), ((Role.HighlightedText,), highlighted)):
        for role in roles:
            palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.WindowText, QColor("#808080"))
    return palette


PALETTES = {
    "light": _palette("#efefef", "#ffffff", "#000000", "#000000", "#308cc6", "#ffffff"),
    "dark": _palette("#353535", "#2a2a2a", "#ffffff", "#ffffff", "#2a82da", "#000000"),
    "high contrast, white text": _palette("#000000", "#000000", "#ffffff", "#ffffff", "#ffff00", "#000000"),
    "high contrast, yellow text": _palette("#000000", "#000000", "#ffff00", "#ffff00", "#00ffff", "#000000"),
}


def _referred(db: Database, given: str, days: int) -> str:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name=given, family_name="Theme").created_id
    assert pid
    caseload.refer(pid, referral_date=clock.today() - timedelta(days=days), referral_source="self",
                   reasons=["loneliness"])
    return pid


def _drawn_colour(icon: QIcon, side: int = 32) -> QColor:
    """The most opaque pixel's colour: what an icon is drawn in (anti-aliased edges aside)."""
    image = icon.pixmap(side, side).toImage()
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    best = max(pixels, key=lambda colour: colour.alpha())
    assert best.alpha() == 255
    best.setAlpha(255)
    return best


@pytest.mark.parametrize("theme", PALETTES)
def test_today_markers_keep_aa_contrast_in_every_theme(qtbot: Any, db: Database, core: Linkwell,
                                                        inline_runner: Runner, theme: str) -> None:
    _referred(db, "Red", 20), _referred(db, "Amber", 8)
    view = TodayView(core, inline_runner)
    qtbot.addWidget(view)
    view.refresh()
    view.setPalette(PALETTES[theme])  # after the rows: the markers are drawn again for the new theme
    rows = view.lists["new_referrals"]
    base = rows.palette().color(Role.Base)
    assert base == PALETTES[theme].color(Role.Base)
    drawn = {rows.item(i).data(Qt.ItemDataRole.UserRole + 1): _drawn_colour(rows.item(i).icon(), rows.iconSize().width())
             for i in range(rows.count())}
    assert set(drawn) == set(MARKERS)
    for level, colour in drawn.items():
        assert colour == rows.marker_colour(level)
        assert ratio(colour, base) >= AA, (theme, level, colour.name())


@pytest.mark.parametrize("theme", PALETTES)
def test_caseload_status_and_icons_follow_the_theme(qtbot: Any, db: Database, core: Linkwell,
                                                    inline_runner: Runner, theme: str) -> None:
    _referred(db, "Status", 3)
    window = MainWindow(core, inline_runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.caseload_painted):
        window.load()
        window.show()
    window.setPalette(PALETTES[theme])
    table, model = window.table, window.model
    status = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Status")
    index = model.index(0, status)
    assert model.data(index)  # a status, in words
    for role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):  # no colours of its own:
        assert all(model.data(model.index(0, c), role) is None for c in range(model.columnCount()))
    assert table.palette().color(Role.Text) == PALETTES[theme].color(Role.Text)  # the theme's, which it chose
    for action in (window.today_action, window.find_action, window.person_actions.new_referral):
        colour = _drawn_colour(action.icon())
        assert colour == window.palette().color(Role.WindowText)  # drawn again in the new theme's text colour
        assert ratio(colour, window.palette().color(Role.Window)) >= AA


def test_person_window_icons_follow_the_theme(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> None:
    person = PersonWindow(core, inline_runner, _referred(db, "Icons", 2))
    qtbot.addWidget(person)
    record = person.record
    buttons = (record.connect_button, record.add_contact_button, record.measures.record_button,
               record.move_buttons[EpisodeStatus.CLOSED])
    assert all(not button.icon().isNull() for button in buttons)
    for theme in ("dark", "light"):
        person.setPalette(PALETTES[theme])
        for button in buttons:
            assert _drawn_colour(button.icon()) == PALETTES[theme].color(Role.WindowText), (theme, button.text())


def test_directory_badges_read_in_every_theme() -> None:
    """The directory's badges set their own fill and text together, so they read the same in any theme."""
    for badge, fill in BADGE_COLOURS.items():
        assert ratio(QColor(BADGE_TEXT), QColor(fill)) >= AA, badge


@pytest.mark.parametrize("theme", PALETTES)
def test_an_error_sentence_keeps_aa_contrast_in_every_theme(qtbot: Any, theme: str) -> None:
    """The red of an inline error (a wrong passphrase, a date not understood) reads on every theme: dark
    red on light, light red on dark and high contrast."""
    from PySide6.QtWidgets import QWidget

    from ui.widgets.common import message_label

    form = QWidget()
    qtbot.addWidget(form)
    form.setPalette(PALETTES[theme])
    label = message_label(form, "Problem")
    colour = QColor(label.styleSheet().removeprefix("color: ").removesuffix(";"))
    assert colour.isValid()
    assert ratio(colour, PALETTES[theme].color(Role.Window)) >= AA, (theme, colour.name())
