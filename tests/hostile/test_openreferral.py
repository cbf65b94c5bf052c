"""Hostile and careless Open Referral feeds (issue 11, "Nothing lost, nothing leaked"): repeated ids,
closure alerts, ids that must not change between exports, feeds that never end or trickle, zip bombs,
and text that tries to drive the terminal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import clock
from app.io.openreferral import read, read_value
from app.services.directory_export import directory_document
from app.services.directory_import import import_directory
from app.storage.database import Database
from tests.app.services.test_directory_export import _local_directory
from tests.conftest import _open_copy

ORUK = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "oruk"
DATA = Path(__file__).resolve().parents[1] / "app" / "io" / "data"
needs_fixtures = pytest.mark.skipif(not ORUK.is_dir(), reason="../shared/fixtures/oruk is not here")


@pytest.fixture
def fresh_db(empty_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A second empty database, beside the ``db`` fixture's."""
    folder = tmp_path / "fresh"
    folder.mkdir()
    database = _open_copy(empty_template, folder)
    yield database
    database.close()


# --- 6: nothing lost ---------------------------------------------------------------------------


def test_a_repeated_id_keeps_the_last_usable_copy_and_says_so() -> None:
    body = [{"id": "a", "name": "Old name"}, {"id": "b", "name": "Other"}, {"id": "a", "name": "New name"},
            {"id": "a", "name": ""}]  # a later copy without a name is not usable: the one before it stands
    reading = read_value(body, "list.json")
    assert sorted(r.fields["name"] for r in reading.records) == ["New name", "Other"]
    (warning,) = [p for p in reading.warnings if p.id == "a" and "times" in p.message]
    assert "3 times" in warning.message and "last usable" in warning.message
    assert [(p.id, p.field) for p in reading.rejected] == [("a", "name")]


def test_an_organisation_named_only_by_id_is_the_one_described_elsewhere_in_the_feed() -> None:
    org = {"id": "o1", "name": "Age Well Leeds", "email": "info@agewell.example"}
    body = [{"id": "s1", "name": "Lunch club", "organization_id": "o1"},
            {"id": "s2", "name": "Tea dance", "organization": org}]
    reading = read_value(body, "list.json")
    assert [(r.organisation.source_id, r.organisation.name) for r in reading.records] == [
        ("o1", "Age Well Leeds"), ("o1", "Age Well Leeds")]


@needs_fixtures
def test_the_validator_mock_of_128_copies_keeps_the_last_with_the_organisation_the_others_describe() -> None:
    """Its last copy names the organisation only by id; the other copies describe it."""
    path = ORUK / "validator-mocks/V3.0-UK-Test/service_list.json"
    raw = json.loads(path.read_text())["contents"]
    assert "organization" not in raw[-1] and raw[-1]["organization_id"] == raw[0]["organization"]["id"]
    reading = read(path)
    (record,) = reading.records
    assert record.organisation is not None and record.organisation.name == "Example Organization Inc."
    assert not any(p.field.startswith("organization") for p in reading.warnings)


def test_a_v1_alert_is_kept_as_the_hsds3_one_is() -> None:
    v1 = {"id": "1", "name": "Lunch club", "regular_schedules": [], "alert": "<p>Closed until 3 March</p>"}
    (record,) = read_value(v1, "v1.json").records
    assert record.fields["alert"] == "Closed until 3 March"


def test_last_modified_has_one_form_however_the_row_was_written(db: Database) -> None:
    with clock.pinned("2026-12-01T09:00:00+00:00"):  # a whole second: no fraction to write
        _local_directory(db)  # rows written through the ORM
        import_directory(db, DATA / "hsds3_page.json")  # rows written by the importer's own statements
    stamps = {s["last_modified"] for s in directory_document(db)["contents"]}
    assert stamps == {"2026-12-01T09:00:00.000000Z"}


def _export_import_export(db: Database, fresh_db: Database) -> tuple[str, str]:
    first = json.dumps(directory_document(db), ensure_ascii=False, indent=1)
    path = db.path.parent / "first.json"
    path.write_text(first, encoding="utf-8")
    import_directory(fresh_db, path)
    return first, json.dumps(directory_document(fresh_db), ensure_ascii=False, indent=1)


def test_export_import_export_is_byte_identical(db: Database, fresh_db: Database) -> None:
    """Consumers diff an export by id: schedules, categories and their links keep theirs. The clock is
    held still because ``last_modified`` is, rightly, when each database last changed the service."""
    with clock.pinned("2026-12-01T09:00:00+00:00"):
        _local_directory(db)
        import_directory(db, DATA / "oruk_v1_page.json")
        import_directory(db, DATA / "hsds3_page.json")
        first, second = _export_import_export(db, fresh_db)
    assert first == second
    document = json.loads(first)
    assert sum(len(s["schedules"]) for s in document["contents"]) >= 4
    assert sum(len(s["attributes"]) for s in document["contents"]) >= 10


@needs_fixtures
@pytest.mark.parametrize("path", ["uk-profile/service_full.json", "hsds3-spec/csv"])
def test_export_import_export_of_a_real_feed_is_byte_identical(db: Database, fresh_db: Database, path: str) -> None:
    with clock.pinned("2026-12-01T09:00:00+00:00"):
        import_directory(db, ORUK / path)
        first, second = _export_import_export(db, fresh_db)
    assert first == second and json.loads(first)["contents"][0]["schedules"]
