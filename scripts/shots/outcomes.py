"""Screenshots of the dashboard and the Measures tab on a demo database, for docs/screenshots (run by
scripts/screenshots.sh; by hand, under Xvfb, with the demo passphrase in LINKWELL_PASSPHRASE):
    QT_QPA_PLATFORM=xcb xvfb-run -a .venv/bin/python scripts/shots/outcomes.py DB OUT_DIR [TEXT_SCALE]"""
import os
import sys
import uuid
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.core import Linkwell

from app.storage.database import open_database
from ui.outcomes.dashboard import Dashboard
from ui.person.record import PersonRecord
from ui.runner import Runner


def main() -> None:
    app = QApplication(sys.argv)
    scale = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    suffix = "-large" if scale > 1 else ""
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    db = open_database(Path(sys.argv[1]), passphrase=os.environ["LINKWELL_PASSPHRASE"])
    runner = Runner()
    out = Path(sys.argv[2])
    con = db.connect()
    pid, _eid = con.execute("""SELECT e.person_id, e.id FROM episode e JOIN measureresponse m ON m.episode_id = e.id
        WHERE e.status != 'closed'  -- measures are recorded on an open referral
        GROUP BY e.id HAVING count(*) >= 4 AND e.referral_date = (SELECT max(referral_date) FROM episode x
        WHERE x.person_id = e.person_id) ORDER BY e.referral_date DESC LIMIT 1""").fetchone()
    con.close()
    pid = str(uuid.UUID(pid))


    def wait(pred):
        while not pred():
            app.processEvents()


    def settle():
        for _ in range(40):
            app.processEvents()


    dash = Dashboard(Linkwell(db), runner, print)
    dash.resize(1100, 900)
    dash.show()
    wait(lambda: dash.report is not None)
    settle()
    dash.grab().save(str(out / f"dashboard{suffix}.png"))
    dash.scroll.verticalScrollBar().setValue(dash.tables["wellbeing"].parentWidget().y() - 300)
    settle()
    dash.grab().save(str(out / f"dashboard-wellbeing{suffix}.png"))
    # a figure's people
    table = dash.tables["access_by_sex"]
    table.setFocus()
    dash.list_people(table.table, table.table.total, 1)
    wait(lambda: dash.people_list is not None and dash.people_list.people)
    settle()
    dash.people_list.grab().save(str(out / f"dashboard-people{suffix}.png"))
    dash.people_list.close()
    dash.close()

    record = PersonRecord(Linkwell(db), runner, pid)
    record.resize(1100, 700)
    record.load()
    record.show()
    wait(lambda: record.detail is not None)
    record.tabs.setCurrentWidget(record.measures)
    wait(lambda: record.measures.views)
    settle()
    record.grab().save(str(out / f"measures{suffix}.png"))
    record.measures.record()
    dialog = record.measures.dialog
    settle()
    dialog.grab().save(str(out / f"measures-form{suffix}.png"))
    dialog.close()
    runner.shutdown()
    db.close()


if __name__ == "__main__":
    main()
