"""The "before" pictures in docs/design.md: the directory asked 'lonely older man gardening', and the
audit trail after a morning's looking, as the code before issue 18 drew them. Run against that code:

    mkdir /tmp/before && git archive 17e4f47^ | tar -x -C /tmp/before
    cd /tmp/before && LINKWELL_PASSPHRASE=demo-only-not-real-people \
        /work/main/.venv/bin/python -c 'from app.cli import main; main(["demo", "create", "--db", "/tmp/b.db"])'
    PYTHONPATH=/tmp/before LINKWELL_PASSPHRASE=demo-only-not-real-people QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python /path/to/this/script /tmp/b.db OUT_DIR

The person record's "before" is that commit's own docs/screenshots/walkthrough/03-record.png. Not part of
make screenshots: a record of how it was.
"""
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def settle(ms=900):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


app = QApplication(sys.argv[:1])
from app.core import Linkwell  # noqa: E402
from app.storage.database import open_database  # noqa: E402
from ui.dialogs.audit_log import AuditLogDialog  # noqa: E402
from ui.directory.window import DirectoryWindow  # noqa: E402
from ui.runner import Runner  # noqa: E402

db = open_database(Path(sys.argv[1]), passphrase=os.environ["LINKWELL_PASSPHRASE"])
out = Path(sys.argv[2])
runner = Runner()
core = Linkwell(db)
window = DirectoryWindow(core, runner, lambda _pid: None)
window.resize(1100, 720)
window.show()
settle()
window.query.setText("lonely older man gardening")
settle(1500)
window.grab().save(str(out / "before-directory-natural-query.png"))
window.close()
for summary in core.caseload.summaries()[:8]:  # a morning's looking, as the window records it
    core.caseload.person_detail(summary["id"])
dialog = AuditLogDialog(core, runner)
dialog.resize(1100, 560)
dialog.show()
settle(1500)
dialog.grab().save(str(out / "before-audit-trail.png"))
runner.shutdown()
