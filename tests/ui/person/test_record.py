from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.core import Linkwell
from app.domain.status import EpisodeStatus
from app.services.caseload.facade import Caseload
from app.services.directory.facade import Directory
from app.services.caseload.plans import Plans
from app.storage.database import Database
from tests.ui.conftest import open_record
from ui.person.close_episode import CloseEpisodeDialog
from ui.person.connect import ConnectDialog
from ui.person.contact import ContactDialog
from ui.person.record import PersonRecord
from ui.runner import InlineRunner


def _person(db: Database, **extra: Any) -> tuple[str, str]:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Siân", family_name="O'Brien", date_of_birth=date(1948, 3, 2),
                              nhs_number="9434765919", **extra).created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness"]).created_id
    assert pid and eid
    return pid, eid


def _record(qtbot: Any, core: Linkwell, runner: InlineRunner, pid: str) -> PersonRecord:
    record = open_record(qtbot, core, runner, pid)
    return record


def _status(db: Database, eid: str) -> str:
    return next(e for e in Caseload(db).person_detail(_pid(db, eid))["episodes"] if e["id"] == eid)["status"]


def _pid(db: Database, eid: str) -> str:
    with db.session() as s:
        import uuid

        from app.domain.models import Episode

        return str(s.get(Episode, uuid.UUID(eid)).person_id)


def test_header_shows_who_and_the_risk_banner(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, _ = _person(db, risk_note="Lives with a violent partner: phone only", communication_needs="Large print")
    record = _record(qtbot, core, inline_runner, pid)
    assert record.name.text() == "Siân O'Brien"
    assert "NHS number 943 476 5919" in record.facts.text()
    assert "Large print" in record.facts.text()
    assert record.risk.isVisible() and "violent partner" in record.risk.text()


def test_only_legal_moves_are_offered_and_the_reason_is_shown(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    record = _record(qtbot, core, inline_runner, pid)
    visible = {s for s, b in record.move_buttons.items() if b.isVisible()}
    assert visible == {EpisodeStatus.CONTACTED, EpisodeStatus.CLOSED}
    assert record.why.text() == "Next: contact them and offer support (Offer made), or close if it is not for us."
    qtbot.mouseClick(record.move_buttons[EpisodeStatus.CONTACTED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(record.move_buttons[EpisodeStatus.ACCEPTED], Qt.MouseButton.LeftButton)
    assert _status(db, eid) == "accepted"
    detail = Caseload(db).person_detail(pid)
    assert [h["snomed"] for h in detail["episodes"][0]["status_history"]] == [
        None, "871691000000100", "871731000000106"]
    texts = [record.timeline.topLevelItem(i).text(2) for i in range(record.timeline.topLevelItemCount())]
    assert "871731000000106 Referral to social prescribing service" in texts
    assert not record.move_buttons[EpisodeStatus.PLANNED].isVisible()


def test_the_whole_journey_by_keyboard(qtbot: Any, demo_db: Database, demo_core: Linkwell,
                                       inline_runner: InlineRunner) -> None:
    db = demo_db
    pid, eid = _person(db)
    record = _record(qtbot, demo_core, inline_runner, pid)
    for status in (EpisodeStatus.CONTACTED, EpisodeStatus.ACCEPTED, EpisodeStatus.WHAT_MATTERS):
        record.move_buttons[status].setFocus()
        qtbot.keyClick(record.move_buttons[status], Qt.Key.Key_Space)
    # what matters and the plan
    record.tabs.setCurrentIndex(2)
    qtbot.keyClicks(record.what_matters, "Getting back to the allotment")
    qtbot.keyClick(record.save_matters, Qt.Key.Key_Space)
    qtbot.keyClicks(record.goal_text, "Meet people twice a week")
    qtbot.keyClick(record.goal_text, Qt.Key.Key_Return)
    qtbot.keyClicks(record.action_text, "Try the walking group")
    qtbot.keyClicks(record.action_owner, "Sian")
    qtbot.keyClicks(record.action_due, "01/12/2026")
    qtbot.keyClick(record.action_text, Qt.Key.Key_Return)
    plan = Plans(db).plan(eid)
    assert plan["what_matters"] == "Getting back to the allotment"
    assert plan["goals"][0]["text"] == "Meet people twice a week"
    assert plan["goals"][0]["actions"][0]["due_date"] == "2026-12-01"
    qtbot.keyClick(record.move_buttons[EpisodeStatus.PLANNED], Qt.Key.Key_Space)
    # connect to a service
    qtbot.keyClick(record, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = record.last_dialog
    assert isinstance(dialog, ConnectDialog)
    qtbot.keyClicks(dialog.search, "walk")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.hits
    chosen = dialog.chosen
    qtbot.keyClick(dialog.search, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    connection = Caseload(db).person_detail(pid)["episodes"][0]["connections"][0]
    assert connection["service_id"] == chosen.id and connection["kind"] == "refer"
    # move the connection: requested -> rejected needs a reason; the reason box is enabled for it
    record.connection_move.setCurrentIndex(record.connection_move.findData("requested"))
    qtbot.keyClick(record.move_connection_button, Qt.Key.Key_Space)
    record.connection_move.setCurrentIndex(record.connection_move.findData("rejected"))
    assert record.connection_reason.isEnabled()
    record.connection_reason.setCurrentIndex(record.connection_reason.findData("no_capacity"))
    qtbot.keyClick(record.move_connection_button, Qt.Key.Key_Space)
    connection = Caseload(db).person_detail(pid)["episodes"][0]["connections"][0]
    assert (connection["status"], connection["outcome_reason"]) == ("rejected", "no_capacity")
    # follow up with a contact
    qtbot.keyClick(record, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    contact = record.last_dialog
    assert isinstance(contact, ContactDialog)
    contact.kind.setCurrentIndex(contact.kind.findData("phone"))
    contact.minutes.setValue(10)
    qtbot.keyClicks(contact.notes, "Called to follow up")
    qtbot.keyClick(contact.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    assert Caseload(db).person_detail(pid)["episodes"][0]["contacts"][0]["notes"].startswith("Called to follow up")
    # review, then close with a reason
    qtbot.keyClick(record.move_buttons[EpisodeStatus.REVIEW], Qt.Key.Key_Space)
    qtbot.keyClick(record.move_buttons[EpisodeStatus.CLOSED], Qt.Key.Key_Space)
    closing = record.last_dialog
    assert isinstance(closing, CloseEpisodeDialog)
    qtbot.keyClick(closing.close_button, Qt.Key.Key_Space)
    assert "Choose why" in closing.message.text()
    closing.reason.setCurrentIndex(closing.reason.findData("goals_met"))
    qtbot.keyClicks(closing.note, "Singing weekly <& happy>")
    qtbot.keyClick(closing.close_button, Qt.Key.Key_Space)
    notes = [record.timeline.topLevelItem(i).text(3) for i in range(record.timeline.topLevelItemCount())]
    assert "Singing weekly <& happy>" in notes  # the note said with a move shows on the timeline
    episode = Caseload(db).person_detail(pid)["episodes"][0]
    assert (episode["status"], episode["closure_reason"]) == ("closed", "goals_met")
    assert not any(b.isVisible() for b in record.move_buttons.values())
    assert "closed" in record.why.text()


def test_correcting_a_contact_keeps_the_earlier_text_in_view(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    from datetime import UTC, datetime

    Caseload(db).add_contact(eid, kind="phone", contact_at=datetime(2026, 11, 2, 10, tzinfo=UTC),
                             duration_minutes=15, notes="Talked about the bus")
    record = _record(qtbot, core, inline_runner, pid)
    record.tabs.setCurrentIndex(1)
    qtbot.keyClick(record.edit_contact_button, Qt.Key.Key_Space)
    dialog = record.last_dialog
    assert isinstance(dialog, ContactDialog) and dialog.kind.isEnabled() and dialog.minutes.isEnabled()
    dialog.notes.selectAll()
    qtbot.keyClicks(dialog.notes, "Talked about the bus pass")
    qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.Key.Key_Space)
    contacts = Caseload(db).person_detail(pid)["episodes"][0]["contacts"]
    assert [(c["notes"], c["current"]) for c in contacts] == [
        ("Talked about the bus", False), ("Talked about the bus pass", True)]
    top = record.contacts.topLevelItem(0)
    assert top.text(3).startswith("Talked about the bus pass") and top.child(0).text(3) == "Talked about the bus"


def test_connecting_to_a_full_service_warns_first(qtbot: Any, demo_db: Database, demo_core: Linkwell, inline_runner: InlineRunner) -> None:
    _, eid = _person(demo_db)
    hit = Directory(demo_db).search("walk", limit=1)[0]
    with demo_db.session() as session:
        import uuid

        from app.domain.models import Service

        service = session.get(Service, uuid.UUID(hit.id))
        service.capacity = "full"
        session.add(service)
    dialog = ConnectDialog(demo_core, inline_runner, eid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, hit.name)
    dialog.find()
    row = next(i for i, h in enumerate(dialog.hits) if h.id == hit.id)
    dialog.results.setCurrentRow(row)
    assert dialog.warning.isVisible() and "full" in dialog.warning.text()
    assert dialog.connect_button.text() == "&Connect anyway"


def test_a_first_contact_offers_the_move_to_contacted_and_today_agrees(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    caseload = Caseload(db)
    second_pid = caseload.add_person(given_name="Wojciech", family_name="Żak", date_of_birth=date(1979, 1, 5)).created_id
    assert second_pid
    second_eid = caseload.refer(second_pid, referral_date=date(2026, 11, 3), referral_source="self",
                                reasons=["loneliness"]).created_id
    record = _record(qtbot, core, inline_runner, pid)
    record.add_contact()
    dialog = record.last_dialog
    assert isinstance(dialog, ContactDialog)
    assert dialog.offers_move and dialog.mark_contacted.isChecked()  # offered, and the first choice
    assert "Contacted" in dialog.mark_contacted.text()
    dialog.notes.setPlainText("Rang Siân; she would like to try the choir & <lunch club> 🎶")
    dialog.minutes.setValue(15)
    dialog.accept()
    assert _status(db, eid) == EpisodeStatus.CONTACTED.value
    assert pid not in {e.person_id for e in core.today.lists().new_referrals}

    other = _record(qtbot, core, inline_runner, second_pid)
    other.add_contact()
    dialog = other.last_dialog
    assert isinstance(dialog, ContactDialog)
    dialog.mark_contacted.setChecked(False)  # a message left, not a conversation: the worker says not yet
    dialog.minutes.setValue(5)
    dialog.accept()
    assert _status(db, second_eid) == EpisodeStatus.REFERRED.value

    other.add_contact()  # still referred: offered again. Once contacted, never offered.
    assert isinstance(other.last_dialog, ContactDialog) and other.last_dialog.offers_move
    other.last_dialog.reject()
    record.add_contact()
    assert isinstance(record.last_dialog, ContactDialog) and not record.last_dialog.offers_move
    record.last_dialog.reject()


def test_correcting_a_contacts_type_and_length_keeps_the_contact_as_it_was(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    from datetime import UTC, datetime

    Caseload(db).add_contact(eid, kind="phone", contact_at=datetime(2026, 11, 2, 10, tzinfo=UTC),
                             duration_minutes=15, notes="Met at the café & talked")
    record = _record(qtbot, core, inline_runner, pid)
    record.tabs.setCurrentIndex(1)
    record.edit_contact()
    dialog = record.last_dialog
    assert isinstance(dialog, ContactDialog)
    dialog.accept()
    assert dialog.isVisible() and "Nothing is changed" in dialog.message.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("face_to_face"))  # it was a visit, not a call
    dialog.minutes.setValue(45)
    dialog.accept()
    contacts = Caseload(db).person_detail(pid)["episodes"][0]["contacts"]
    assert [(c["kind"], c["duration_minutes"], c["current"]) for c in contacts] == [
        ("phone", 15, False), ("face_to_face", 45, True)]
    top = record.contacts.topLevelItem(0)
    assert (top.text(1), top.text(2)) == ("Face to face", "45")
    earlier = top.child(0)
    assert earlier.text(0).startswith("Earlier: ") and (earlier.text(1), earlier.text(2)) == ("Phone", "15")


def test_a_zero_minute_contact_is_questioned_once(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    record = _record(qtbot, core, inline_runner, pid)
    record.add_contact()
    dialog = record.last_dialog
    assert isinstance(dialog, ContactDialog)
    dialog.minutes.setValue(0)
    dialog.notes.setPlainText("Left a message")
    dialog.accept()
    assert dialog.isVisible() and "0 minutes" in dialog.message.text()
    assert Caseload(db).person_detail(pid)["episodes"][0]["contacts"] == []  # nothing saved yet
    dialog.accept()  # Save again: 0 minutes it is
    contacts = Caseload(db).person_detail(pid)["episodes"][0]["contacts"]
    assert [(c["notes"], c["duration_minutes"]) for c in contacts] == [("Left a message", 0)]


def test_closing_says_what_became_of_open_connections_and_names_the_closing_measures(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    caseload = Caseload(db)
    for step in ("contacted", "accepted", "what_matters", "planned", "connecting"):
        caseload.move_episode(eid, step)
    walk = Directory(db).add_service({"name": "Riverside Walk & Talk", "categories": ["Walking"]}).created_id
    choir = Directory(db).add_service({"name": "Côr Cymunedol", "categories": ["Singing"]}).created_id
    assert walk and choir
    walking = caseload.connect(eid, walk).created_id
    singing = caseload.connect(eid, choir).created_id
    assert walking and singing
    caseload.move_connection(walking, "requested")
    core.measures.record(eid, "ons4", "baseline", {"satisfied": 4, "worthwhile": 5, "happy": 4, "anxious": 6})
    record = _record(qtbot, core, inline_runner, pid)
    record.move(EpisodeStatus.CLOSED)
    closing = record.last_dialog
    assert isinstance(closing, CloseEpisodeDialog) and closing.check is not None
    assert set(closing.endings) == {walking, singing}
    assert "ONS" in closing.measures_note.text() and closing.measures_button.isVisibleTo(closing)
    closing.measures_button.click()  # record them first: the form opens at closure; the referral stays open
    form = record.measures.dialog
    assert form is not None and form.isVisible() and not closing.isVisible()
    assert form.timepoint.currentData() == "closure"
    form.reject()
    assert _status(db, eid) == "connecting"
    record.move(EpisodeStatus.CLOSED)
    closing = record.last_dialog
    assert isinstance(closing, CloseEpisodeDialog)
    closing.reason.setCurrentIndex(closing.reason.findData("goals_met"))
    # By keyboard: Tab from the note reaches each open connection's box in turn, then the buttons.
    assert closing.note.nextInFocusChain() is closing.endings[walking]
    assert closing.endings[walking].nextInFocusChain() is closing.endings[singing]
    height = closing.message.height()
    closing.accept()  # the walk and the choir are still open: said, and nothing is closed
    assert "still open" in closing.message.text() and closing.isVisible()
    assert closing.message.height() == height  # the sentence does not move the dialog's buttons
    assert _status(db, eid) == "connecting"
    closing.endings[walking].setCurrentIndex(closing.endings[walking].findData("completed"))
    assert closing.message.text() == ""  # a choice clears the sentence
    closing.endings[singing].setCurrentIndex(closing.endings[singing].findData("cancelled"))
    closing.accept()
    assert _status(db, eid) == "closed"
    statuses = {c["id"]: c["status"] for c in Caseload(db).person_detail(pid)["episodes"][0]["connections"]}
    assert statuses == {walking: "completed", singing: "cancelled"}
    # A closed referral offers only what makes sense: no new contacts, connections, plans or measures.
    assert not record.connect_button.isEnabled() and not record.add_contact_button.isEnabled()
    assert not record.measures.record_button.isEnabled() and not record.add_goal_button.isEnabled()
    assert not record.next_step_label.isVisibleTo(record)  # no steps to offer: no "Next step:" with nothing after it


def test_ctrl_shift_m_records_measures_from_any_tab(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    record = _record(qtbot, core, inline_runner, pid)
    qtbot.waitUntil(lambda: record.measures.instruments is not None, timeout=5000)
    record.tabs.setCurrentIndex(0)
    qtbot.keyClick(record, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert record.tabs.currentWidget() is record.measures
    assert record.measures.dialog is not None and record.measures.dialog.isVisible()
    record.measures.dialog.reject()
