"""The public Open Referral examples in ../shared/fixtures/oruk (skipped when that folder is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.openreferral import read

ORUK = Path(__file__).resolve().parents[3].parent / "shared" / "fixtures" / "oruk"
pytestmark = pytest.mark.skipif(not ORUK.is_dir(), reason="../shared/fixtures/oruk is not here")
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"


def test_uk_test_list_keeps_one_service_and_warns_about_id_and_envelope() -> None:
    reading = read(ORUK / "validator-mocks/V3.0-UK-Test/service_list.json")
    assert [r.source_id for r in reading.records] == [SERVICE_ID]
    assert reading.rejected == []
    messages = {(p.id, p.field): p.message for p in reading.warnings}
    assert "128 times" in messages[(SERVICE_ID, "id")]
    assert "says 31" in messages[("", "total_items")] and "holds 128" in messages[("", "total_items")]


def test_uk_fail_list_rejects_every_service_for_its_name() -> None:
    reading = read(ORUK / "validator-mocks/V3.0-UK-Fail/service_list.json")
    assert reading.records == []
    assert [(p.id, p.field) for p in reading.rejected] == [
        (SERVICE_ID, "name"), ("b644a0d2-9e8a-4c33-9390-ae9ee93fc056", "name"),
        ("e85f5bb0-62f0-42cc-a08a-0c5c16273090", "name"), (SERVICE_ID, "name")]
    assert all("no name" in p.message for p in reading.rejected)


def test_uk_fail_full_imports_with_url_and_email_warnings() -> None:
    reading = read(ORUK / "validator-mocks/V3.0-UK-Fail/service_full.json")
    (record,) = reading.records
    fields = {p.field for p in reading.warnings if p.id == SERVICE_ID}
    assert {"url", "email"} <= fields
    assert record.fields["url"] == "" and record.fields["email"] == ""


@pytest.mark.parametrize("path", ["hsds3-spec/service_full.json", "uk-profile/service_full.json",
                                  "hsds3-spec/csv", "uk-profile/csv"])
def test_spec_examples_import_with_their_bad_coordinates_flagged(path: str) -> None:
    reading = read(ORUK / path)
    (record,) = reading.records
    assert record.fields["name"] == "Community Counselling"
    assert record.locations and record.locations[0].latitude is None  # latitude 100 is not on Earth
    assert any(p.field.endswith("latitude") for p in reading.warnings)
    assert [(s.byday, s.opens_at, s.closes_at) for s in record.schedules] == [("TH,FR", "10:00", "18:00")]


def test_every_json_fixture_reads_without_crashing() -> None:
    for path in sorted(ORUK.rglob("service*.json")):
        reading = read(path)
        assert len(reading.records) + len(reading.rejected) >= 1, path
