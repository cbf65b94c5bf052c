"""Field-level merge: two laptops edit different fields of one row offline and both edits survive; the
same field edited on both takes the later clock and the value that lost is kept."""

from __future__ import annotations

import json

from app.services.caseload.facade import Caseload
from app.services.directory.facade import Directory
from app.sync import engine
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn, rows, snapshot, tick


def _edit(db: object, service_id: str, actor: str, **changes: str) -> None:
    directory = Directory(db, actor=actor)
    fields = directory.service_detail(service_id)
    directory.update_service(service_id, fields | changes)


def test_one_laptop_edits_a_services_phone_and_another_its_opening_times(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    service = Directory(ann, actor="ann").add_service({
        "name": "Knit and Natter", "phone": "01632 960100", "when": "Tue 10:00-12:00"}).created_id
    engine.sync_now(ann)
    engine.sync_now(bob)
    _edit(ann, service, "ann", phone="01632 960999")  # offline, each laptop changes a different field
    tick()
    _edit(bob, service, "bob", when="Thu 14:00-16:00")
    for db in (ann, bob, ann):
        engine.sync_now(db)
    for db in (ann, bob):
        detail = Directory(db).service_detail(service)
        assert (detail["phone"], detail["when"]) == ("01632 960999", "Thu 14:00-16:00"), detail["when"]
        assert rows(db, "SELECT count(*) FROM sync_overwritten") == [(0,)]  # nothing a person typed was lost
    assert snapshot(ann) == snapshot(bob)


def test_a_persons_phone_and_address_edited_on_two_laptops_both_survive(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    person = Caseload(ann, actor="ann").add_person(given_name="Rhys", family_name="Owen").created_id
    engine.sync_now(ann)
    engine.sync_now(bob)
    key = person.replace("-", "")
    for db, sql, value in ((ann, "UPDATE person SET phone = ? WHERE id = ?", "07700 900001"),
                           (bob, "UPDATE person SET postcode = ? WHERE id = ?", "CF10 1AA"),
                           (ann, "UPDATE person SET postcode = ? WHERE id = ?", "CF10 2BB")):
        tick()
        con = db.connect()
        con.execute(sql, (value, key))
        con.commit()
        con.close()
    engine.sync_now(bob)
    assert engine.sync_now(ann).overwritten == 1  # Bob's postcode lost to Ann's later one
    engine.sync_now(bob)
    for db in (ann, bob):
        assert rows(db, "SELECT phone, postcode FROM person") == [("07700 900001", "CF10 2BB")]
        assert [json.loads(r[0]) for r in rows(db, "SELECT row_json FROM sync_overwritten")] == [
            {"postcode": "CF10 1AA"}]
    assert snapshot(ann) == snapshot(bob)



def test_one_services_phone_edited_on_two_laptops_converges_and_the_lost_number_is_shown(
        hub: Hub, laptop: Laptop) -> None:
    """The same field on both: the later edit stands everywhere, and `linkwell sync replaced` tells a person
    the number that lost, in words, on each laptop that saw it lose."""
    from app.core import Linkwell
    from tests.app.test_cli import _closed, linkwell

    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    service = Directory(ann, actor="ann").add_service({"name": "Côr Cymunedol & Friends",
                                                        "phone": "01632 960100"}).created_id
    engine.sync_now(ann)
    engine.sync_now(bob)
    _edit(ann, service, "ann", phone="01632 960111")
    tick()
    _edit(bob, service, "bob", phone="01632 960222")  # later: it stands
    for db in (ann, bob, ann):
        engine.sync_now(db)
    assert {Directory(db).service_detail(service)["phone"] for db in (ann, bob)} == {"01632 960222"}
    shown = Linkwell(ann).sync.replaced()
    assert [item["values"] for item in shown] == [{"phone": "01632 960111"}]
    assert shown[0]["said"].startswith("Service Côr Cymunedol & Friends: phone '01632 960111' was replaced")
    out = linkwell("sync", "replaced", "--db", _closed(ann))
    assert out.returncode == 0 and "phone '01632 960111' was replaced by a later edit" in out.stdout
    assert "01632 960222" not in out.stdout
