"""Everyone the work reaches (issue 16), on a demo database: the possible-duplicates window with a pair side
by side, and a young person's parents, guardians and school:

    LINKWELL_PASSPHRASE=demo-only-not-real-people .venv/bin/linkwell demo create --db /tmp/people.db
    LINKWELL_PASSPHRASE=demo-only-not-real-people xvfb-run -s "-screen 0 1280x800x24" \\
        .venv/bin/python scripts/shots/people.py /tmp/people.db docs/screenshots

Writes duplicates.png, young-person.png, safeguarding.png (the person window with its banner) and, having
turned this throwaway copy into a community connector's database, connector.png. It adds a second record of one demo person (a waiting-room
capture with their name and phone) and a young person with a guardian, so the pictures show something.
Not a test: a way to look.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.core import Linkwell
from app.storage.database import open_database
from ui.runner import Runner
from settle import settle


def until(check, tries: int = 60) -> None:  # noqa: ANN001 - a callable
    for _ in range(tries):
        if check():
            break
        settle(250)
    settle(300)


def main() -> None:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    core = Linkwell(open_database(db_path, passphrase=os.environ["LINKWELL_PASSPHRASE"]))
    # A second record of someone with a phone: as a waiting-room capture would make it.
    known = next(p for p in core.caseload.summaries()
                 if core.caseload.person_detail(p["id"], viewed_from="the screenshot script")["phone"])
    detail = core.caseload.person_detail(known["id"], viewed_from="the screenshot script")
    core.caseload.add_person(given_name=detail["given_name"].lower(), family_name=detail["family_name"],
                             phone=detail["phone"], postcode=detail["postcode"] or "")
    young = core.caseload.add_person(given_name="Nia", family_name="Ŵilliams-Łoś", date_of_birth=date(2010, 6, 1),
                                     phone="07700 900777").created_id
    assert young
    core.caseload.refer(young, referral_date=date(2026, 11, 1), referral_source="self", reasons=["loneliness"])
    core.young_people.add_guardian(young, name="Rhian Williams", relationship="mother", parental_responsibility=True,
                                   phone="07700 900778")
    core.young_people.add_guardian(young, name="Aled Łoś", relationship="father", may_contact=False)
    core.young_people.set_details(young, school="Ysgol Gyfun Aberaeron", letters_to="both")
    core.safeguarding.add(young, category="exploitation", raised_with="local_authority_children",
                          raised_on=date(2026, 11, 20), note="Older friends collecting her from school")

    runner = Runner()
    from ui.person.duplicates import DuplicatesWindow
    from ui.person.guardians import YoungPersonDialog

    window = DuplicatesWindow(core, runner)
    window.resize(1000, 560)
    window.show()
    window.load()
    until(lambda: window.comparison is not None)
    window.grab().save(str(out / "duplicates.png"))
    window.close()

    dialog = YoungPersonDialog(core, runner, young)
    dialog.show()
    until(lambda: dialog.view is not None)
    dialog.grab().save(str(out / "young-person.png"))
    dialog.close()

    from ui.person.window import PersonWindow

    person = PersonWindow(core, runner, young)
    person.resize(900, 600)
    person.show()
    until(lambda: person.safeguarding.bar.isVisible() and person.young.view is not None)
    person.grab().save(str(out / "safeguarding.png"))
    person.close()

    from app.services.profile import write
    from ui.connector import ConnectorWindow

    write(core.db, "connector")
    connector_core = Linkwell(core.db)
    window = ConnectorWindow(connector_core, runner)
    window.resize(1000, 600)
    window.show()
    window.query.setText("walking")
    settle(1500)
    window.capture()
    dialog = window.last_dialog
    assert dialog is not None
    dialog.move(window.geometry().center() - dialog.rect().center())
    settle(600)
    window.grab().save(str(out / "connector.png"))
    dialog.grab().save(str(out / "connector-capture.png"))
    dialog.reject()
    window.close()
    runner.shutdown()
    app.quit()


if __name__ == "__main__":
    main()
