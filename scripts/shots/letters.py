"""Page 1 of each letter for a demo person, and the wellbeing page of the commissioner report, as PNG
(pdftoppm), for docs/screenshots (run by scripts/screenshots.sh):
    LINKWELL_PASSPHRASE=... .venv/bin/python scripts/shots/letters.py DB OUT_DIR"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from app.services.caseload.facade import Caseload
from app.services.letters import Letters
from app.services.reports.facade import Reports
from app.storage.database import open_database


def main() -> None:
    db = open_database(Path(sys.argv[1]), passphrase=os.environ["LINKWELL_PASSPHRASE"])
    out = Path(sys.argv[2])
    caseload, letters = Caseload(db, actor="screenshots"), Letters(db, actor="screenshots")
    # Someone who shares with the GP and has a plan and a live connection: every letter has content.
    for summary in caseload.summaries():
        detail = caseload.person_detail(summary["id"], viewed_from="screenshots")
        episode = detail["episodes"][-1] if detail["episodes"] else None
        if detail["consent_share_with_gp"] and episode and episode["connections"] and episode["contacts"]:
            break
    else:
        raise SystemExit("No demo person has a referral with a connection and contacts.")
    letters_to_draw = {
        "letter-referral": ("referral", episode["connections"][0]["id"], {}),
        "letter-plan": ("plan", detail["id"], {}),
        "letter-plan-large-print": ("plan", detail["id"], {"large_print": True}),
        "letter-plan-easy-read": ("plan", detail["id"], {"easy_read": True}),
        "letter-gp": ("gp", detail["id"], {}),
        "letter-plan-welsh": ("plan", detail["id"], {"language": "cy"}),
        "letter-referral-bilingual": ("referral", episode["connections"][0]["id"], {"language": "bilingual"}),
    }
    with tempfile.TemporaryDirectory() as work:
        for name, (kind, target, options) in letters_to_draw.items():
            pdf = letters.write(kind, target, Path(work) / f"{name}.pdf", **options)
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(out / name)], check=True)
            print(f"{out / name}.png: {kind} letter, page 1")
        report = Path(work) / "report.pdf"
        today = date.today()
        Reports(db, actor="screenshots").export(today - timedelta(days=365), today, pdf=report)
        pages = subprocess.run(["pdftotext", "-layout", str(report), "-"], check=True, capture_output=True,
                               text=True).stdout.split("\f")
        page = next(i for i, text in enumerate(pages, 1) if "Wellbeing" in text and "95%" in text)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
                        str(report), str(out / "report-wellbeing")], check=True)
        print(f"{out / 'report-wellbeing'}.png: the report's wellbeing page ({page})")
    db.close()


if __name__ == "__main__":
    main()
