"""Linkwell in Cymraeg (issue 17), on a demo database: the main window and a person's record, as a
link worker who chose Cymraeg sees them:

    LINKWELL_PASSPHRASE=demo-only-not-real-people .venv/bin/linkwell demo create --db /tmp/cy.db
    LINKWELL_PASSPHRASE=demo-only-not-real-people xvfb-run -s "-screen 0 1366x768x24" \\
        .venv/bin/python scripts/shots/welsh.py /tmp/cy.db docs/screenshots

Writes welsh-main.png and welsh-person.png. Not a test: a way to look.
"""

from __future__ import annotations

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
    app = QApplication(sys.argv[:1])
    from ui.language import install

    install(app, "cy")
    from ui.main_window import MainWindow
    from ui.person.window import PersonWindow

    core = Linkwell(open_database(db_path, passphrase=os.environ["LINKWELL_PASSPHRASE"]))
    runner = Runner()
    window = MainWindow(core, runner)
    painted: list[bool] = []
    window.caseload_painted.connect(lambda: painted.append(True))
    window.resize(1280, 720)
    window.load()
    window.show()
    for _ in range(60):
        if painted:
            break
        settle(250)
    settle(800)
    window.grab().save(str(out / "welsh-main.png"))
    # Someone part-way through: a plan agreed and a service connected.
    for summary in core.caseload.summaries():
        detail = core.caseload.person_detail(summary["id"], viewed_from="the screenshot script")
        episode = detail["episodes"][-1] if detail["episodes"] else None
        if episode and episode["connections"] and episode["contacts"]:
            break
    person = PersonWindow(core, runner, summary["id"])
    person.resize(1000, 700)
    person.show()
    settle(1200)
    person.grab().save(str(out / "welsh-person.png"))
    runner.shutdown()
    app.quit()


if __name__ == "__main__":
    main()
