"""The issue's Done-when: kill the process (SIGKILL) while a note is being typed; on restart the draft is offered back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from typing import Any

from app.core import Linkwell
import pytest

from app.services.caseload.facade import Caseload
from app.storage.database import Database
from ui.person.contact import ContactDialog
from ui.runner import InlineRunner

CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    from app.core import Linkwell
    from app.storage.database import Database
    from ui.person.contact import ContactDialog
    from ui.runner import Runner

    app = QApplication([])
    db = Database(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
    runner = Runner()
    dialog = ContactDialog(Linkwell(db), runner, sys.argv[3])
    dialog.show()
    dialog.drafts.saved.connect(lambda: print("draft saved", flush=True))
    QTest.keyClicks(dialog.notes, "Worried about the gas bill; wants the debt advice drop-in")
    app.exec()  # typing stopped: the one-second timer saves the draft; then we wait to be killed
""")


@pytest.mark.slow
def test_a_note_typed_before_sigkill_is_offered_back(qtbot: Any, db: Database, core: Linkwell,
                                                    inline_runner: InlineRunner) -> None:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Ann", family_name="Lee").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["debt"]).created_id
    assert eid
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db.path), db.key.hex(), eid],
                             stdout=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "draft saved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stdout:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    dialog = ContactDialog(core, inline_runner, eid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.draft_bar.isVisible()
    dialog.draft_bar.restore_button.click()
    assert dialog.notes.toPlainText() == "Worried about the gas bill; wants the debt advice drop-in"
    dialog.minutes.setValue(20)
    dialog.accept()
    assert caseload.person_detail(pid)["episodes"][0]["contacts"][0]["notes"].startswith("Worried about the gas")
    from app.services.caseload.drafts import Drafts

    assert Drafts(db).load("contact", eid) is None  # saved for real: the draft is gone
