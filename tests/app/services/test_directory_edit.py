"""Saving one service whole through the Directory façade, and the rule for when a connection to a closed
service has been dealt with."""

from __future__ import annotations

from datetime import date

import pytest

from app import clock
from app.errors import InvalidInput
from app.services.audit import Audit
from app.services.caseload.facade import Caseload
from app.services.directory.facade import Directory
from app.services.directory.edit import parse_schedule, schedule_text
from app.storage.database import Database
from tests.ui.conftest import add_people

GROUP = {"name": "Knit and Natter", "organisation": "Knit and Natter", "informal": True, "phone": "07700 900461",
         "place_name": "The Kettle Café", "postcode": "hb1 2aa", "when": "Wed 14:00-16:00; Sat 10:00-11:30",
         "categories": ["Arts and crafts", "Something New"], "funding_ends_on": "31/03/2027",
         "minimum_age": "18", "status": "active", "capacity": "has capacity", "access": "drop-in"}


def test_an_informal_group_is_added_whole_and_audited(db: Database) -> None:
    directory = Directory(db, actor="tester")
    sid = directory.add_service(GROUP).created_id
    assert sid
    detail = directory.service_detail(sid)
    assert detail["informal"] and detail["charity_number"] == "" and detail["phone"] == "07700 900461"
    assert detail["when"] == "Wed 14:00-16:00; Sat 10:00-11:30"
    assert detail["postcode"] == "HB1 2AA" and detail["funding_ends_on"] == date(2027, 3, 31)
    assert detail["categories"] == ["Arts and crafts", "Something New"] and detail["minimum_age"] == 18
    assert directory.search("natter")[0].id == sid
    assert directory.search("something new")[0].id == sid  # a new local category is in the index too
    events = Audit(db).events()
    assert events[-1].actor == "tester" and events[-1].action == "create" and sid in events[-1].detail


def test_an_update_keeps_what_it_does_not_change_and_names_what_it_does(db: Database) -> None:
    directory = Directory(db, actor="tester")
    sid = directory.add_service(GROUP).created_id
    assert sid
    fields = directory.service_detail(sid)
    fields.update(local_note="Ask for Brenda", capacity="waiting list", capacity_note="Six weeks")
    directory.update_service(sid, fields)
    again = directory.service_detail(sid)
    assert again["local_note"] == "Ask for Brenda" and again["capacity_updated_on"] == clock.today()
    assert again["when"] == GROUP["when"] and again["place_name"] == "The Kettle Café"
    assert "capacity" in Audit(db).events()[-1].detail and "local_note" in Audit(db).events()[-1].detail


@pytest.mark.parametrize(("change", "words"), [
    ({"name": " "}, "needs a name"),
    ({"email": "brenda-at-home"}, "does not look right"),
    ({"charity_number": "1234567"}, "informal group has no charity number"),
    ({"minimum_age": "70", "maximum_age": "18"}, "youngest age is above the oldest"),
    ({"funding_ends_on": "next spring"}, "not a date"),
    ({"when": "Wednesdays after lunch"}, "not a weekly time"),
    ({"when": "Wed 16:00-14:00"}, "finishing time comes before"),
    ({"status": "closed"}, "not a service status"),
])
def test_a_wrong_field_is_refused_in_a_sentence_and_nothing_is_saved(db: Database, change: dict[str, str],
                                                                     words: str) -> None:
    directory = Directory(db)
    with pytest.raises(InvalidInput, match=words):
        directory.add_service({**GROUP, **change})
    assert directory.search("knit") == []


def test_weekly_times_read_back_as_written() -> None:
    rules = parse_schedule("Tue, Thu 10:00-12:00; sat 9.30 to 11:00")
    assert rules == [("TU,TH", "10:00", "12:00"), ("SA", "09:30", "11:00")]
    assert schedule_text(rules) == "Tue, Thu 10:00-12:00; Sat 09:30-11:00"


def test_a_closed_service_needs_attention_until_dealt_with(db: Database) -> None:
    directory, caseload = Directory(db), Caseload(db)
    sid = directory.add_service({"name": "Riverside Walk"}).created_id
    other = directory.add_service({"name": "Park Walk"}).created_id
    assert sid and other
    people = add_people(db)[:2]
    episodes = [caseload.person_detail(p)["episodes"][0]["id"] for p in people]
    first, second = (caseload.connect(e, sid).created_id for e in episodes)
    assert directory.needing_attention() == []  # open, nothing wrong
    directory.set_availability(sid, status="temporarily closed")
    assert sorted(a.person_id for a in directory.needing_attention()) == sorted(people)
    caseload.move_connection(first, "requested")  # moved on after the change, even though still open
    assert [a.person_id for a in directory.needing_attention()] == [people[1]]
    caseload.delete_connection(second)  # a deleted connection is no one's concern
    assert directory.needing_attention() == []
    caseload.restore_connection(second)
    caseload.connect(episodes[1], other)  # connected elsewhere since
    assert directory.needing_attention() == []
    directory.set_availability(sid, status="active")
    directory.set_availability(sid, capacity="full")  # a new change: both are back on the list
    assert sorted(a.person_id for a in directory.needing_attention()) == sorted(people)
