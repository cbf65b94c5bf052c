"""A screenshot of the Outreach window on a demo database, for docs/screenshots (run by scripts/screenshots.sh;
by hand, under Xvfb, with the demo passphrase in LINKWELL_PASSPHRASE):
    QT_QPA_PLATFORM=xcb xvfb-run -a .venv/bin/python scripts/shots/outreach.py DB OUT_DIR

The list is generated here (fictional people, made from a seed), imported as a GP system search export would be,
and a few calls are recorded so the order and the progress show."""
import os
import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.core import Linkwell
from app.domain import nhs_number
from app.storage.database import open_database
from ui.outreach.window import OutreachWindow
from ui.runner import Runner

GIVEN = ["Siân", "Łukasz", "Żaneta", "Dafydd", "Ŷvonne", "Amara", "Tomasz", "Zoë", "Seán", "Olu", "Mair", "Ewa"]
FAMILY = ["O'Brien", "Wiśniewski", "ap Llŷr", "Bąk", "Adeyemi", "Evans", "Kowalski", "Hughes", "Łoś", "Price"]


def export(path: Path, n: int) -> Path:
    rng = random.Random(19)
    lines = ["NHS Number,Forename,Surname,Date of Birth,Telephone Number,Address,Postcode,Registered Practice"]
    made = 0
    while made < n:
        first = f"{rng.randrange(400_000_000, 499_999_999):09d}"
        check = 11 - sum(int(d) * w for d, w in zip(first, range(10, 1, -1), strict=True)) % 11
        number = first + str(0 if check == 11 else check)
        if check == 10 or not nhs_number.is_valid(number):
            continue
        lines.append(f"{number},{rng.choice(GIVEN)},{rng.choice(FAMILY)},{rng.randint(1, 28):02d}/"
                     f"{rng.randint(1, 12):02d}/19{rng.randint(30, 50)},07700 9{made:05d},"
                     f"\"{rng.randint(1, 90)} High Street\",LS6 {rng.randint(1, 9)}AB,Riverside Surgery")
        made += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    app = QApplication(sys.argv)
    db = open_database(Path(sys.argv[1]), passphrase=os.environ["LINKWELL_PASSPHRASE"])
    out = Path(sys.argv[2])
    core = Linkwell(db)
    with tempfile.TemporaryDirectory() as folder:
        report = core.outreach.import_people(export(Path(folder) / "search.csv", 60), name="Shielding, Riverside",
                                             reason="Told to shield this winter")
    from app.services.outreach.facade import Outreach

    ann = Outreach(db, actor="Ann Shaw")  # calls made by a named (fictional) worker
    ids = ann.call_ids(report.cohort_id)
    for member in ids[:6]:
        ann.record(member, "no_answer", retry_in_days=0)
    for member in ids[6:14]:
        ann.record(member, "spoke", needs=["loneliness"])
    ann.record(ids[14], "referral_opened", needs=["food_insecurity"])
    runner = Runner()
    window = OutreachWindow(core, runner)
    window.resize(1100, 640)
    window.show()
    while not (window.model.rowCount() and window.model.is_loaded(0)):
        app.processEvents()
    for _ in range(40):
        app.processEvents()
    window.table.setFocus()
    window.table.selectRow(0)
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(out / "outreach.png"))
    runner.shutdown()
    db.close()


if __name__ == "__main__":
    main()
