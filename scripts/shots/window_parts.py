"""Pictures of window parts the walkthrough does not reach, on a demo database (run by
scripts/screenshots.sh under Xvfb): the person window's Letters menu, batch letters, the letterhead,
and the person record at 200% text with a contact just deleted (the Undo bar showing).
    LINKWELL_PASSPHRASE=... QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python scripts/shots/window_parts.py DB OUT_DIR"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.core import Linkwell

from app.storage.database import open_database
from ui.main_window import MainWindow
from ui.runner import InlineRunner

app = QApplication(sys.argv[:1])
OUT = Path(sys.argv[2])


def settle(ms: int = 600) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def grab(name: str, widget: QWidget, margin: int = 0) -> None:
    settle()
    frame = widget.frameGeometry().adjusted(-margin, -margin, margin, margin)
    app.primaryScreen().grabWindow(0).copy(frame).save(str(OUT / name))
    print(f"{OUT / name}")


def letters(main: MainWindow, person_id: str) -> None:
    person = main.person_actions.open_person(person_id)
    person.resize(900, 420)
    person.move(0, 0)
    settle(800)
    menu, bar = person.letters.menu, person.menuBar()
    menu.popup(person.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft() + bar.pos()))
    settle(500)
    plan = [a for a in menu.actions() if a.menu() is not None][1]
    menu.setActiveAction(plan)
    plan.menu().popup(menu.mapToGlobal(menu.actionGeometry(plan).topRight()))
    grab("letters-person-menu.png", person)
    plan.menu().hide()
    menu.hide()
    person.close()
    main.filters.reason.setCurrentIndex(main.filters.reason.findData("loneliness"))
    main.letter_actions.batch_action.trigger()
    batch = main.letter_actions.batch_dialog
    batch.from_service.setChecked(True)
    batch.move(main.geometry().center() - batch.rect().center())
    grab("letters-batch.png", batch, 10)
    batch.reject()
    main.letter_actions.letterhead_action.trigger()
    head = main.letter_actions.letterhead_dialog
    head.move(main.geometry().center() - head.rect().center())
    grab("letters-letterhead.png", head, 10)
    head.reject()


def audit_trail(main: MainWindow) -> None:
    """Security → Audit trail, as a practice manager reads it: names and sentences, the chosen event whole."""
    from ui.dialogs.audit_log import AuditLogDialog

    dialog = AuditLogDialog(main.core, main._runner, main)
    dialog.show()
    dialog.resize(1100, 560)
    dialog.move(0, 0)
    settle(1200)
    grab("audit-trail.png", dialog, 10)
    dialog.close()


def large_font(main: MainWindow, person_id: str) -> None:
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(font)
    person = main.person_actions.open_person(person_id)
    person.move(0, 0)
    settle(800)
    record = person.record
    record.tabs.setCurrentIndex(1)  # contacts
    record.contacts.setFocus()
    record.contacts.setCurrentItem(record.contacts.topLevelItem(0))
    QTest.keyClick(record.contacts, Qt.Key.Key_Delete)
    settle(800)
    grab("large-font.png", person)


def main() -> None:
    db = open_database(Path(sys.argv[1]), passphrase=os.environ["LINKWELL_PASSPHRASE"])
    runner = InlineRunner()
    core = Linkwell(db)
    core.set_worker_name("Harriet Lomax")  # one of the demo's link workers: who did what, by name
    window = MainWindow(core, runner)
    window.load()
    window.resize(1200, 740)
    window.move(0, 0)
    window.show()
    settle(1000)
    con = db.connect()  # someone with a plan, a connection and at least two contacts
    row = con.execute(
        """SELECT e.person_id FROM episode e JOIN contact c ON c.episode_id = e.id AND c.deleted_at IS NULL
           JOIN connection n ON n.episode_id = e.id AND n.deleted_at IS NULL
           GROUP BY e.id HAVING count(DISTINCT c.id) >= 2 ORDER BY e.referral_date DESC LIMIT 1""").fetchone()
    con.close()
    hexid = row[0]
    person_id = f"{hexid[:8]}-{hexid[8:12]}-{hexid[12:16]}-{hexid[16:20]}-{hexid[20:]}"
    letters(window, person_id)
    audit_trail(window)
    large_font(window, person_id)
    runner.shutdown()
    db.close()


if __name__ == "__main__":
    main()
