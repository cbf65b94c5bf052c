"""The person window's Team hub menu (when this laptop has joined a team hub): hand the person over to a
colleague, and see who in the team has looked at the record."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from app.core import Linkwell
from app.i18n import translate
from ui.runner import Runner


class PersonTeam:
    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner, person_id: str) -> None:
        self.window, self.core, self.runner, self.person_id = window, core, runner, person_id
        self.dialog: QDialog | None = None
        self.menu = window.menuBar().addMenu(translate("sync.person_menu", "Team hu&b"))  # Alt+B: every letter of "Team" is taken in the record
        self.menu.setAccessibleName(translate("sync.person_menu", "Team"))
        self.hand_over = self._action(translate("sync.person_menu", "&Hand over to a colleague…"), self.open_hand_over, "Ctrl+Shift+H",
                                      translate("sync.person_menu", "Give this person to another link worker of the team"))
        self.who_looked = self._action(translate("sync.person_menu", "&Who looked at this record…"), self.open_who_looked, None,
                                       translate("sync.person_menu", "Everyone in the team who opened this record, and when"))
        self.menu.addActions([self.hand_over, self.who_looked])
        self.menu.menuAction().setVisible(False)  # until the laptop is known to have joined a hub
        runner.op(core.sync.status).success(self._got_status).failure(lambda _e: None).owned_by(window).run()
        self.joined = False
        record = getattr(window, "record", None)
        if record is not None and hasattr(record, "loaded"):
            record.loaded.connect(self._opened)

    def _action(self, text: str, slot: Any, keys: str | None, tip: str) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutVisibleInContextMenu(True)
        action.setStatusTip(tip)
        action.setEnabled(False)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _got_status(self, state: dict[str, Any]) -> None:
        joined = self.joined = bool(state.get("hub"))
        self.menu.menuAction().setVisible(joined)
        for action in self.menu.actions():
            action.setEnabled(joined)

    def _opened(self) -> None:
        """The record was opened (and its view recorded): a person handed to this worker leaves Today's
        "Handed to you", wherever the record was opened from."""
        today = getattr(self.window.parent(), "today", None)
        if self.joined and today is not None and hasattr(today, "refresh"):
            today.refresh()

    def _name(self) -> str:
        record = getattr(self.window, "record", None)
        label = getattr(record, "name", None)
        return label.text() if label is not None else ""

    def open_hand_over(self) -> None:
        from ui.sync.hand_over import HandOverDialog

        self.dialog = HandOverDialog(self.core, self.runner, self.person_id, self._name(), self.window)
        self.dialog.open()

    def open_who_looked(self) -> None:
        from ui.sync.who_looked import WhoLookedDialog

        self.dialog = WhoLookedDialog(self.core, self.runner, self.person_id, self._name(), self.window)
        self.dialog.open()
