"""Icons for the window's main actions: one function per meaning, so the set can change here alone.

They come from Phosphor (MIT licence) through qtawesome, drawn in the palette's text colour (greyed
when disabled), so they follow a light, dark or high-contrast theme; ``dress`` puts them on a window's
actions and buttons and draws them again when the theme changes. qtawesome is imported on first use,
not at start-up: loading its fonts takes about 0.2 s, and the main window asks only once it has painted.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QWidget

Icon = Callable[[QPalette], QIcon]


def _drawn(name: str, palette: QPalette) -> QIcon:
    import qtawesome  # here, not at import: see the module's note

    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    greyed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return qtawesome.icon(f"ph.{name}", color=text, color_disabled=greyed)


def today(palette: QPalette) -> QIcon:
    return _drawn("calendar-check", palette)


def caseload(palette: QPalette) -> QIcon:
    return _drawn("users", palette)


def find_person(palette: QPalette) -> QIcon:
    return _drawn("magnifying-glass", palette)


def new_referral(palette: QPalette) -> QIcon:
    return _drawn("user-plus", palette)


def waiting_room(palette: QPalette) -> QIcon:
    return _drawn("armchair", palette)


def duplicates(palette: QPalette) -> QIcon:
    return _drawn("copy", palette)


def import_people(palette: QPalette) -> QIcon:
    return _drawn("file-arrow-down", palette)


def quit_app(palette: QPalette) -> QIcon:
    return _drawn("sign-out", palette)


def connect_service(palette: QPalette) -> QIcon:
    return _drawn("link", palette)


def add_contact(palette: QPalette) -> QIcon:
    return _drawn("chat-circle-text", palette)


def record_measures(palette: QPalette) -> QIcon:
    return _drawn("gauge", palette)


def close_referral(palette: QPalette) -> QIcon:
    return _drawn("check-circle", palette)


class _Repaint(QObject):
    """Draws a window's icons again when its palette changes (the OS theme, or the user's choice)."""

    def __init__(self, window: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(window)
        self._apply = apply
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply()
        return False


def dress(window: QWidget, targets: Mapping[QAction | QAbstractButton, Icon]) -> None:
    """Give each action or button its icon in ``window``'s palette, now and after every theme change."""

    def apply() -> None:
        palette = window.palette()
        for target, icon in targets.items():
            target.setIcon(icon(palette))

    apply()
    _Repaint(window, apply)


def dress_main_window(window: Any) -> None:
    """The main window's menu actions: Go, File and the person side's (a ``ui.main_window.MainWindow``)."""
    people = window.person_actions
    dress(window, {window.today_action: today, window.caseload_action: caseload, window.find_action: find_person,
                   window.import_action: import_people, window.quit_action: quit_app,
                   people.new_referral: new_referral, people.waiting_room: waiting_room,
                   people.duplicates: duplicates})


def dress_person_window(window: QWidget, record: Any) -> None:
    """The person record's main actions (a ``ui.person.record.PersonRecord``): connect, contact, measures,
    close the referral."""
    from app.domain.status import EpisodeStatus

    dress(window, {record.connect_button: connect_service, record.add_contact_button: add_contact,
                   record.measures.record_button: record_measures,
                   record.move_buttons[EpisodeStatus.CLOSED]: close_referral})
