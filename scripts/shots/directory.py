"""Screenshots of the directory window on a demo database, in a real window (run under Xvfb):

    rm -f /tmp/shots.db*; LINKWELL_PASSPHRASE=demo-only-not-real-people .venv/bin/linkwell demo create --db /tmp/shots.db
    LINKWELL_PASSPHRASE=demo-only-not-real-people xvfb-run -s "-screen 0 1280x800x24" \
        .venv/bin/python scripts/shots/directory.py /tmp/shots.db docs/screenshots

Writes directory.png (a search with badges), worklist.png and directory-impact.png (a service with
people connected, set to temporarily closed: it changes that copy of the database). Not a test: a way
to look.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.core import Linkwell

from app.storage.database import open_database
from ui.directory.window import DirectoryWindow
from ui.runner import Runner


def settle(app: QApplication, ms: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    db = open_database(db_path, passphrase=os.environ["LINKWELL_PASSPHRASE"])
    runner = Runner()
    core = Linkwell(db)
    core.set_worker_name("Harriet Lomax")  # one of the demo's link workers: who did what, by name
    window = DirectoryWindow(core, runner, lambda _pid: None)
    window.resize(1100, 720)
    window.show()
    settle(app)
    window.query.setText("walking")
    settle(app, 1200)
    window.grab().save(str(out / "directory.png"))
    window.query.setText("lonely older man gardening")  # a natural query: open services with room first
    settle(app, 1200)
    window.grab().save(str(out / "directory-natural-query.png"))
    window.query.setText("walking")
    settle(app, 600)
    window.show_tab(1)
    settle(app, 1200)
    window.grab().save(str(out / "worklist.png"))
    con = db.connect()
    busiest = con.execute(
        """SELECT c.service_id FROM connection c WHERE c.deleted_at IS NULL
           AND c.status IN ('draft', 'requested', 'accepted', 'in-progress', 'on-hold')
           GROUP BY c.service_id ORDER BY count(*) DESC LIMIT 1""").fetchone()[0]
    con.close()
    window.show_tab(0)
    window.open_service(f"{busiest[:8]}-{busiest[8:12]}-{busiest[12:16]}-{busiest[16:20]}-{busiest[20:]}")
    settle(app, 1000)
    window.editor.edit()  # a service opens read-only
    status = window.editor.choices["status"]
    status.setCurrentIndex(status.findData("temporarily closed"))  # "Closed for now"
    window.editor.save()
    settle(app, 1500)
    window.impact.grab().save(str(out / "directory-impact.png"))
    runner.shutdown()
    db.close()


if __name__ == "__main__":
    main()
