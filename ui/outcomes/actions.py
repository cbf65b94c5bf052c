"""The main window's way to the dashboard and the commissioner report: a Reports menu (and the
dashboard in the Go menu too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.core import Linkwell
from ui.runner import Runner

if TYPE_CHECKING:
    from ui.outcomes.dashboard import Dashboard
    from ui.outcomes.report_dialog import ReportDialog


class OutcomeActions:
    def __init__(self, window: QMainWindow, core: Linkwell, runner: Runner) -> None:
        self.window, self.core, self.runner = window, core, runner
        self.dashboard: Dashboard | None = None
        self.report_dialog: ReportDialog | None = None
        menu = window.menuBar().addMenu("&Reports")
        self.dashboard_action = QAction("&Dashboard", window)
        self.dashboard_action.setShortcut(QKeySequence("Ctrl+4"))
        self.dashboard_action.setStatusTip("This quarter's figures and charts; each figure lists its people")
        self.dashboard_action.triggered.connect(self.open_dashboard)
        self.report_action = QAction("Commissioner &report…", window)
        self.report_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.report_action.setStatusTip("Write the commissioner report as a PDF, and the CSV of referrals")
        self.report_action.triggered.connect(self.open_report)
        menu.addAction(self.dashboard_action)
        menu.addAction(self.report_action)
        go = next((a.menu() for a in window.menuBar().actions()
                   if a.text().replace("&", "") == "Go" and isinstance(a.menu(), QMenu)), None)
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
