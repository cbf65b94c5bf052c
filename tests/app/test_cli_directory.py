"""``linkwell directory import`` and ``export``, run as a user would (a real process, real exit codes)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.storage.database import Database
from tests.app.test_cli import _closed, linkwell

ORUK = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "oruk"
MOCKS = ORUK / "validator-mocks"
DATA = Path(__file__).resolve().parent / "io" / "data"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"
needs_fixtures = pytest.mark.skipif(not ORUK.is_dir(), reason="../shared/fixtures/oruk is not here")
pytestmark = pytest.mark.slow  # each run of the command unlocks the database with Argon2id


def _digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@needs_fixtures
def test_done_when_the_validator_mocks(db: Database) -> None:
    path = _closed(db)
    out = linkwell("directory", "import", str(MOCKS / "V3.0-UK-Test/service_list.json"), "--db", path, "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert list(report) == ["added", "updated", "unchanged", "rejected", "warnings"]
    assert (report["added"], report["rejected"]) == (1, [])
    assert {(w["id"], w["field"]) for w in report["warnings"]} == {(SERVICE_ID, "id"), ("", "total_items")}

    out = linkwell("directory", "import", str(MOCKS / "V3.0-UK-Fail/service_list.json"), "--db", path)
    assert out.returncode == 0, out.stderr
    rejected = [line for line in out.stdout.splitlines() if line.startswith("  ") and " name: has no name" in line]
    assert len(rejected) == 4 and all(SERVICE_ID in line or "-" in line.split()[0] for line in rejected)
    assert "b644a0d2-9e8a-4c33-9390-ae9ee93fc056 name: has no name" in out.stdout

    out = linkwell("directory", "import", str(MOCKS / "V3.0-UK-Fail/service_full.json"), "--db", path, "--json")
    report = json.loads(out.stdout)
    assert report["updated"] == 1
    assert {"url", "email"} <= {w["field"] for w in report["warnings"] if w["id"] == SERVICE_ID}


def test_strict_dry_run_and_malformed_json(db: Database, tmp_path: Path) -> None:
    path = _closed(db)
    before = _digest(path)
    strict = linkwell("directory", "import", str(DATA / "oruk_v1_page.json"), "--db", path, "--strict")
    assert strict.returncode == 1 and "1002 name: has no name" in strict.stdout
    assert strict.stderr.strip().endswith("nothing was imported.")
    dry = linkwell("directory", "import", str(DATA / "oruk_v1_page.json"), "--db", path, "--dry-run")
    assert dry.returncode == 0 and "2 added" in dry.stdout and "nothing was saved" in dry.stdout
    bad = tmp_path / "bad.json"
    bad.write_text('{"contents": [{"id": "1", "name": "x"}')
    broken = linkwell("directory", "import", str(bad), "--db", path)
    assert broken.returncode == 1 and "Traceback" not in broken.stderr
    assert broken.stderr.startswith("linkwell: bad.json is not valid JSON") and len(broken.stderr.splitlines()) == 1
    assert _digest(path) == before


def test_export_then_import_elsewhere(db: Database, tmp_path: Path, empty_template: Path) -> None:
    from tests.conftest import _open_copy

    path = _closed(db)
    assert linkwell("directory", "import", str(DATA / "hsds3_page.json"), "--db", path).returncode == 0
    out_file = tmp_path / "shared.json"
    exported = linkwell("directory", "export", "--format", "hsds3", "--out", str(out_file), "--db", path)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out_file.read_text())["total_items"] == 2
    other_dir = tmp_path / "partner"
    other_dir.mkdir()
    partner = _open_copy(empty_template, other_dir)
    again = linkwell("directory", "import", str(out_file), "--db", _closed(partner), "--json")
    assert json.loads(again.stdout)["added"] == 2
