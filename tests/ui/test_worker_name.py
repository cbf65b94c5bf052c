"""Issue 18 item 3 in the window: a database with no worker's name asks for it once, in a bar that
takes no focus; the name saved is who did what from then on, and the bar does not come back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.core import Linkwell
from app.storage.database import Database
from tests.ui.conftest import add_people
from ui.main_window import MainWindow
from ui.runner import Runner

WAIT_MS = 10_000


def _open(qtbot: Any, core: Linkwell, runner: Runner) -> MainWindow:
    window = MainWindow(core, runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.caseload_painted, timeout=WAIT_MS):
        window.load()
        window.show()
    return window


def test_the_window_asks_once_for_the_workers_name(qtbot: Any, db: Database, core: Linkwell, runner: Runner,
                                                  monkeypatch: Any) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "root")
    add_people(db)
    window = _open(qtbot, core, runner)
    qtbot.waitUntil(window.worker_bar.isVisible, timeout=WAIT_MS)
    assert window.table.hasFocus() or not window.worker_bar.name.hasFocus()  # asked, never grabbing the keys
    window.worker_bar.name.setFocus()
    qtbot.keyClicks(window.worker_bar.name, "Ann Shaw-")
    window.worker_bar.name.insert("Łukasz")  # QTest types ASCII only
    qtbot.keyClick(window.worker_bar.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.worker_bar.isVisible(), timeout=WAIT_MS)
    assert core.worker_name() == "Ann Shaw-Łukasz"
    assert "Ann Shaw-Łukasz" in window.statusBar().currentMessage()
    core.caseload.add_person(given_name="Zoë", family_name="Ŵyn")
    assert core.audit.events()[-1].actor == "Ann Shaw-Łukasz"  # not 'root'
    window.close()

    again = _open(qtbot, core, runner)
    qtbot.wait(200)
    assert not again.worker_bar.isVisible()  # asked once
    again.close()


def test_an_empty_name_is_refused_with_a_sentence(qtbot: Any, db: Database, core: Linkwell,
                                                  inline_runner: Runner) -> None:
    window = MainWindow(core, inline_runner)
    qtbot.addWidget(window)
    window.show()
    window.worker_bar.check()
    assert window.worker_bar.isVisible()
    window.worker_bar.name.setText("   ")
    window.worker_bar.save_button.click()
    assert window.worker_bar.isVisible() and "give some text" in window.worker_bar.message.text()
    assert core.worker_name() == ""
    window.close()
