"""The main window's way to the dashboard and the commissioner report: a Reports menu (and the
dashboard in the Go menu too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.core import Linkwell
from app.i18n import translate
from ui.runner import Runner

if TYPE_CHECKING:
    from ui.outcomes.dashboard import Dashboard
    from ui.outcomes.report_dialog import ReportDialog


class OutcomeActions:
    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner) -> None:
        self.window, self.core, self.runner = window, core, runner
        self.dashboard: Dashboard | None = None
        self.report_dialog: ReportDialog | None = None
        menu = window.menuBar().addMenu(translate("outcomes.actions", "&Reports"))
        self.dashboard_action = QAction(translate("outcomes.actions", "&Dashboard"), window)
        self.dashboard_action.setShortcut(QKeySequence("Ctrl+4"))
        self.dashboard_action.setStatusTip(translate("outcomes.actions", "This quarter's figures and charts; each figure lists its people"))
        self.dashboard_action.triggered.connect(self.open_dashboard)
        self.report_action = QAction(translate("outcomes.actions", "Commissioner &report…"), window)
        self.report_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.report_action.setStatusTip(translate("outcomes.actions", "Write the commissioner report as a PDF, and the CSV of referrals"))
        self.report_action.triggered.connect(self.open_report)
        menu.addAction(self.dashboard_action)
        menu.addAction(self.report_action)
        # the Go menu is the one holding Today (its title is in the window's language)
        today = getattr(window, "today_action", None)
        go: QMenu | None = None
        for item in window.menuBar().actions():
            found = item.menu()
            if isinstance(found, QMenu) and (
                    today in found.actions() if today is not None else item.text().replace("&", "") == "Go"):
                go = found
                break
        if go is not None:
            go.addAction(self.dashboard_action)  # one action, so one shortcut, in both menus

    def _open_person(self, person_id: str) -> None:
        opener = getattr(self.window, "open_person", None)
        if opener is not None:
            opener(person_id)
            self.window.raise_()
            self.window.activateWindow()

    def open_dashboard(self) -> None:
        from ui.outcomes.dashboard import Dashboard

        if self.dashboard is None:
            self.dashboard = Dashboard(self.core, self.runner, self._open_person, self.window)
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()

    def open_report(self) -> None:
        from ui.outcomes.report_dialog import ReportDialog

        if self.report_dialog is None:
            self.report_dialog = ReportDialog(self.core, self.runner, self.window)
        self.report_dialog.open()
