"""Hostile and careless Open Referral feeds (issue 11, "Nothing lost, nothing leaked"): repeated ids,
closure alerts, ids that must not change between exports, feeds that never end or trickle, zip bombs,
and text that tries to drive the terminal."""

from __future__ import annotations

import json
import threading
import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from app import clock
from app.io.openreferral import read, read_value
from app.io.openreferral.limits import MB, Limits, TooLarge, TooSlow
from app.services.directory.export import directory_document
from app.services.directory.feed_import import import_directory
from app.storage.database import Database
from tests.app.services.test_directory_export import _local_directory
from tests.app.test_cli import _closed, linkwell
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


# --- 10: feeds that never end, trickle, or unzip to gigabytes -------------------------------------


class _Hostile(BaseHTTPRequestHandler):
    """``/forever`` sends bytes without end; ``/trickle`` a byte of body, ``/trickle-headers`` a byte of
    its headers, every half second. Each stops when the client goes (or after a minute, for a client
    that never would)."""

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        try:
            if path == "/forever":
                self._head()
                while True:
                    self.wfile.write(b"[" * 65536)
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            body = path == "/trickle"
            if body:
                self.wfile.write(b"Content-Type: application/json\r\n\r\n")
            for _ in range(120):
                self.wfile.write(b"[" if body else b"X")
                self.wfile.flush()
                time.sleep(0.5)
        except OSError:  # the client went away, as it should
            return

    def _head(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def hostile_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()  # waits for every handler: each has seen its client go
    thread.join()


def test_a_feed_that_sends_forever_stops_at_the_size_limit(db: Database, hostile_url: str) -> None:
    with pytest.raises(TooLarge) as raised:
        import_directory(db, f"{hostile_url}/forever")
    assert str(raised.value) == (
        f"The feed at {hostile_url}/forever sent more than 100 MB, the most one import reads, so nothing was "
        "imported; to allow more, run linkwell directory import with a larger --max-size.")
    with pytest.raises(TooLarge, match="more than 2 MB"):
        import_directory(db, f"{hostile_url}/forever", limits=Limits(max_bytes=2 * MB))


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_a_feed_that_trickles_stops_at_the_deadline(db: Database, hostile_url: str, path: str) -> None:
    """A byte every half second never trips a 30-second wait for the next byte: the whole download has
    a deadline too."""
    started = time.monotonic()
    with pytest.raises(TooSlow) as raised:
        import_directory(db, f"{hostile_url}{path}", limits=Limits(seconds=2))
    assert time.monotonic() - started < 6
    assert str(raised.value) == (
        f"The feed at {hostile_url}{path} did not finish within 2 seconds, so nothing was imported; "
        "to wait longer, run linkwell directory import with a larger --timeout.")
    assert [t for t in threading.enumerate() if isinstance(t, threading.Timer)] == []


def test_a_zip_bomb_stops_at_the_size_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package, \
            package.open("services.csv", "w", force_zip64=True) as table:
        table.write(b"id,name\n")
        for _ in range(150):  # 150 MB of one letter: a little over 150 kB zipped
            table.write(b"a" * MB)
    assert bomb.stat().st_size < MB
    with pytest.raises(TooLarge, match=r"^bomb\.zip unzips to more than 100 MB, the most one import reads"):
        read(bomb)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_at_the_size_limit(db: Database) -> None:
    out = linkwell("directory", "import", "/dev/zero", "--db", _closed(db))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr == ("linkwell: /dev/zero holds more than 100 MB, the most one import reads, so nothing was "
                          "imported; to allow more, run linkwell directory import with a larger --max-size.\n")


@pytest.mark.slow
def test_max_size_and_timeout_options(db: Database, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text(json.dumps([{"id": str(i), "name": f"Service {i}", "description": "x" * 1000}
                               for i in range(1500)]))
    path = _closed(db)
    refused = linkwell("directory", "import", str(big), "--db", path, "--max-size", "1MB")
    assert refused.returncode == 1 and "big.json holds more than 1 MB" in refused.stderr
    taken = linkwell("directory", "import", str(big), "--db", path, "--max-size", "2MB", "--json")
    assert taken.returncode == 0 and json.loads(taken.stdout)["added"] == 1500
    for option, value in (("--max-size", "lots"), ("--timeout", "0")):
        wrong = linkwell("directory", "import", str(big), "--db", path, option, value)
        assert wrong.returncode == 1 and len(wrong.stderr.splitlines()) == 1 and "Traceback" not in wrong.stderr


# --- 14: text that tries to drive the terminal ---------------------------------------------------

HOSTILE = "\x1b[2J\x1b]0;pwned\x07Tea \x1b[31mand\x1b[0m chat\u202e\u2066\x9b\x00\ufeff"
LETTERS = "Cŵm Rhyd-y-ŷd, Łódź café 👩‍👩‍👧 🏴󠁧󠁢󠁷󠁬󠁳󠁿"  # a family (joiners) and the flag of Wales (tags)
NOT_SHOWN = ["\x1b", "\u202e", "\u2066", "\x9b", "\x00", "\ufeff", "\ud800", "[31m", "pwned"]


def _shown_safely(text: str) -> bool:
    return not any(bad in text for bad in NOT_SHOWN)


def test_feed_text_loses_control_and_bidi_characters_at_import_and_keeps_letters() -> None:
    raw = {"id": "s1", "name": f"{HOSTILE}\ud800 {LETTERS}",  # a lone surrogate: JSON can say "\ud800"
           "description": "Line one\r\nLine two\x1b[1m\u2028Line three",
           "organization": {"id": "o1", "name": "Age\u202e Well"}, "alert": "Closed\x07 today"}
    (record,) = read_value(raw, "feed.json").records
    assert record.fields["name"] == f"Tea and chat {LETTERS}"
    assert record.fields["description"] == "Line one\nLine two\nLine three"
    assert record.organisation is not None and record.organisation.name == "Age Well"
    assert record.fields["alert"] == "Closed today"


@pytest.mark.slow
def test_directory_search_shows_no_control_characters_and_json_keeps_them_escaped(db: Database) -> None:
    """A service typed or imported before import cleaned its text: the command line still shows it safely."""
    from app.domain.models import Service

    name = f"Knit {HOSTILE} {LETTERS}"
    with db.session() as session:
        session.add(Service(name=name, description="knitting"))
    path = _closed(db)
    out = linkwell("directory", "search", "knit", "--db", path)
    assert out.returncode == 0, out.stderr
    assert _shown_safely(out.stdout) and f"Tea and chat {LETTERS}" in out.stdout
    as_json = linkwell("directory", "search", "knit", "--db", path, "--json")
    assert not any(hidden in as_json.stdout for hidden in "\x1b\u202e\u2066\x9b\x00\ufeff")
    assert json.loads(as_json.stdout)[0]["name"] == name  # escaped, not lost


@pytest.mark.slow
def test_import_messages_show_feed_ids_and_file_names_safely(db: Database, tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([{"id": "\x1b[2Jevil\u202e", "name": ""}, {"id": "s2", "name": f"Tea\ud800 {HOSTILE}"}]))
    out = linkwell("directory", "import", str(feed), "--db", _closed(db))
    assert out.returncode == 0, out.stderr
    assert "1 added" in out.stdout and "evil name: has no name" in out.stdout and _shown_safely(out.stdout)
    broken = tmp_path / "bad\x1b[31m\u202e.json"
    broken.write_text("{")
    failed = linkwell("directory", "import", str(broken), "--db", str(db.path))
    assert failed.returncode == 1 and "bad.json is not valid JSON" in failed.stderr and _shown_safely(failed.stderr)
