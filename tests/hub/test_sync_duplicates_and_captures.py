"""Issue 16 through the real hub: "not the same person" decisions and merges kept for undoing are team data,
and a community connector's captures leave the connector's laptop once the hub has them."""

from __future__ import annotations

from datetime import date

from app.core import Linkwell
from app.services import profile
from app.services.audit import Audit
from app.sync import engine
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn, rows


def _two_alike(core: Linkwell, born: date = date(1969, 2, 3)) -> tuple[str, str]:
    add = core.caseload.add_person
    first = add(given_name="Siân <&>", family_name="Łąka 🌾", date_of_birth=born).created_id
    second = add(given_name="Sian <&>", family_name="Laka 🌾", date_of_birth=born).created_id
    assert first and second
    return first, second


def test_not_the_same_person_reaches_the_team(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    first, second = _two_alike(Linkwell(ann))
    engine.sync_now(ann)
    engine.sync_now(bob)
    assert [set(p.people) for p in Linkwell(bob).caseload.duplicates()] == [{first, second}]
    Linkwell(ann).caseload.not_duplicates(first, second)
    engine.sync_now(ann)
    engine.sync_now(bob)
    assert Linkwell(bob).caseload.duplicates() == []
    # Both decide the same pair offline (named the other way round): one decision, nothing set aside.
    third, fourth = _two_alike(Linkwell(bob), date(1980, 5, 6))
    engine.sync_now(bob)
    engine.sync_now(ann)
    Linkwell(ann).caseload.not_duplicates(third, fourth)
    Linkwell(bob).caseload.not_duplicates(fourth, third)
    for db in (ann, bob, ann):
        engine.sync_now(db)
    for db in (ann, bob):
        assert Linkwell(db).caseload.duplicates() == []
        assert rows(db, "SELECT count(*) FROM notsamepair") == [(2,)]
        assert rows(db, "SELECT count(*) FROM sync_parked") == [(0,)]


def test_a_merge_made_on_one_laptop_is_undone_on_another(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    core = Linkwell(ann)
    kept, other = _two_alike(core)
    episode = core.caseload.refer(other, referral_date=date(2026, 11, 2), referral_source="gp",
                                  reasons=["loneliness"]).created_id
    core.caseload.merge_people(kept, other, {"family_name": "other"})
    engine.sync_now(ann)
    engine.sync_now(bob)
    assert [p["id"] for p in Linkwell(bob).caseload.summaries()] == [kept]
    Linkwell(bob).caseload.unmerge(kept)
    engine.sync_now(bob)
    engine.sync_now(ann)
    here = Linkwell(ann).caseload
    assert {p["id"] for p in here.summaries()} == {kept, other}
    assert [e["id"] for e in here.person_detail(other)["episodes"]] == [episode]
    assert here.person_detail(kept)["family_name"] == "Łąka 🌾"
    assert rows(ann, "SELECT undone_at IS NOT NULL FROM personmerge") == [(1,)]


def test_a_connectors_captures_leave_the_laptop_once_the_hub_has_them(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, nia = laptop(pcn, "ann"), laptop(pcn, "nia", "navigator")
    profile.write(nia, profile.CONNECTOR)
    connector = Linkwell(nia)
    connector.hand_in(given_name="Ffion <&>", family_name="Łoś 🌿", reach="07700 900456",
                      what_matters="Walking with others", consent=True)
    assert rows(nia, "SELECT count(*) FROM person") == [(1,)]  # held until the hub has it
    engine.sync_now(nia)
    for table in ("person", "episode", "episodestatuschange", "auditsubject", "sync_outbox"):
        assert rows(nia, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert rows(nia, "SELECT count(*) FROM sync_row_clock WHERE entity_table IN ('person', 'episode')") == [(0,)]
    assert rows(nia, "SELECT count(*) FROM auditevent WHERE person_id IS NOT NULL OR detail LIKE '%Ffion%'"
                     " OR detail LIKE '%07700%'") == [(0,)]
    assert Audit(nia).verify().ok
    # The team has it: no erasure reached the hub.
    engine.sync_now(ann)
    people = Linkwell(ann).caseload.summaries()
    assert [(p["given_name"], p["family_name"]) for p in people] == [("Ffion <&>", "Łoś 🌿")]
    detail = Linkwell(ann).caseload.person_detail(people[0]["id"])
    assert detail["phone"] == "07700 900456" and len(detail["episodes"]) == 1
    # A capture made after a sync waits for the next one; the next sync brings nothing back.
    connector.hand_in(given_name="Gwyn", family_name="Ŵ")
    assert rows(nia, "SELECT given_name FROM person") == [("Gwyn",)]
    engine.sync_now(nia)
    assert rows(nia, "SELECT count(*) FROM person") == [(0,)]
    engine.sync_now(ann)
    assert len(Linkwell(ann).caseload.summaries()) == 2
