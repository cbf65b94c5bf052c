"""One start-up, timed by ``startup.py``: prints a JSON line once the first paint is done, exits.

    python benchmarks/startup_child.py bare                   # a bare PySide6 QMainWindow
    python benchmarks/startup_child.py linkwell DB [--serial]  # Linkwell's window on DB

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


def report(painted_at: float, **fields: object) -> None:
    heavy = [m for m in HEAVY if m in sys.modules]
    print(json.dumps({"painted_at": painted_at, "heavy": heavy, **fields}), flush=True)


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Window(QMainWindow):
        painted_at = 0.0

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if not self.painted_at:
                self.painted_at = time.time()  # as the end of Linkwell's first caseload paint, below
                QTimer.singleShot(0, self.done)

        def done(self) -> None:
            report(self.painted_at)
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

        stamp: list[float] = []

        def table_painted() -> None:  # after the window's own receiver, which notes the caseload's first paint
            if not stamp and window.has_painted_caseload:  # type: ignore[attr-defined]
                stamp.append(time.time())

        def painted() -> None:  # a turn later, and after the window's own receivers (its icons)
            report(stamp[0], rows=window.model.rowCount())  # type: ignore[attr-defined]
            QApplication.exit(0)

        window.table.painted.connect(table_painted)  # type: ignore[attr-defined]
        window.caseload_painted.connect(painted)  # type: ignore[attr-defined]

    passphrase = os.environ.get("LINKWELL_PASSPHRASE") or None
    return ui.main.launch(
        db_path, demo=True, passphrase=passphrase, on_window=hook, overlap=overlap
    )


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare())
    sys.exit(linkwell(Path(sys.argv[2]), overlap="--serial" not in sys.argv))
