"""The Today worklist, from hand-built caseloads."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.models import Service
from app.services.caseload.facade import Caseload
from app.services.caseload.today import Today
from app.storage.database import Database

TODAY = date(2026, 11, 20)


def _person(caseload: Caseload, given: str, family: str) -> str:
    pid = caseload.add_person(given_name=given, family_name=family).created_id
    assert pid
    return pid


def _refer(caseload: Caseload, pid: str, days_ago: int, **fields: object) -> str:
    eid = caseload.refer(pid, referral_date=TODAY - timedelta(days=days_ago), referral_source="gp",
                         reasons=["loneliness"], **fields).created_id
    assert eid
    return eid


def test_new_referrals_show_days_waiting_with_amber_and_red(db: Database) -> None:
    caseload = Caseload(db, actor="tester")
    fresh, week, fortnight = (_person(caseload, g, "Smith") for g in ("Ann", "Bea", "Cal"))
    _refer(caseload, fresh, 2)
    _refer(caseload, week, 7)
    _refer(caseload, fortnight, 15)
    contacted = _person(caseload, "Dee", "Jones")
    _refer(caseload, contacted, 20)
    caseload.move_episode(  # contacted: no longer waiting
        caseload.person_detail(contacted)["episodes"][0]["id"], "contacted")

    items = Today(db).lists(today=TODAY).new_referrals
    assert [(i.name, i.days, i.level) for i in items] == [
        ("Smith, Cal", 15, "red"), ("Smith, Bea", 7, "amber"), ("Smith, Ann", 2, "")]
    assert "urgent" in items[0].detail and "15 days" in items[0].detail  # said in words, not colour
    assert items[0].person_id == fortnight


def test_today_and_the_status_agree_on_who_is_not_yet_contacted(db: Database) -> None:
    from datetime import UTC, datetime
    caseload = Caseload(db)
    spoke, message = _person(caseload, "Eve", "Ng"), _person(caseload, "Łucja", "Ng")
    spoke_eid, message_eid = _refer(caseload, spoke, 9), _refer(caseload, message, 9)
    caseload.add_contact(spoke_eid, kind="phone", contact_at=datetime(2026, 11, 19, tzinfo=UTC), mark_contacted=True)
    caseload.add_contact(message_eid, kind="message", contact_at=datetime(2026, 11, 19, tzinfo=UTC))
    items = Today(db).lists(today=TODAY).new_referrals
    assert [i.person_id for i in items] == [message]  # still "Referred, not yet contacted", so still here
    assert "A contact is recorded" in items[0].detail
    statuses = {e["id"]: e["status"] for pid in (spoke, message) for e in caseload.person_detail(pid)["episodes"]}
    assert statuses == {spoke_eid: "contacted", message_eid: "referred"}
    caseload.add_contact(spoke_eid, kind="phone", contact_at=datetime(2026, 11, 20, tzinfo=UTC), mark_contacted=True)
    assert caseload.person_detail(spoke)["episodes"][0]["status"] == "contacted"  # asked again: no second move


def test_follow_ups_due_today_and_overdue_but_not_later_or_closed(db: Database) -> None:
    caseload = Caseload(db)
    due = {}
    for given, days in (("Due", 0), ("Late", 3), ("Later", -2), ("Closed", 5), ("Ancient", 20)):
        pid = _person(caseload, given, "Park")
        eid = _refer(caseload, pid, 30, next_contact_due=TODAY - timedelta(days=days))
        caseload.move_episode(eid, "contacted")
        if given == "Closed":
            caseload.move_episode(eid, "closed", closure_reason="moved_away")
        due[given] = pid
    items = Today(db).lists(today=TODAY).follow_ups
    assert [(i.name, i.detail, i.level) for i in items] == [
        ("Park, Ancient", "Follow-up overdue by 20 days", "red"),
        ("Park, Late", "Follow-up overdue by 3 days", "amber"),
        ("Park, Due", "Follow-up due today", ""),
    ]


def test_waiting_for_a_service_with_a_waiting_list(db: Database) -> None:
    caseload = Caseload(db)
    with db.session() as session:
        full = Service(name="Walking Group", capacity="waiting list")
        free = Service(name="Art Club", capacity="has capacity")
        session.add(full)
        session.add(free)
    waiting, fine = _person(caseload, "Wai", "Ting"), _person(caseload, "Fi", "Ne")
    for pid, service in ((waiting, full), (fine, free)):
        eid = _refer(caseload, pid, 10)
        caseload.connect(eid, str(service.id))
    items = Today(db).lists(today=TODAY).waiting
    assert [i.person_id for i in items] == [waiting]
    assert "Walking Group has a waiting list" in items[0].detail


def test_recent_activity_is_newest_first_and_leaves_out_views(db: Database) -> None:
    caseload = Caseload(db, actor="sam")
    first, second = _person(caseload, "First", "One"), _person(caseload, "Second", "Two")
    caseload.person_detail(first)  # a view: not activity
    items = Today(db).lists(today=TODAY).activity
    assert [i.person_id for i in items] == [second, first]
    assert all("viewed" not in i.detail for i in items)
    assert items[0].detail.endswith(" sam added Second Two")  # a sentence with the name, not an id


def test_an_empty_database_has_an_empty_day(db: Database) -> None:
    assert Today(db).lists(today=TODAY).empty


def test_the_demo_has_red_waiting_referrals(demo_db: Database) -> None:
    lists = Today(demo_db).lists()
    assert any(i.level == "red" for i in lists.new_referrals)
    assert lists.follow_ups and lists.waiting


def test_long_lists_show_the_most_urgent_and_say_how_many_in_all(db, monkeypatch) -> None:
    from datetime import date, timedelta

    from app.services.caseload import today as today_module
    from app.services.caseload.facade import Caseload

    monkeypatch.setattr(today_module, "LIST_LIMIT", 3)
    caseload = Caseload(db)
    for i in range(5):
        pid = caseload.add_person(given_name=f"Ceri {i}", family_name="Hale").created_id
        caseload.refer(pid, referral_date=date(2026, 11, 1) + timedelta(days=i), referral_source="self",
                       reasons=["loneliness"])
    lists = today_module.Today(db).lists(today=date(2026, 11, 22))
    assert [item.name for item in lists.new_referrals] == ["Hale, Ceri 0", "Hale, Ceri 1", "Hale, Ceri 2"]
    assert lists.totals == {"new_referrals": 5}


def test_people_connected_to_a_closed_service_are_listed_until_dealt_with(db: Database) -> None:
    from app.services.directory.facade import Directory
    from tests.ui.conftest import add_people

    directory, caseload = Directory(db), Caseload(db)
    sid = directory.add_service({"name": "Canal Walk"}).created_id
    assert sid
    pid = add_people(db)[0]
    connection = caseload.connect(caseload.person_detail(pid)["episodes"][0]["id"], sid).created_id
    assert Today(db).lists().affected == []
    directory.set_availability(sid, status="defunct")
    affected = Today(db).lists().affected
    assert [i.person_id for i in affected] == [pid]
    assert affected[0].detail.startswith("Canal Walk has closed for good (changed today)")
    caseload.move_connection(connection, "cancelled")
    assert Today(db).lists().affected == []
