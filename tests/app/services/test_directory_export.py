"""HSDS 3.0 export: the file imports back to the same directory."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import (
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceLocation,
    ServiceTaxonomy,
    TaxonomyTerm,
)
from app.errors import CannotWrite, InvalidInput
from app.io.openreferral import read
from app.services.directory.export import directory_document, export_directory
from app.services.directory.feed_import import import_directory
from app.storage.database import Database
from tests.conftest import _open_copy

DATA = Path(__file__).resolve().parents[1] / "io" / "data"
_SKIP = {"id", "created_at", "updated_at", "device_id", "organisation_id", "source", "source_id", "source_hash",
         "local_note", "missing_from_source_on", "location_id", "service_id", "term_id", "parent_id"}


@pytest.fixture
def second_db(empty_template: Path, tmp_path: Path) -> Iterator[Database]:
    folder = tmp_path / "second"
    folder.mkdir()
    database = _open_copy(empty_template, folder)
    yield database
    database.close()


def _rows(con: Any, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


def snapshot(db: Database) -> dict[str, Any]:
    """Everything a directory says, keyed by names rather than ids."""
    con = db.connect()
    try:
        orgs = {r["id"]: r for r in _rows(con, "SELECT * FROM organisation")}
        places = {r["id"]: r for r in _rows(con, "SELECT * FROM location")}
        terms = {r["id"]: r for r in _rows(con, "SELECT * FROM taxonomyterm")}
        out = {}
        for s in _rows(con, "SELECT * FROM service"):
            sid = s["id"]
            org = orgs.get(s["organisation_id"])
            out[s["name"]] = {
                "service": _plain(s),
                "organisation": _plain(org) if org else None,
                "locations": sorted(json.dumps(_plain(places[r["location_id"]]), sort_keys=True)
                                    for r in _rows(con, f"SELECT * FROM servicelocation WHERE service_id = '{sid}'")),
                "schedules": sorted(json.dumps(_plain(r), sort_keys=True)
                                    for r in _rows(con, f"SELECT * FROM schedule WHERE service_id = '{sid}'")),
                "taxonomy": sorted((terms[r["term_id"]]["vocabulary"], terms[r["term_id"]]["code"],
                                    terms[r["term_id"]]["name"])
                                   for r in _rows(con, f"SELECT * FROM servicetaxonomy WHERE service_id = '{sid}'")),
            }
        return out
    finally:
        con.close()


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in _SKIP}


def _local_directory(db: Database) -> None:
    """Services made in Linkwell, using every field a link worker can set."""
    with db.session() as session:
        befriending = TaxonomyTerm(code="befriending", name="Befriending")
        need = TaxonomyTerm(code="loneliness", name="Loneliness", vocabulary="esdNeeds")
        group = Organisation(name="Knit Together", informal=True, phone="07700 900123", description="A few friends")
        charity = Organisation(name="Age Well Leeds", charity_number="1122334", email="info@agewell.example",
                               url="https://agewell.example")
        hall = Location(name="Café Nero, Briggate", address="12 Briggate", city="Leeds", postcode="LS1 6HD",
                        latitude=53.7975, longitude=-1.5418, how_to_get_there="Bus 1 to Briggate")
        session.add_all([befriending, need, group, charity, hall])
        knit = Service(name="Knit and Natter", organisation_id=group.id, description="Bring needles.\nTea provided.",
                       contact_name="Maggie", phone="07700 900123", area="City Centre", capacity="waiting list",
                       capacity_note="About 4 weeks", capacity_updated_on=date(2026, 11, 1),
                       alert="No meeting on 25 December", funding_ends_on=date(2027, 3, 31),
                       last_verified_on=date(2026, 10, 2), verified_by="Priya (link worker)", is_free=False,
                       cost_note="£2 for tea", minimum_age=16, attend_in_person=True, attend_phone=True,
                       access="drop-in", eligibility="Anyone who likes yarn", how_to_access="Just come along",
                       local_note="never exported")
        calls = Service(name="Telephone Befriending", organisation_id=charity.id, status="temporarily closed",
                        capacity="full", attend_in_person=False, attend_phone=True, attend_home_visit=True,
                        access="referral needed", url="https://agewell.example/calls", email="calls@agewell.example",
                        minimum_age=65, maximum_age=120, last_verified_on=date(2026, 6, 1),
                        verified_by="checker@agewell.example")
        gone = Service(name="Old Lunch Club", status="defunct", attend_online=True)
        session.add_all([knit, calls, gone])
        session.flush()
        session.add_all([
            ServiceLocation(service_id=knit.id, location_id=hall.id),
            ServiceTaxonomy(service_id=knit.id, term_id=befriending.id),
            ServiceTaxonomy(service_id=calls.id, term_id=befriending.id),
            ServiceTaxonomy(service_id=calls.id, term_id=need.id),
            Schedule(service_id=knit.id, byday="TU,TH", opens_at="10:00", closes_at="12:00",
                     description="Upstairs"),
            Schedule(service_id=knit.id, byday="SA", opens_at="14:00", closes_at="15:30"),
        ])


def test_export_then_import_round_trips_without_loss(db: Database, second_db: Database, tmp_path: Path) -> None:
    _local_directory(db)
    import_directory(db, DATA / "oruk_v1_page.json")
    import_directory(db, DATA / "hsds3_page.json")
    out = tmp_path / "directory.json"
    assert export_directory(db, out) == 7

    report = import_directory(second_db, out)
    assert (report.added, report.rejected) == (7, [])
    assert snapshot(second_db) == snapshot(db)
    assert len(snapshot(db)) == 7 and snapshot(db)["Knit and Natter"]["schedules"]

    # and back again: the partner's export matches the first directory's own services by id
    back = tmp_path / "back.json"
    export_directory(second_db, back)
    again = import_directory(db, back)
    assert again.added == 0 and again.updated + again.unchanged == 7
    assert snapshot(db)["Knit and Natter"]["service"]["capacity"] == "waiting list"


def test_export_is_hsds3_shaped_and_keeps_feed_uuids(db: Database) -> None:
    _local_directory(db)
    import_directory(db, DATA / "hsds3_page.json")
    document = directory_document(db)
    assert {"total_items", "total_pages", "page_number", "size", "contents"} <= set(document)
    assert document["total_items"] == len(document["contents"]) == 5
    cafe = next(s for s in document["contents"] if s["name"] == "Chatty Café at Meanwood")
    assert cafe["id"] == "0b6f4b6e-63c3-4f3a-9a57-1f0e0c7f5b01"
    assert cafe["organization"]["id"] == "5d0b1d7a-9c1b-4d1d-8a53-0e9f6b7f2c10"
    knit = next(s for s in document["contents"] if s["name"] == "Knit and Natter")
    assert knit["schedules"][0]["opens_at"] in ("10:00:00", "14:00:00")
    assert knit["organization"]["legal_status"] == "Unincorporated group"
    assert "local_note" not in json.dumps(document) and "never exported" not in json.dumps(document)
    assert read_json_round(document)  # Linkwell's reader takes it without rejections


def read_json_round(document: dict[str, Any]) -> bool:
    from app.io.openreferral import read_value

    reading = read_value(document, "export.json")
    return not reading.rejected and len(reading.records) == len(document["contents"])


def test_export_to_an_unwritable_place_is_a_sentence(db: Database, tmp_path: Path) -> None:
    (tmp_path / "a file").write_text("")
    with pytest.raises(CannotWrite, match="is a file, not a folder"):
        export_directory(db, tmp_path / "a file" / "out.json")
    with pytest.raises(InvalidInput, match="not an export format"):
        export_directory(db, tmp_path / "out.json", fmt="csv")
    assert not (tmp_path / "out.json").exists()
    export_directory(db, tmp_path / "empty.json")
    assert read(tmp_path / "empty.json").records == []
