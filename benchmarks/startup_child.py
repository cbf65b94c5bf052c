"""One start-up, timed by ``startup.py``: prints a JSON line once the first paint is done, exits.

    python benchmarks/startup_child.py bare                   # a bare PySide6 QMainWindow
    python benchmarks/startup_child.py linkwell DB [--serial]  # Linkwell's window on DB
    python benchmarks/startup_child.py least DB               # Linkwell's unlock and first page, a bare table

The Linkwell run unlocks with $LINKWELL_PASSPHRASE if set, else from the OS keyring. ``--serial``
starts the unlock only after Qt is up (to see what overlapping them gains).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent  # not imported at run time: the baseline stays bare

HEAVY = ("sqlalchemy", "sqlmodel", "alembic")


def report(painted_at: float, cpu_s: float, **fields: object) -> None:
    """``cpu_s``: the process's CPU time (all its threads, from its start) when the first paint ended."""
    heavy = [m for m in HEAVY if m in sys.modules]
    print(json.dumps({"painted_at": painted_at, "cpu_ms": cpu_s * 1000, "heavy": heavy, **fields}), flush=True)


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Window(QMainWindow):
        painted_at = cpu_at = 0.0

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if not self.painted_at:
                self.painted_at = time.time()  # as the end of Linkwell's first caseload paint, below
                self.cpu_at = time.process_time()
                QTimer.singleShot(0, self.done)

        def done(self) -> None:
            report(self.painted_at, self.cpu_at)
            self.close()

    app = QApplication([sys.argv[0]])
    window = Window()
    window.setWindowTitle("Bare")
    window.show()
    return app.exec()


def linkwell(db_path: Path, *, overlap: bool) -> int:
    import os

    import ui.main

    def hook(window: object) -> None:
        from PySide6.QtWidgets import QApplication

        stamp: list[float] = []  # when the caseload's first paint ended, and the CPU time by then

        def table_painted() -> None:  # after the window's own receiver, which notes the caseload's first paint
            if not stamp and window.has_painted_caseload:  # type: ignore[attr-defined]
                stamp.extend((time.time(), time.process_time()))

        def painted() -> None:  # a turn later, and after the window's own receivers (its icons)
            report(stamp[0], stamp[1], rows=window.model.rowCount())  # type: ignore[attr-defined]
            QApplication.exit(0)

        window.table.painted.connect(table_painted)  # type: ignore[attr-defined]
        window.caseload_painted.connect(painted)  # type: ignore[attr-defined]

    passphrase = os.environ.get("LINKWELL_PASSPHRASE") or None
    return ui.main.launch(
        db_path, demo=True, passphrase=passphrase, on_window=hook, overlap=overlap
    )


def least(db_path: Path) -> int:
    """What no caseload start can skip: Linkwell's own unlock and first page (in its thread, overlapped with
    Qt's start as the window does it), shown in a bare QTableView in a bare window; none of the window's
    menus, panes, actions or modules. The floor that any window built on this unlock stands on."""
    import os

    from ui.main import _HEAD_START_S, _Unlocking

    unlocking = _Unlocking(db_path, os.environ.get("LINKWELL_PASSPHRASE") or None, demo=True)
    unlocking.start()
    unlocking.started.wait(_HEAD_START_S)
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class Rows(QAbstractTableModel):
        def __init__(self, rows: list[tuple[str, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else 4

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> str | None:
            return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    class Table(QTableView):
        stamp: tuple[float, float] | None = None

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if self.stamp is None:
                self.stamp = (time.time(), time.process_time())
                QTimer.singleShot(0, self.done)

        def done(self) -> None:
            assert self.stamp is not None
            report(*self.stamp, rows=model.rowCount())
            QApplication.exit(0)

    app = QApplication([sys.argv[0]])
    unlocking.join()
    if unlocking.opened is None or unlocking.opened.first_page is None:
        raise SystemExit(f"could not open {db_path}: {unlocking.error!r}")
    page = unlocking.opened.first_page
    model = Rows([(r.name, r.nhs_number, r.practice, r.status_label) for r in page])
    window = QMainWindow()
    table = Table(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.setWindowTitle("Least")
    window.show()
    code = app.exec()
    unlocking.opened.core.close()
    return code


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare())
    if sys.argv[1] == "least":
        sys.exit(least(Path(sys.argv[2])))
    sys.exit(linkwell(Path(sys.argv[2]), overlap="--serial" not in sys.argv))
