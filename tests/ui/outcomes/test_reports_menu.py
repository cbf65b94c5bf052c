"""The Reports menu in the main window: Ctrl+4 opens the dashboard (also in the Go menu), and a
figure's person opens in the window; Ctrl+Shift+R opens the commissioner report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.core import Linkwell
from app.storage.database import Database
from ui.main_window import MainWindow
from ui.runner import Runner


def test_the_dashboard_and_the_report_from_the_main_window(qtbot: Any, demo_db: Database, demo_core: Linkwell, runner: Runner) -> None:
    window = MainWindow(demo_core, runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.caseload_painted, timeout=20_000):
        window.load()
        window.show()
    actions = window.outcome_actions
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert [a.text() for a in menus["&Reports"].actions()] == ["&Dashboard", "Commissioner &report…"]
    assert actions.dashboard_action in menus["&Go"].actions()
    assert actions.dashboard_action.shortcut().toString() == "Ctrl+4"
    assert actions.report_action.shortcut().toString() == "Ctrl+Shift+R"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    dash = actions.dashboard
    assert dash is not None
    qtbot.waitUntil(lambda: dash.report is not None, timeout=30_000)
    assert dash.isVisible() and dash.tables["headline"].rowCount() > 5
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert actions.report_dialog is not None and actions.report_dialog.isVisible()
    actions.report_dialog.close()
    dash.close()
    window.close()
