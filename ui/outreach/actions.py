"""Go → Outreach calls (Ctrl+5): opens the Outreach window, one per main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from app.core import Linkwell
from app.i18n import translate
from ui.directory.actions import go_menu
from ui.runner import Runner

if TYPE_CHECKING:
    from ui.outreach.window import OutreachWindow


class OutreachActions:
    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner) -> None:
        self.window, self.core, self.runner = window, core, runner
        self.outreach_window: OutreachWindow | None = None
        self.open_action = QAction(translate("outreach.actions", "&Outreach calls"), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+5"))
        self.open_action.setShortcutVisibleInContextMenu(True)
        self.open_action.setStatusTip(translate("outreach.actions", "Call through a list of people the practice asked you to contact"))
        self.open_action.triggered.connect(self.open)
        go = go_menu(window)
        if go is not None:
            go.addAction(self.open_action)
        window.addAction(self.open_action)  # Ctrl+5 works with the menu bar hidden too

    def open(self) -> None:
        from ui.outreach.window import OutreachWindow

        if self.outreach_window is None:
            self.outreach_window = OutreachWindow(self.core, self.runner, self.window)  # a window of its own
        self.outreach_window.show()
        self.outreach_window.raise_()
        self.outreach_window.activateWindow()
