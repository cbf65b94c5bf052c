"""Help → Language: English or Cymraeg, one checked, the choice kept for the next start and said in one
sentence in the language chosen; the menu's Alt letters stay apart in both languages."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n
from app.core import Linkwell
from tests.ui.mnemonics import letter
from ui.main_window import MainWindow
from ui.runner import InlineRunner

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user config folder of this test's own, starting with no choice kept (English)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert i18n.saved_language() == "en"
    return tmp_path


def _window(qtbot: Any, core: Linkwell, runner: InlineRunner) -> MainWindow:
    window = MainWindow(core, runner)
    qtbot.addWidget(window)
    return window


def _checked(window: MainWindow) -> list[str]:
    return [code for code, action in window.help_menu.language_actions.items() if action.isChecked()]


@pytest.mark.usefixtures("config_home")
def test_choosing_a_language_keeps_it_and_says_so_in_that_language(
        qtbot: Any, core: Linkwell, inline_runner: InlineRunner) -> None:
    window = _window(qtbot, core, inline_runner)
    menu = window.help_menu.language_menu
    assert menu.title() == "&Language" and menu.menuAction() in window.help_menu.menu.actions()
    assert [a.text() for a in menu.actions()] == ["&English", "&Cymraeg"]
    assert all(a.isCheckable() for a in menu.actions()) and _checked(window) == ["en"]

    window.help_menu.language_actions["cy"].trigger()
    assert i18n.saved_language() == "cy" and _checked(window) == ["cy"]
    box = window.help_menu.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Bydd Linkwell yn agor yn Gymraeg y tro nesaf y bydd yn cychwyn."
    box.accept()
    assert i18n.language() == "en"  # this window stays as it is until the next start

    window.help_menu.language_actions["en"].trigger()
    assert i18n.saved_language() == "en" and _checked(window) == ["en"]
    assert window.help_menu.dialog.text() == "Linkwell will open in English next time it starts."  # type: ignore[union-attr]


@pytest.mark.usefixtures("config_home")
def test_a_new_window_checks_the_language_kept(qtbot: Any, core: Linkwell, inline_runner: InlineRunner) -> None:
    i18n.save_language("cy")
    assert _checked(_window(qtbot, core, inline_runner)) == ["cy"]


@pytest.mark.usefixtures("config_home")
def test_the_help_menu_keeps_distinct_alt_letters_in_english_and_welsh(
        qtbot: Any, qapp: QApplication, core: Linkwell, inline_runner: InlineRunner) -> None:
    from ui.language import install

    def letters(window: MainWindow) -> dict[str, list[str | None]]:
        help_menu = window.help_menu
        return {menu.title(): [letter(a.text()) for a in menu.actions() if a.text()]
                for menu in (help_menu.menu, help_menu.language_menu)}

    subprocess.run(["sh", "scripts/translations.sh", "build"], cwd=ROOT, check=True)
    english = letters(_window(qtbot, core, inline_runner))
    install(qapp, "cy")
    try:
        welsh_window = _window(qtbot, core, inline_runner)
        welsh = letters(welsh_window)
        assert welsh_window.help_menu.menu.title() == "C&ymorth"
        assert welsh_window.help_menu.language_menu.title() == "&Iaith"
    finally:
        install(qapp, "en")
    for found in (english, welsh):
        for title, used in found.items():
            assert None not in used and len(set(used)) == len(used), (title, used)
