"""The ``linkwell`` console script: the headless CLI, with the window as its default command.

Qt is imported only when the window is asked for, so sub-commands stay quick.

``linkwell --smoke`` opens the window as usual and exits 0 as soon as the caseload has painted,
printing one line: how an installed build (``make package-check``) or a support call checks that the
window really starts on a given machine, with no one there to close it. Should nothing paint (a
dialog waiting for an answer no one will give, say), it gives up after ``SMOKE_LIMIT_S`` with exit 3.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SMOKE = "--smoke"
SMOKE_LIMIT_S = 120.0
EXIT_NOT_PAINTED = 3


def open_window(
    db_path: Path, *, demo: bool, passphrase: str | None, smoke: bool = False, lang: str | None = None
) -> int:
    from ui.main import launch

    if not smoke:
        return launch(db_path, demo=demo, passphrase=passphrase, lang=lang)
    watchdog = smoke_watchdog(SMOKE_LIMIT_S)
    try:
        return launch(db_path, demo=demo, passphrase=passphrase, on_window=exit_when_painted, lang=lang)
    finally:
        watchdog.set()  # cancelled: the thread wakes later and does nothing


def smoke_watchdog(limit_s: float) -> threading.Event:
    """Ends the process with exit 3 after ``limit_s`` seconds unless cancelled first (``.set()``). A thread,
    not a Qt timer: a modal dialog before the window (no database, a wrong passphrase) must not stop it. It
    sleeps rather than waits with a deadline: under a shifted clock (faketime) a deadline wait never ended."""
    cancelled = threading.Event()

    def give_up() -> None:
        time.sleep(limit_s)
        if not cancelled.is_set():
            print(f"Linkwell did not paint the caseload within {limit_s:g} seconds.", file=sys.stderr, flush=True)
            os._exit(EXIT_NOT_PAINTED)

    threading.Thread(target=give_up, name="smoke-watchdog", daemon=True).start()
    return cancelled


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
