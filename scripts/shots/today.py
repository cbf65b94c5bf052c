"""The Today worklist on a demo database, as a link worker sees it at the side of the main window:

    LINKWELL_PASSPHRASE=demo-only-not-real-people .venv/bin/linkwell demo create --db /tmp/today.db
    LINKWELL_PASSPHRASE=demo-only-not-real-people xvfb-run -s "-screen 0 1280x800x24" \\
        .venv/bin/python scripts/shots/today.py /tmp/today.db docs/screenshots

Writes today.png. Not a test: a way to look.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.core import Linkwell
from app.storage.database import open_database
from ui.runner import Runner
from settle import settle


def main() -> None:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    name = sys.argv[3] if len(sys.argv) > 3 else "today.png"
    module = importlib.import_module(os.environ.get("LINKWELL_TODAY_MODULE", "ui.today"))
    app = QApplication(sys.argv[:1])
    db = open_database(db_path, passphrase=os.environ["LINKWELL_PASSPHRASE"])
    runner = Runner()
    view = module.TodayView(Linkwell(db), runner)
    view.resize(460, 760)
    view.show()
    done: list[bool] = []
    view.refreshed.connect(lambda: done.append(True))
    view.refresh()
    for _ in range(60):  # until the lists arrive (a loaded machine is slow), then a moment to paint
        if done:
            break
        settle(250)
    settle(300)
    view.grab().save(str(out / name))
    runner.shutdown()
    app.quit()


if __name__ == "__main__":
    main()
