from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlmodel import col, select

from app import clock
from app.domain.models import AuditEvent, Service
from app.errors import IllegalTransition, InvalidInput, NotFound
from app.services.caseload.facade import Caseload
from app.services.privacy import Privacy
from app.services.caseload.today import Today
from app.storage.database import Database


@pytest.fixture
def caseload(db: Database) -> Caseload:
    return Caseload(db)


def _referred(caseload: Caseload, **person: object) -> tuple[str, str]:
    pid = caseload.add_person(given_name="Siân", family_name="O'Brien", **person).created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp",
                         reasons=["loneliness", "debt"]).created_id
    return pid, eid


def test_journey_records_every_move_with_snomed_codes(caseload: Caseload) -> None:
    pid, eid = _referred(caseload)
    for status in ("contacted", "accepted", "what_matters", "planned", "connecting", "review"):
        caseload.move_episode(eid, status)
    caseload.move_episode(eid, "closed", closure_reason="goals_met")
    episode = caseload.person_detail(pid)["episodes"][0]
    moves = [(h["from"], h["to"]) for h in episode["status_history"]]
    assert moves[0] == (None, "referred") and moves[-1] == ("review", "closed")
    assert len(moves) == 8
    codes = {h["to"]: h["snomed"] for h in episode["status_history"]}
    assert codes["accepted"] == "871731000000106" and codes["contacted"] == "871691000000100"
    assert codes["planned"] is None
    assert episode["status"] == "closed" and episode["closure_reason"] == "goals_met"


def test_decline_is_coded(caseload: Caseload) -> None:
    pid, eid = _referred(caseload)
    caseload.move_episode(eid, "contacted")
    caseload.move_episode(eid, "declined")
    history = caseload.person_detail(pid)["episodes"][0]["status_history"]
    assert history[-1]["snomed"] == "871711000000103"


def test_illegal_move_changes_nothing(caseload: Caseload) -> None:
    pid, eid = _referred(caseload)
    with pytest.raises(IllegalTransition, match="It can move to"):
        caseload.move_episode(eid, "planned")
    episode = caseload.person_detail(pid)["episodes"][0]
    assert episode["status"] == "referred" and len(episode["status_history"]) == 1


def test_contacts_are_append_only(caseload: Caseload, db: Database) -> None:
    pid, eid = _referred(caseload)
    first = caseload.add_contact(eid, kind="phone", contact_at=datetime(2026, 11, 3, 10, tzinfo=UTC),
                                 duration_minutes=15, notes="Left a message <b>& more</b>").created_id
    second = caseload.edit_contact(first, notes="Spoke to Siân; she will call back").created_id
    contacts = caseload.person_detail(pid)["episodes"][0]["contacts"]
    by_id = {c["id"]: c for c in contacts}
    assert by_id[first]["notes"] == "Left a message <b>& more</b>" and not by_id[first]["current"]
    assert by_id[second]["supersedes"] == first and by_id[second]["current"]
    with pytest.raises(InvalidInput, match="newest version"):
        caseload.edit_contact(first, notes="again")
    con = db.connect()
    with pytest.raises(Exception, match="append-only"):
        con.execute("UPDATE contact SET notes = 'tampered'")
    con.close()


def test_connections_follow_hl7_and_need_reasons(caseload: Caseload, db: Database) -> None:
    pid, eid = _referred(caseload)
    with db.session() as session:
        service = Service(name="Tuesday Tea and Chat")
        session.add(service)
    cid = caseload.connect(eid, str(service.id)).created_id
    caseload.move_connection(cid, "requested")
    with pytest.raises(InvalidInput, match="needs a reason"):
        caseload.move_connection(cid, "failed")
    caseload.move_connection(cid, "failed", outcome_reason="no_capacity")
    (connection,) = caseload.person_detail(pid)["episodes"][0]["connections"]
    assert connection == {"id": cid, "service_id": str(service.id), "kind": "refer", "status": "failed",
                          "outcome_reason": "no_capacity", "deleted_at": None}


def test_bad_input_is_refused_with_sentences(caseload: Caseload) -> None:
    with pytest.raises(InvalidInput, match="check digit"):
        caseload.add_person(given_name="A", family_name="B", nhs_number="943 476 5918")
    with pytest.raises(InvalidInput, match="given name and a family name"):
        caseload.add_person(given_name="  ", family_name="B")
    pid = caseload.add_person(given_name="A", family_name="B").created_id
    with pytest.raises(InvalidInput, match="not a referral source"):
        caseload.refer(pid, referral_date=clock.today(), referral_source="postcard", reasons=[])
    with pytest.raises(InvalidInput, match="Unknown referral reason: boredom"):
        caseload.refer(pid, referral_date=clock.today(), referral_source="self", reasons=["boredom"])
    with pytest.raises(NotFound, match="no person"):
        caseload.person_detail("00000000-0000-4000-8000-000000000000")
    assert caseload.list.count() == 1


def test_list_rows_and_filters(caseload: Caseload) -> None:
    _, e1 = _referred(caseload, nhs_number="9434765919", date_of_birth=date(1950, 12, 31))
    pid2 = caseload.add_person(given_name="Łukasz", family_name="Adamski").created_id
    caseload.refer(pid2, referral_date=date(2026, 10, 1), referral_source="self", reasons=["housing"])
    caseload.move_episode(e1, "contacted")
    ids = caseload.list.person_ids()
    rows = caseload.list.rows(ids, today=date(2026, 11, 22))
    assert [r.name for r in rows] == ["Adamski, Łukasz", "O'Brien, Siân"]
    assert rows[1].nhs_number == "943 476 5919" and rows[1].age == 75
    assert rows[1].status_label == "Contacted, offer made" and rows[0].next_action == "Make first contact"
    assert caseload.list.person_ids(status="contacted") == [rows[1].person_id]
    assert caseload.list.rows(list(reversed(ids)))[0].person_id == ids[1]  # order as asked


def test_new_person_and_referral_are_one_transaction(caseload: Caseload) -> None:
    with pytest.raises(InvalidInput, match="not a referral source"):
        caseload.refer_new_person({"given_name": "Ffion", "family_name": "Jones"},
                                  {"referral_date": date(2026, 11, 2), "referral_source": "carrier pigeon",
                                   "reasons": []})
    assert caseload.list.count() == 0  # the person was not left behind without their referral
    changes = caseload.refer_new_person({"given_name": "Ffion", "family_name": "Jones"},
                                        {"referral_date": date(2026, 11, 2), "referral_source": "self",
                                         "reasons": ["loneliness"]})
    (pid,) = changes.person_ids
    assert caseload.person_detail(pid)["episodes"][0]["id"] == changes.created_id


# --- soft delete with undo ---------------------------------------------------------------------

def _events(db: Database, pid: str) -> list[tuple[str, str]]:
    with db.session() as session:
        rows = session.exec(select(AuditEvent).where(AuditEvent.person_id == uuid.UUID(pid))
                            .order_by(col(AuditEvent.seq))).all()
        return [(e.action, e.detail) for e in rows]


def test_a_deleted_contact_is_hidden_kept_and_restored_with_its_history(caseload: Caseload, db: Database) -> None:
    pid, eid = _referred(caseload)
    first = caseload.add_contact(eid, kind="phone", contact_at=datetime(2026, 11, 3, 10, tzinfo=UTC),
                                 notes="Left a message").created_id
    second = caseload.edit_contact(first, notes="Spoke to Siân").created_id
    kept = caseload.add_contact(eid, kind="video", contact_at=datetime(2026, 11, 4, tzinfo=UTC),
                                notes="Video call").created_id

    changes = caseload.delete_contact(second)
    assert changes.person_ids == {pid}
    episode = caseload.person_detail(pid)["episodes"][0]
    assert [c["id"] for c in episode["contacts"]] == [kept]  # both versions of the deleted one are hidden
    deleted = {c["id"]: c for c in episode["deleted_contacts"]}
    assert set(deleted) == {first, second} and deleted[second]["current"] and deleted[second]["deleted_at"]
    assert deleted[first]["notes"] == "Left a message"  # the earlier text is kept too
    with pytest.raises(InvalidInput, match="restore it"):
        caseload.edit_contact(second, notes="while deleted")
    with pytest.raises(InvalidInput, match="already deleted"):
        caseload.delete_contact(first)

    caseload.restore_contact(first)  # any version brings the whole contact back
    episode = caseload.person_detail(pid)["episodes"][0]
    by_id = {c["id"]: c for c in episode["contacts"]}
    assert set(by_id) == {first, second, kept} and episode["deleted_contacts"] == []
    assert by_id[second]["notes"] == "Spoke to Siân" and by_id[first]["notes"] == "Left a message"
    assert by_id[second]["current"] and not by_id[first]["current"]
    with pytest.raises(InvalidInput, match="not deleted"):
        caseload.restore_contact(second)
    actions = [e for e in _events(db, pid) if "contact " in e[1] and e[1].split()[0] in ("deleted", "restored")]
    assert actions == [("edit", f"deleted contact {second}"), ("edit", f"restored contact {second}")]


def test_a_deleted_connection_is_not_open_nor_waiting_and_can_be_restored(caseload: Caseload, db: Database) -> None:
    pid, eid = _referred(caseload)
    with db.session() as session:
        service = Service(name="Walking Group", capacity="waiting list")
        session.add(service)
    cid = caseload.connect(eid, str(service.id)).created_id
    assert [i.person_id for i in Today(db).lists().waiting] == [pid]

    assert caseload.delete_connection(cid).person_ids == {pid}
    episode = caseload.person_detail(pid)["episodes"][0]
    assert episode["connections"] == [] and [c["id"] for c in episode["deleted_connections"]] == [cid]
    with pytest.raises(InvalidInput, match="restore it"):
        caseload.move_connection(cid, "requested")
    caseload.restore_connection(cid)
    (connection,) = caseload.person_detail(pid)["episodes"][0]["connections"]
    assert connection["id"] == cid and connection["deleted_at"] is None and connection["status"] == "draft"
    assert [d for a, d in _events(db, pid) if "connection " in d and d.split()[0] in ("deleted", "restored")] == [
        f"deleted connection {cid}", f"restored connection {cid}"]


def test_deleted_rows_leave_todays_lists_and_their_counts(caseload: Caseload, db: Database) -> None:
    pid, eid = _referred(caseload)
    with db.session() as session:
        service = Service(name="Walking Group", capacity="waiting list")
        session.add(service)
    cid = caseload.add_contact(eid, kind="phone", contact_at=datetime(2026, 11, 2, tzinfo=UTC)).created_id
    caseload.delete_connection(caseload.connect(eid, str(service.id)).created_id)
    caseload.delete_contact(cid)
    lists = Today(db).lists()
    assert lists.waiting == []  # a deleted connection is no longer an open one
    assert [i.person_id for i in lists.new_referrals] == [pid]  # its only contact is deleted: still waiting
    con = db.connect()
    try:  # the totals Today shows once a list is longer than it lists
        counts = {name: con.execute(sql, params).fetchone()[0] for name, (sql, params) in
                  Today._counts(clock.today()).items()}
    finally:
        con.close()
    assert counts["waiting"] == 0 and counts["new_referrals"] == 1


def test_the_subject_access_export_keeps_deleted_rows_marked(caseload: Caseload, db: Database) -> None:
    pid, eid = _referred(caseload)
    cid = caseload.add_contact(eid, kind="phone", contact_at=datetime(2026, 11, 3, tzinfo=UTC),
                               notes="Deleted by mistake").created_id
    caseload.delete_contact(cid)
    (contact,) = Privacy(db).subject_access(pid)["contacts"]
    assert contact["notes"] == "Deleted by mistake" and contact["deleted_at"]


def test_the_record_is_a_typed_view_with_every_part_the_window_reads(caseload: Caseload, db: Database) -> None:
    """core.caseload.record: frozen value types (app.domain.record), holding what person_detail holds and
    each connection's service; viewing is audited as before."""
    import dataclasses

    from app.domain.record import RecordView
    from app.services.caseload.plans import Plans

    pid, eid = _referred(caseload, nhs_number="9434765919", risk_note="Dog <Łatka> & a ŵ")
    first = caseload.add_contact(eid, kind="phone", contact_at=datetime(2026, 11, 3, 10, tzinfo=UTC),
                                 duration_minutes=15, notes="Left a message").created_id
    second = caseload.edit_contact(first, notes="Spoke to Siân 🙂").created_id
    with db.session() as session:
        kept, gone = Service(name="Tea & Chat", capacity="waiting list"), Service(name="Walking Group")
        session.add(kept)
        session.add(gone)
    cid = caseload.connect(eid, str(kept.id), kind="signpost").created_id
    dropped = caseload.connect(eid, str(gone.id)).created_id
    caseload.delete_connection(dropped)
    plans = Plans(db)
    plans.record_what_matters(eid, what_matters="Getting out", strengths="Gardening")
    goal = plans.add_goal(eid, text="Join a group").created_id
    plans.add_action(goal, text="Ring the café", owner="Siân", due_date=date(2026, 12, 1))
    caseload.move_episode(eid, "contacted")

    record = caseload.record(pid)
    assert isinstance(record, RecordView) and record.id == pid and record.person.name == "Siân O'Brien"
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.person.risk_note = ""  # type: ignore[misc]
    assert record.person.risk_note == "Dog <Łatka> & a ŵ" and record.person.nhs_number == "9434765919"
    (episode,) = record.episodes
    assert record.episode(eid) is episode and record.current_status == "contacted"
    assert (episode.status, episode.status_label, episode.reasons) == ("contacted", "Contacted, offer made",
                                                                      ("loneliness", "debt"))
    assert [(h.from_status, h.to_status) for h in episode.status_history] == [(None, "referred"),
                                                                               ("referred", "contacted")]
    assert [(c.id, c.current, c.supersedes) for c in episode.contacts] == [(first, False, None),
                                                                          (second, True, first)]
    assert episode.contact(second) is not None and episode.contact(second).notes == "Spoke to Siân 🙂"  # type: ignore[union-attr]
    (connection,) = episode.connections
    assert (connection.id, connection.kind, connection.status) == (cid, "signpost", "draft")
    assert connection.service is not None and (connection.service.name, connection.service.capacity) == (
        "Tea & Chat", "waiting list")
    assert [c.id for c in episode.deleted_connections] == [dropped] and episode.deleted_connections[0].deleted_at
    assert (episode.plan.what_matters, episode.plan.strengths) == ("Getting out", "Gardening")
    (g,) = episode.plan.goals
    assert (g.text, [(a.text, a.owner, a.due_date, a.done) for a in g.actions]) == (
        "Join a group", [("Ring the café", "Siân", date(2026, 12, 1), False)])
    # the same facts as the command line's dict, field by field
    detail = caseload.person_detail(pid)["episodes"][0]
    assert [c["id"] for c in detail["contacts"]] == [c.id for c in episode.contacts]
    assert [h["snomed"] for h in detail["status_history"]] == [h.snomed for h in episode.status_history]
    assert ("view", "viewed the record in the window") in _events(db, pid)
