"""The Help menu: the shortcuts listed are the window's own (read from its actions), About says what
Linkwell is, and Help stays last on the menu bar when other menus arrive after it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction

from app.core import Linkwell
from ui.help import ShortcutsDialog, about_text, shortcuts
from ui.main_window import MainWindow
from ui.runner import Runner


def _window(qtbot: Any, core: Linkwell, runner: Runner) -> MainWindow:
    window = MainWindow(core, runner)
    qtbot.addWidget(window)
    return window


def test_the_shortcuts_listed_are_the_windows_own(qtbot: Any, core: Linkwell, runner: Runner) -> None:
    window = _window(qtbot, core, runner)
    rows = dict(shortcuts(window))
    assert rows["Find a person"] == "Ctrl+K" and rows["Quit"] == "Ctrl+Q" and rows["Keyboard shortcuts"] == "F1"
    assert not any("&" in what for what in rows)  # mnemonics are not shown as ampersands
    added = QAction("Check && tidy the list", window)
    added.setShortcut("Ctrl+Alt+T")
    window.addAction(added)
    assert dict(shortcuts(window))["Check & tidy the list"] == "Ctrl+Alt+T"  # new actions appear by themselves
    added.setEnabled(False)
    assert "Check & tidy the list" not in dict(shortcuts(window))

    window.help_menu.show_shortcuts()
    dialog = window.help_menu.dialog
    assert isinstance(dialog, ShortcutsDialog)
    table = dialog.table
    listed = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert listed["Find a person"] == "Ctrl+K"
    dialog.reject()


def test_help_stays_last_and_about_says_what_linkwell_is(qtbot: Any, core: Linkwell, runner: Runner) -> None:
    window = _window(qtbot, core, runner)
    bar = window.menuBar()
    assert bar.actions()[-1].text() == "&Help"
    bar.addMenu("&Security")  # as the lock adds its menu once the window exists
    assert [a.text() for a in bar.actions()][-2:] == ["&Security", "&Help"]
    text = about_text()
    assert "Linkwell" in text and "encrypted on this computer" in text
    window.help_menu.show_about()
    assert window.help_menu.dialog is not None and window.help_menu.dialog.windowTitle() == "About Linkwell"
