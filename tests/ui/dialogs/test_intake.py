from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.services.caseload.drafts import Drafts
from app.storage.database import Database
from ui.dialogs.intake import IntakeDialog
from ui.dialogs.waiting_room import WaitingRoomDialog
from ui.runner import InlineRunner


def _intake(qtbot: Any, core: Linkwell, runner: InlineRunner) -> IntakeDialog:
    dialog = IntakeDialog(core, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # focus moves (and editingFinished) need an active window
    return dialog


def _tick(dialog: IntakeDialog, code: str) -> None:
    for i in range(dialog.reasons.count()):
        if dialog.reasons.item(i).data(Qt.ItemDataRole.UserRole) == code:
            dialog.reasons.item(i).setCheckState(Qt.CheckState.Checked)


def test_a_self_referral_for_a_new_person(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    dialog = _intake(qtbot, core, inline_runner)
    qtbot.keyClicks(dialog.given, "Amara")
    qtbot.keyClick(dialog.given, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.family, "Adeyemi")
    qtbot.keyClicks(dialog.born, "30/11/1975")
    qtbot.keyClicks(dialog.nhs, "943 476 5919")
    dialog.source.setCurrentIndex(dialog.source.findData("self"))
    _tick(dialog, "debt")
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert dialog.person_id is not None
    detail = Caseload(db).person_detail(dialog.person_id)
    assert (detail["given_name"], detail["nhs_number"], detail["date_of_birth"]) == ("Amara", "9434765919", "1975-11-30")
    episode = detail["episodes"][0]
    assert (episode["referral_source"], episode["reasons"], episode["status"]) == ("self", ["debt"], "referred")


def test_an_invalid_nhs_number_is_explained_inline_and_nothing_saved(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    dialog = _intake(qtbot, core, inline_runner)
    qtbot.keyClicks(dialog.given, "Amara")
    qtbot.keyClicks(dialog.family, "Adeyemi")
    qtbot.keyClicks(dialog.nhs, "943 476 5918")
    _tick(dialog, "debt")
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert dialog.nhs_message.isVisible()
    assert "not a valid NHS number" in dialog.nhs_message.text()
    assert Caseload(db).summaries() == []


def test_a_likely_duplicate_is_offered_and_the_referral_attached(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Łukasz", family_name="O'Brien", date_of_birth=date(1960, 5, 4)).created_id
    dialog = _intake(qtbot, core, inline_runner)
    qtbot.keyClicks(dialog.given, "Lukasz")
    qtbot.keyClicks(dialog.family, "O Brien")
    qtbot.keyClicks(dialog.born, "04/05/1960")
    qtbot.keyClick(dialog.born, Qt.Key.Key_Tab)  # leaving the field checks for duplicates
    assert dialog.duplicates.isVisible()
    assert "Łukasz O'Brien" in dialog.match_list.item(0).text()
    _tick(dialog, "loneliness")
    qtbot.keyClick(dialog.attach_button, Qt.Key.Key_Space)
    assert dialog.person_id == pid
    assert len(caseload.summaries()) == 1
    assert caseload.person_detail(pid)["episodes"][0]["reasons"] == ["loneliness"]


def test_intake_typing_is_kept_as_a_draft_and_offered_back(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    dialog = _intake(qtbot, core, inline_runner)
    qtbot.keyClicks(dialog.given, "Bronwen")
    dialog.drafts.save_now()  # what the one-second timer does
    assert Drafts(db).load("intake").fields["given_name"] == "Bronwen"
    dialog.close()
    again = _intake(qtbot, core, inline_runner)
    assert again.draft_bar.isVisible()
    qtbot.keyClick(again.draft_bar.restore_button, Qt.Key.Key_Space)
    assert again.given.text() == "Bronwen"


def test_waiting_room_capture_makes_a_self_referral(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    dialog = WaitingRoomDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.given, "Jo")
    qtbot.keyClick(dialog.given, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.family, "Marsh")
    qtbot.keyClick(dialog.family, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.reach, "07700 900123")
    qtbot.keyClick(dialog.reach, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.matters, "Wants to get back to choir")
    qtbot.keyClick(dialog.matters, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.matters, Qt.Key.Key_Return)
    assert dialog.person_id is not None
    detail = Caseload(db).person_detail(dialog.person_id)
    assert (detail["family_name"], detail["phone"]) == ("Marsh", "07700 900123")
    episode = detail["episodes"][0]
    assert (episode["referral_source"], episode["consent_to_contact"]) == ("self", True)
    assert dialog.sizeHint().width() <= 1024 and dialog.sizeHint().height() <= 600


def test_a_waiting_room_capture_is_caught_at_intake_by_name_and_phone(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    """Issue 18 item 12: a capture has no date of birth; the same name and phone at intake is a duplicate."""
    capture = WaitingRoomDialog(core, inline_runner)
    qtbot.addWidget(capture)
    capture.show()
    qtbot.keyClicks(capture.given, "Tom")
    capture.family.insert("Hughes-Ŵynn")  # QTest cannot type Ŵ; inserted as an input method would
    qtbot.keyClicks(capture.reach, "07700 900456")
    capture.matters.insert("Allotment <&> 🌱")
    capture.consent.setChecked(True)
    qtbot.keyClick(capture.matters, Qt.Key.Key_Return)
    assert capture.person_id is not None
    dialog = _intake(qtbot, core, inline_runner)
    qtbot.keyClicks(dialog.given, "Tom")
    qtbot.keyClicks(dialog.family, "Hughes Wynn")
    qtbot.keyClicks(dialog.born, "12/03/1958")
    qtbot.keyClicks(dialog.phone, "+44 7700 900456")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Tab)  # leaving the field checks for duplicates
    assert dialog.duplicates.isVisible()
    assert [m.person_id for m in dialog.matches] == [capture.person_id]
    assert "Same phone" in dialog.match_list.item(0).text()


def test_waiting_room_capture_keeps_a_date_of_birth_and_practice_when_given(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    """Issue 18 item 13: both optional, so the record need not say 'Practice: not known'."""
    from app.domain.models import Practice

    with db.session() as session:
        session.add(Practice(ods_code="W97001", name="Meddygfa'r Bont & Partners", address="1 Stryd Fawr",
                             postcode="LL55 1AA", phone="01632 960321"))
    dialog = WaitingRoomDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.practice.count() == 2, timeout=5000)
    qtbot.keyClicks(dialog.given, "Iwan")
    dialog.family.insert("Zieliński")  # QTest types ASCII only
    qtbot.keyClicks(dialog.reach, "07700 900789")
    qtbot.keyClicks(dialog.born, "31/02/1960")
    dialog.practice.setCurrentIndex(dialog.practice.findText("Meddygfa'r Bont & Partners"))
    dialog.accept()
    assert dialog.person_id is None and "not a date" in dialog.message.text()  # said, and nothing saved
    dialog.born.clear()
    qtbot.keyClicks(dialog.born, "28/02/1960")
    dialog.accept()
    assert dialog.person_id is not None
    record = core.caseload.record(dialog.person_id)
    assert record.person.date_of_birth.isoformat() == "1960-02-28"
    assert record.person.practice == "Meddygfa'r Bont & Partners"
