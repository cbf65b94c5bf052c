"""Ctrl+K from anywhere: type, see people, Enter opens one; stale answers are dropped."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core import Linkwell
from app.storage.database import Database
from tests.ui.conftest import add_people
from ui.main_window import MainWindow
from ui.quick_find import PERSON_ROLE, QuickFindDialog
from ui.runner import Runner

WAIT_MS = 10_000


@pytest.fixture
def window(qtbot: Any, db: Database, core: Linkwell, runner: Runner) -> Any:
    add_people(db)
    win = MainWindow(core, runner)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.caseload_painted, timeout=WAIT_MS):
        win.load()
        win.show()
    yield win
    win.close()


def test_ctrl_k_typing_and_enter_open_the_person(qtbot: Any, window: MainWindow) -> None:
    opened: list[str] = []
    window.open_person = opened.append  # type: ignore[method-assign]
    qtbot.keyClick(window.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.quick_find
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.results_shown, timeout=WAIT_MS,
                          check_params_cb=lambda text: text == "kowalsky"):
        qtbot.keyClicks(dialog.query, "kowalsky")  # a typo
    assert dialog.results.count() == 1
    assert dialog.results.item(0).text().startswith("Kowalski, Tomasz")
    expected = dialog.results.item(0).data(PERSON_ROLE)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened == [expected]
    assert not dialog.isVisible()


def test_diacritics_and_date_of_birth(qtbot: Any, window: MainWindow) -> None:
    window.open_quick_find()
    dialog = window.quick_find
    assert dialog is not None
    with qtbot.waitSignal(dialog.results_shown, timeout=WAIT_MS,
                          check_params_cb=lambda text: text == "sian"):
        qtbot.keyClicks(dialog.query, "sian")
    assert dialog.results.item(0).text().startswith("O'Brien, Siân")
    dialog.query.clear()
    with qtbot.waitSignal(dialog.results_shown, timeout=WAIT_MS,
                          check_params_cb=lambda text: text == "15/07/1990"):
        qtbot.keyClicks(dialog.query, "15/07/1990")
    assert "born 15-Jul-1990" in dialog.results.item(0).text()
    assert "date of birth" in dialog.status.text()


def test_arrow_keys_choose_among_results(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> None:
    add_people(db)
    dialog = QuickFindDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    chosen: list[str] = []
    dialog.person_chosen.connect(chosen.append)
    dialog.start()
    qtbot.keyClicks(dialog.query, "a")  # Adeyemi, Amara and Kowalski? no: words starting with a
    names = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert names and names[0].startswith("Adeyemi, Amara")
    dialog.query.setText("o")
    names = [dialog.results.item(i).text().split("  ")[0] for i in range(dialog.results.count())]
    assert names == ["O'Brien, Siân"]
    dialog.query.setText("19")
    assert dialog.results.count() == 0  # two digits: too short for an NHS number
    dialog.query.setText("t")
    assert dialog.results.count() == 1
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Enter)
    assert chosen == [dialog.results.item(0).data(PERSON_ROLE)]


def test_a_late_answer_to_an_old_keystroke_is_dropped(qtbot: Any, db: Database, core: Linkwell,
                                                      inline_runner: Runner) -> None:
    add_people(db)
    dialog = QuickFindDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.query.setText("tomasz")
    from app.services.caseload.quick_find import Hit
    stale = [Hit("00000000-0000-0000-0000-000000000000", "Stale, Answer", None, "", "name", 1)]
    dialog._show(0, "t", stale)  # generation 0: long gone
    assert dialog.results.item(0).text().startswith("Kowalski, Tomasz")
