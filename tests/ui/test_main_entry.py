from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

import ui.main
from app.errors import StorageError, WrongPassphrase
from app.storage.database import Database
from tests.conftest import PASSPHRASE
from tests.ui.conftest import add_people
from ui.dialogs.unlock import UnlockDialog
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SAFETY_MS = 30_000  # only if the window never paints: the test then fails, it does not hang


class ExitWhenPainted:
    """An ``on_window`` hook that ends ``launch``'s event loop once the caseload has painted.

    ``exit()`` rather than ``quit()`` or closing the window: in Qt 6 those post a quit event that
    would end some later test's event loop.
    """

    def __init__(self) -> None:
        self.exit_on_paint = True
        self.seen: list[MainWindow] = []
        self.safety = QTimer(singleShot=True, interval=SAFETY_MS)
        self.safety.timeout.connect(lambda: QApplication.exit(1))

    def __call__(self, window: MainWindow) -> None:
        self.seen.append(window)
        if self.exit_on_paint:
            window.caseload_painted.connect(lambda: QApplication.exit(0))
        self.safety.start()


@pytest.fixture
def exit_when_painted(qapp: QApplication) -> Iterator[ExitWhenPainted]:
    qapp.setQuitOnLastWindowClosed(False)
    hook = ExitWhenPainted()
    yield hook
    hook.safety.stop()
    for window in hook.seen:
        window.close()
    qapp.setQuitOnLastWindowClosed(True)


def test_opens_the_window_with_the_passphrase_and_exits_0(
    qapp: QApplication, db: Database, exit_when_painted: ExitWhenPainted
) -> None:
    add_people(db)
    assert (
        ui.main.launch(db.path, demo=True, passphrase=PASSPHRASE, on_window=exit_when_painted) == 0
    )
    [window] = exit_when_painted.seen
    assert window.has_painted_caseload
    assert window.windowTitle() == f"Linkwell — DEMO (fictional people) — {db.path.name}"
    assert window.count_label.text() == "3 people"
    assert qapp.applicationName() == "Linkwell"


def test_damage_found_after_the_first_paint_is_one_sentence_and_exit_2(
    qapp: QApplication,
    db: Database,
    exit_when_painted: ExitWhenPainted,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def damaged(self: Database) -> None:
        raise StorageError(f"{self.path.name} failed its integrity check.")

    told: list[str] = []
    monkeypatch.setattr(ui.main, "show_fatal", told.append)
    monkeypatch.setattr(Database, "check_integrity", damaged)
    exit_when_painted.exit_on_paint = False
    assert (
        ui.main.launch(db.path, demo=False, passphrase=PASSPHRASE, on_window=exit_when_painted) == 2
    )
    assert told == [f"{db.path.name} failed its integrity check."]


def test_a_missing_database_is_one_sentence_and_exit_2(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(ui.main, "show_fatal", told.append)
    assert (
        ui.main.run(tmp_path / "nowhere.db", demo=False, passphrase=None)
        == ui.main.EXIT_STORAGE
        == 2
    )
    assert len(told) == 1 and "There is no Linkwell database" in told[0]


@pytest.mark.parametrize(
    ("passphrase", "shown"), [(None, ""), ("wrong passphrase", str(WrongPassphrase()))]
)
def test_a_locked_database_asks_for_the_passphrase(
    qapp: QApplication,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    passphrase: str | None,
    shown: str,
) -> None:
    asked: list[str] = []

    def cancel(dialog: UnlockDialog) -> int:
        asked.append(dialog.message.text() if dialog.message.isVisibleTo(dialog) else "")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnlockDialog, "exec", cancel)
    # No keyring in tests, so without a passphrase the database is locked.
    assert ui.main.run(db.path, demo=False, passphrase=passphrase) == ui.main.EXIT_CANCELLED
    assert asked == [shown]


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    import ui.main

    def hook(window):
        def painted():
            heavy = sorted(m for m in ("sqlalchemy", "sqlmodel", "alembic") if m in sys.modules)
            heavy_list = ",".join(heavy) or "none"
            print("painted", window.model.rowCount(), "heavy:", heavy_list, flush=True)
            window.close()
            QApplication.quit()
        window.caseload_painted.connect(painted)

    sys.exit(ui.main.launch(Path(sys.argv[1]), demo=False, passphrase=sys.argv[2], on_window=hook))
""")


@pytest.mark.slow
def test_first_paint_imports_no_orm(db: Database) -> None:
    """Start-up reads the caseload with plain SQL: SQLAlchemy, SQLModel and Alembic wait."""
    add_people(db)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db.path), PASSPHRASE],
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "painted 3 heavy: none" in done.stdout
