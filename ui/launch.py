"""The ``linkwell`` console script: the headless CLI, with the window as its default command.

Qt is imported only when the window is asked for, so sub-commands stay quick.

``linkwell --smoke`` opens the window as usual and exits 0 as soon as the caseload has painted,
printing one line: how an installed build (``make package-check``) or a support call checks that the
window really starts on a given machine, with no one there to close it.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SMOKE = "--smoke"


def open_window(db_path: Path, *, demo: bool, passphrase: str | None, smoke: bool = False) -> int:
    from ui.main import launch

    return launch(db_path, demo=demo, passphrase=passphrase, on_window=exit_when_painted if smoke else None)


def exit_when_painted(window: MainWindow) -> None:
    """The ``--smoke`` hook: say that the caseload painted, then end the event loop with 0."""
    from PySide6.QtWidgets import QApplication

    def painted() -> None:
        print(f"Linkwell painted the caseload: {window.model.rowCount()} people.", flush=True)
        QApplication.exit(0)  # exit(), not quit(): a quit event could outlive this event loop

    window.caseload_painted.connect(painted)


def main(argv: list[str] | None = None) -> int:
    from app.cli import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    smoke = SMOKE in args
    if smoke:
        args.remove(SMOKE)
    return cli_main(args, open_window=partial(open_window, smoke=True) if smoke else open_window)


if __name__ == "__main__":
    sys.exit(main())
