"""``linkwell --smoke``: the window opens as usual and the program exits 0 once the caseload paints
(what ``make package-check`` runs inside the installed build)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import ui.launch
import ui.main
from app.storage.database import Database
from tests.conftest import PASSPHRASE
from tests.ui.conftest import add_people
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SAFETY_MS = 30_000  # only if the window never paints: the test then fails rather than hangs


@pytest.fixture
def app_for_launch(qapp: QApplication) -> Iterator[QApplication]:
    qapp.setQuitOnLastWindowClosed(False)
    safety = QTimer(singleShot=True, interval=SAFETY_MS)
    safety.timeout.connect(lambda: QApplication.exit(99))
    safety.start()
    yield qapp
    safety.stop()
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
    qapp.setQuitOnLastWindowClosed(True)


def test_smoke_exits_0_after_the_caseload_paints(
    app_for_launch: QApplication,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_people(db)
    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
    earlier = {id(w) for w in app_for_launch.topLevelWidgets()}  # an earlier test's closed windows
    assert ui.launch.main(["--db", str(db.path), "--smoke"]) == 0
    assert capsys.readouterr().out == "Linkwell painted the caseload: 3 people.\n"
    [window] = [w for w in app_for_launch.topLevelWidgets() if isinstance(w, MainWindow) and id(w) not in earlier]
    assert window.has_painted_caseload


def test_without_smoke_the_window_stays_open(
    app_for_launch: QApplication,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The flag is what ends the loop: without it, the same start keeps running until closed."""
    add_people(db)
    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
    painted: list[MainWindow] = []
    real_launch = ui.main.launch

    def launch_and_watch(*args: object, **kwargs: object) -> int:
        assert kwargs.get("on_window") is None

        def watch(window: MainWindow) -> None:
            window.caseload_painted.connect(lambda: painted.append(window))
            window.caseload_painted.connect(lambda: QTimer.singleShot(200, lambda: QApplication.exit(7)))

        return real_launch(*args, **{**kwargs, "on_window": watch})  # type: ignore[arg-type]

    monkeypatch.setattr(ui.main, "launch", launch_and_watch)
    assert ui.launch.main(["--db", str(db.path)]) == 7  # ended by the test, not by painting
    assert len(painted) == 1
    assert "painted" not in capsys.readouterr().out


def test_smoke_gives_up_with_exit_3_when_nothing_paints() -> None:
    """The watchdog is a thread, so a process stuck anywhere (here: asleep) still ends, with a sentence."""
    child = "import time, ui.launch; ui.launch.smoke_watchdog(0.2); time.sleep(60)"
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=50, cwd=ROOT)
    assert done.returncode == ui.launch.EXIT_NOT_PAINTED == 3
    assert done.stderr == "Linkwell did not paint the caseload within 0.2 seconds.\n"


def test_a_cancelled_watchdog_lets_the_process_finish() -> None:
    child = "import ui.launch; ui.launch.smoke_watchdog(0.2).set(); import time; time.sleep(0.5); print('done')"
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=50, cwd=ROOT)
    assert (done.returncode, done.stdout) == (0, "done\n")
