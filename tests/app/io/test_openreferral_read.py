"""Reading Open Referral documents of our own: ORUK v1 and HSDS 3 pages, one service, NDJSON, CSV."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from app.errors import InvalidInput, LinkwellError
from app.io.openreferral import read, read_value

DATA = Path(__file__).with_name("data")


def _fields(problems: list) -> set[tuple[str, str]]:
    return {(p.id, p.field) for p in problems}


def test_v1_page_maps_schedules_eligibility_taxonomies_and_places() -> None:
    reading = read(DATA / "oruk_v1_page.json")
    assert [r.source_id for r in reading.records] == ["1001", "1003"]
    walk = reading.records[0]
    assert walk.fields["name"] == "Riverside Walking Group"
    assert walk.fields["description"] == "A gentle walk round the park & a cuppa after.\n\nAll welcome."
    assert walk.fields["url"] == "https://www.riverside-walkers.org.uk"
    assert walk.fields["minimum_age"] == 18 and walk.fields["maximum_age"] is None
    assert walk.fields["access"] == "drop-in" and walk.fields["attend_in_person"] is True
    assert walk.fields["is_free"] is True and walk.fields["area"] == "Headingley"
    assert walk.fields["phone"] == "0113 496 0000" and walk.fields["contact_name"] == "Sam Ellis"
    assert [(s.byday, s.opens_at, s.closes_at) for s in walk.schedules] == [
        ("MO,WE", "10:00", "11:30"), ("SA", "09:00", "10:00")]
    assert [(t.vocabulary, t.code) for t in walk.terms] == [
        ("esdServiceTypes", "physical-activity"), ("esdNeeds", "loneliness")]
    place = walk.locations[0]
    assert (place.postcode, place.latitude, place.address) == ("LS6 1AA", 53.8201, "Kirkstall Road")
    assert walk.organisation is not None and walk.organisation.source_id == "org-7"
    assert str(walk.verified_on) == "2026-09-01"


def test_v1_problems_are_named_by_record_and_field() -> None:
    reading = read(DATA / "oruk_v1_page.json")
    assert _fields(reading.rejected) == {("1002", "name")}
    warned = _fields(reading.warnings)
    assert ("1001", "description") in warned  # HTML stripped
    assert ("1001", "url") in warned  # https:// added
    assert {("1003", "url"), ("1003", "email")} <= warned
    assert ("1003", "service_at_locations[0].location.latitude") in warned
    tea = reading.records[1]
    assert tea.fields["status"] == "temporarily closed" and tea.fields["access"] == "referral needed"
    assert tea.locations[0].latitude is None and tea.fields["url"] == ""
    assert reading.complete


def test_hsds3_page_envelope_html_virtual_place_and_linkwell_categories() -> None:
    reading = read(DATA / "hsds3_page.json")
    assert ("", "total_items") in _fields(reading.warnings)  # says 5, holds 2
    cafe, shed = reading.records
    assert cafe.fields["description"] == "Come and chat.\nNo need to book."
    assert cafe.fields["access"] == "drop-in" and cafe.fields["is_free"] is True
    assert cafe.fields["attend_in_person"] and cafe.fields["attend_online"]
    assert [loc.name for loc in cafe.locations] == ["Meanwood Institute"]  # the virtual place is a way to attend
    assert cafe.organisation is not None and cafe.organisation.informal
    assert cafe.organisation.charity_number == "1234567"
    assert cafe.verified_by == "checker@example.org"
    assert [(t.vocabulary, t.code, t.name) for t in cafe.terms] == [("linkwell", "befriending", "Befriending")]
    assert ("not-a-uuid-7", "id") in _fields(reading.warnings)
    assert ("not-a-uuid-7", "minimum_age") in _fields(reading.warnings)
    assert shed.fields["minimum_age"] is None and shed.fields["status"] == "temporarily closed"


def test_one_service_is_not_the_whole_feed() -> None:
    page = json.loads((DATA / "hsds3_page.json").read_text())
    reading = read_value(page["contents"][0], "one.json")
    assert len(reading.records) == 1 and not reading.complete


def test_ndjson_one_service_per_line(tmp_path: Path) -> None:
    page = json.loads((DATA / "hsds3_page.json").read_text())
    path = tmp_path / "services.ndjson"
    path.write_text("\n".join(json.dumps(s) for s in page["contents"]) + "\n")
    assert [r.fields["name"] for r in read(path).records] == ["Chatty Café at Meanwood", "Men's Shed"]


def test_repeated_ids_keep_the_last(tmp_path: Path) -> None:
    body = [{"id": "a", "name": "First"}, {"id": "a", "name": "Second"}, {"id": "b", "name": "Other"}]
    reading = read_value(body, "list.json")
    assert [r.fields["name"] for r in reading.records] == ["Second", "Other"]
    assert any(p.id == "a" and p.field == "id" and "2 times" in p.message for p in reading.warnings)


def test_a_page_of_many_is_not_complete() -> None:
    reading = read_value({"total_items": 40, "total_pages": 4, "page_number": 2, "contents": [{"id": "x", "name": "X"}]},
                         "page2.json")
    assert not reading.complete
    assert any(p.field == "total_pages" and "page 2 of 4" in p.message for p in reading.warnings)


@pytest.mark.parametrize("text, words", [
    ('{"contents": [', "not valid JSON"),
    ("", "not valid JSON"),
    ('{"hello": "world"}', "does not look like an Open Referral directory"),
    ("[" * 100_000, "nested too deeply"),
])
def test_unreadable_documents_are_one_sentence(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "feed.json"
    path.write_text(text)
    with pytest.raises(InvalidInput, match=words) as caught:
        read(path)
    assert str(caught.value).endswith(".") and "\n" not in str(caught.value)


def test_not_utf8_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"name": "Caf\xe9"}'.encode("latin-1"))
    with pytest.raises(InvalidInput, match="not UTF-8"):
        read(path)
    with pytest.raises(InvalidInput, match="There is no file"):
        read(tmp_path / "absent.json")


def _csv_package(folder: Path) -> None:
    folder.mkdir()
    (folder / "services.csv").write_text(
        "id,organization_id,name,description,status,minimum_age\n"
        "s1,o1,Knit and Natter,<p>Bring needles</p>,active,18\n"
        "s2,o1,,No name here,active,\n")
    (folder / "organizations.csv").write_text("id,name,website\no1,Crafty Folk,crafty.example.org\n")
    (folder / "locations.csv").write_text("id,name,latitude,longitude\nl1,Library,53.8,-1.55\n")
    (folder / "service_at_location.csv").write_text("id,service_id,location_id\nsl1,s1,l1\n")
    (folder / "address.csv").write_text("id,location_id,address_1,city,postal_code\na1,l1,1 High St,Leeds,LS1 1AA\n")
    (folder / "schedule.csv").write_text("id,service_id,byday,opens_at,closes_at\nsc1,s1,\"MO,FR\",13:00,15:00\n")
    (folder / "taxonomy_terms.csv").write_text("id,code,name,taxonomy\nt1,arts,Arts and crafts,linkwell\n")
    (folder / "attributes.csv").write_text("id,link_id,taxonomy_term_id\nat1,s1,t1\n")
    (folder / "datapackage.json").write_text("../../datapackage.json")  # a git symlink checked out as text


def test_csv_datapackage_folder_and_zip(tmp_path: Path) -> None:
    folder = tmp_path / "package"
    _csv_package(folder)
    for source in (folder, folder / "datapackage.json",
                   Path(shutil.make_archive(str(tmp_path / "package"), "zip", folder))):
        reading = read(source)
        assert _fields(reading.rejected) == {("s2", "name")}
        (knit,) = reading.records
        assert knit.fields["description"] == "Bring needles" and knit.fields["minimum_age"] == 18
        assert knit.organisation is not None and knit.organisation.url == "https://crafty.example.org"
        assert [(s.byday, s.opens_at) for s in knit.schedules] == [("MO,FR", "13:00")]
        assert knit.locations[0].postcode == "LS1 1AA" and knit.terms[0].name == "Arts and crafts"


def test_csv_package_without_services_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "organizations.csv").write_text("id,name\no1,Someone\n")
    with pytest.raises(InvalidInput, match="no services.csv"):
        read(folder)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(LinkwellError):
        read(broken)
    assert not zipfile.is_zipfile(broken)


def test_hsds31_service_capacity_when_a_feed_has_it() -> None:
    full = {"id": "c1", "name": "Choir", "service_capacity": [
        {"available": 0, "maximum": 30, "unit": {"name": "places"}, "updated": "2026-11-01T09:00:00Z"}]}
    room = {"id": "c2", "name": "Walk", "service_capacity": {"available": 4, "unit": "places"}}
    choir, walk = read_value([full, room], "list.json").records
    assert (choir.fields["capacity"], choir.fields["capacity_note"]) == ("full", "0 of 30 places available")
    assert str(choir.fields["capacity_updated_on"]) == "2026-11-01"
    assert (walk.fields["capacity"], walk.fields["capacity_note"]) == ("has capacity", "4 places available")
    assert "capacity" not in read_value([{"id": "c3", "name": "Quiet"}], "x.json").records[0].fields
