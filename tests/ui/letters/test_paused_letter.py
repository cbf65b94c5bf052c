"""Batch letters: "your group is paused" goes to the people waiting to start at the chosen service (referred,
not yet started), and to no one else: read back from the PDF with pdftotext."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.core import Linkwell
from app.domain.models import Person, Service
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from tests.ui.letters.conftest import Journey, make_journey, pdf_text
from ui.letters.batch import BatchDialog
from ui.main_window import MainWindow
from ui.runner import InlineRunner


def _person(db: Database, journey: Journey, given: str, family: str) -> str:
    with db.session() as session:
        person = session.get(Person, uuid.UUID(journey.person_id))
        person.given_name, person.family_name = given, family
    return f"{given} {family}"


def test_the_paused_letter_reaches_only_those_waiting_for_that_service(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner, tmp_path: Path) -> None:
    paused = make_journey(db)  # its person waits (requested) at the service that pauses
    names = {"requested": _person(db, paused, "Aoife", "Waiting")}
    caseload = Caseload(db, actor="tester")
    for status, given in (("accepted", "Bronwen"), ("in-progress", "Cerys"), ("draft", "Dafydd"),
                          ("cancelled", "Eirlys")):
        other = make_journey(db)  # also waiting at a service of their own, which is not paused
        names[status] = _person(db, other, given, "Other")
        cid = caseload.connect(other.episode_id, paused.service_id).created_id
        assert cid
        steps = {"accepted": ["requested", "accepted"], "in-progress": ["requested", "accepted", "in-progress"],
                 "draft": [], "cancelled": ["requested", "cancelled"]}[status]
        for step in steps:
            caseload.move_connection(cid, step)
    with db.session() as session:
        session.get(Service, uuid.UUID(paused.service_id)).status = "temporarily closed"

    window = MainWindow(core, inline_runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    window.letter_actions.batch_action.trigger()
    dialog = window.letter_actions.batch_dialog
    assert isinstance(dialog, BatchDialog)
    dialog.kind.setCurrentIndex(next(i for i in range(dialog.kind.count()) if dialog.kind.itemData(i)[0] == "paused"))
    assert dialog.from_service.isChecked() and not dialog.open_only.isEnabled()
    assert not dialog.from_caseload.isEnabled()
    index = dialog.service.findData(paused.service_id)
    assert index >= 0
    assert "(2 people waiting to start, paused or closed)" in dialog.service.itemText(index)
    assert index == 0  # the paused service comes first
    dialog.service.setCurrentIndex(index)
    out = tmp_path / "paused.pdf"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    text = pdf_text(out)
    assert text.count("Your group is paused") == 2  # one letter each
    for waiting in ("requested", "accepted"):
        assert names[waiting] in text
    for not_waiting in ("in-progress", "draft", "cancelled"):  # started, never sent, or no longer wanted
        assert names[not_waiting] not in text
    assert "What happens next" in text and "Tuesday Tea & Chat" in text
    assert "01632 960002" in text  # who to contact: the link worker's phone
    assert window.statusBar().currentMessage().startswith("Wrote 2 group paused letters into one PDF")
