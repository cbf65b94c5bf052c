"""The person window's Services menu: record an unmet need for this person, or find a service (the
directory window)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from app.core import Changes, Linkwell
from app.i18n import translate
from ui.runner import Runner


class PersonDirectory:
    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner, person_id: str) -> None:
        self.window, self.core, self.runner, self.person_id = window, core, runner, person_id
        self.dialog = None
        menu = window.menuBar().addMenu(translate("directory.person_menu", "Servic&es"))
        self.need_action = QAction(translate("directory.person_menu", "Record an &unmet need…"), window)
        self.need_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.need_action.setStatusTip(translate("directory.person_menu", "No suitable service exists: record what was needed, and where"))
        self.need_action.triggered.connect(self.record_need)
        self.find_action = QAction(translate("directory.person_menu", "&Find a service…"), window)
        self.find_action.setShortcut(QKeySequence("Ctrl+3"))
        self.find_action.setStatusTip(translate("directory.person_menu", "Open the service directory"))
        self.find_action.triggered.connect(self.find_service)
        menu.addActions([self.need_action, self.find_action])

    def record_need(self) -> None:
        from ui.directory.unmet import RecordNeedDialog

        dialog = RecordNeedDialog(self.core, self.runner, self.person_id, self.window)
        dialog.recorded.connect(self._recorded)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def _recorded(self, changes: Changes) -> None:
        record = getattr(self.window, "record", None)
        if record is not None and hasattr(record, "changed"):
            record.changed.emit(changes)  # the main window refreshes what shows this person
        status = self.window.statusBar()
        status.showMessage(translate("directory.person_menu", "Unmet need recorded."), 5000)

    def find_service(self) -> None:
        """The directory, for this person: Connect there connects them to the highlighted service."""
        main = self.window.parent()
        actions = getattr(main, "directory_actions", None)
        if actions is None:
            return
        directory = actions.open_directory()
        record = getattr(self.window, "record", None)
        episode = getattr(record, "episode", None)
        if record is not None and episode is not None and episode.status != "closed":
            directory.find_for(self.person_id, record.name.text(), episode.id)
