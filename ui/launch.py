"""The ``linkwell`` console script: the headless CLI, with the window as its default command.

Qt is imported only when the window is asked for, so sub-commands stay quick.
"""

from __future__ import annotations

import sys
from pathlib import Path


def open_window(db_path: Path, *, demo: bool, passphrase: str | None) -> int:
    from ui.main import run

    return run(db_path, demo=demo, passphrase=passphrase)


def main() -> int:
    from app.cli import main as cli_main

    return cli_main(open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
