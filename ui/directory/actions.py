"""The main window's way into the directory: a Directory menu (and Ctrl+3 in the Go menu) for the
service directory, the verification worklist, unmet needs and Open Referral import. One directory
window, raised if it is open already."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.core import Linkwell
from app.i18n import translate
from ui.runner import Runner

if TYPE_CHECKING:  # the window is imported when first opened, not at start-up
    from ui.directory.window import DirectoryWindow


def go_menu(window: QMainWindow) -> QMenu | None:
    """The main window's Go menu: the one holding its Today action (its title is in the chosen language)."""
    today = getattr(window, "today_action", None)
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and ((today is not None and today in menu.actions()) or action.text() == "&Go"):
            return menu
    return None


class DirectoryActions:
    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner) -> None:
        self.window, self.core, self.runner = window, core, runner
        self.directory_window: DirectoryWindow | None = None
        menu = window.menuBar().addMenu(translate("directory.actions", "&Directory"))
        self.open_action = self._action(translate("directory.actions", "&Service directory"), "Ctrl+3",
                                        translate("directory.actions", "Search the local service directory"),
                                        lambda: self.open_directory())
        self.worklist_action = self._action(translate("directory.actions", "&Verification worklist"), "",
                                            translate("directory.actions", "Services not checked lately, oldest first"),
                                            lambda: self.open_directory(tab=1))
        self.unmet_action = self._action(translate("directory.actions", "&Unmet needs"), "",
                                         translate("directory.actions", "Needs no service could meet, by category and area"),
                                         lambda: self.open_directory(tab=2))
        self.import_action = self._action(translate("directory.actions", "&Import Open Referral…"), "",
                                          translate("directory.actions", "Bring in services from an Open Referral file or feed"),
                                          self.import_open_referral)
        menu.addActions([self.open_action, self.worklist_action, self.unmet_action])
        menu.addSeparator()
        menu.addAction(self.import_action)
        go = go_menu(window)
        if go is not None:
            go.addAction(self.open_action)
        window.addAction(self.open_action)  # Ctrl+3 works with the menu bar hidden too

    def _action(self, text: str, keys: str, tip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutVisibleInContextMenu(True)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _open_person(self, person_id: str) -> None:
        opener = getattr(self.window, "open_person_from_list", None) or getattr(self.window, "open_person", None)
        if callable(opener):
            opener(person_id)

    def open_directory(self, tab: int = 0) -> DirectoryWindow:
        from ui.directory.window import DirectoryWindow

        existing = self.directory_window
        if existing is None:
            existing = DirectoryWindow(self.core, self.runner, self._open_person, self.window)
            existing.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            existing.destroyed.connect(lambda *_a: setattr(self, "directory_window", None))
            self.directory_window = existing
            screen = self.window.screen().availableGeometry().size()
            existing.resize(existing.size().boundedTo(screen * 0.9))
        existing.show()
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise there, and warns
            existing.raise_()
        existing.activateWindow()
        existing.show_tab(tab)
        if tab == 0:
            existing.focus_search()
        return existing

    def import_open_referral(self) -> None:
        self.open_directory().import_open_referral()
