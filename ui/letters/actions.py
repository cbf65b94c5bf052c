"""The main window's letter actions: batch letters (Ctrl+Shift+B) and the letterhead settings.

The letters service (and reportlab with it) is imported when first used, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from app.core import Linkwell
from app.i18n import translate
from ui.runner import Runner

if TYPE_CHECKING:
    from ui.letters.batch import BatchDialog
    from ui.letters.letterhead import LetterheadDialog


class LetterActions:
    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner) -> None:
        self.window, self.core, self.runner = window, core, runner
        self.batch_dialog: BatchDialog | None = None
        self.letterhead_dialog: LetterheadDialog | None = None
        self.menu = window.menuBar().addMenu(translate("letters.actions", "&Letters"))
        self.menu.setAccessibleName(translate("letters.actions", "Letters"))
        self.batch_action = self._action(translate("letters.actions", "&Batch letters…"), self.open_batch,
                                         "Ctrl+Shift+B", translate("letters.actions", "One letter for many people, "
                                                                   "into one PDF or one file each"))
        self.letterhead_action = self._action(translate("letters.actions", "Letter&head…"), self.open_letterhead, None,
                                              translate("letters.actions", "The practice's name, address and logo "
                                                        "on every letter, and what a referral letter may share"))
        from ui.letters.gp_record import GpRecordDelivery  # what waits for the GP record goes in the background

        self.gp_record_delivery = GpRecordDelivery(window, core, runner)

    def _action(self, text: str, slot: Callable[[], None], keys: str | None, tip: str) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutVisibleInContextMenu(True)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        self.window.addAction(action)
        return action

    def open_batch(self) -> None:
        from ui.letters.batch import BatchDialog

        filters = getattr(self.window, "filters", None)
        model = getattr(self.window, "model", None)
        shown = list(model.ids) if model is not None else []
        dialog = BatchDialog(self.core, self.runner, shown, bool(filters and filters.active), self.window)
        dialog.done.connect(lambda said: self.window.statusBar().showMessage(said))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.batch_dialog = dialog
        dialog.open()
        dialog.load()

    def open_letterhead(self) -> None:
        from ui.letters.letterhead import LetterheadDialog

        dialog = LetterheadDialog(self.core, self.runner, self.window)
        dialog.saved.connect(lambda: self.window.statusBar().showMessage(
            translate("letters.actions", "Letterhead saved: the next letter uses it."), 10000))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.letterhead_dialog = dialog
        dialog.open()
        dialog.load()
