"""Open Referral import into a real encrypted database: counts, re-imports, flags, all-or-nothing."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from app.errors import InvalidInput
from app.io.openreferral.errors import ImportCancelled
from app.services.directory import feed_import as directory_import
from app.services.directory.facade import Directory
from app.services.directory.feed_import import ImportRefused, import_directory
from app.storage.database import Database

DATA = Path(__file__).resolve().parents[1] / "io" / "data"
V1 = DATA / "oruk_v1_page.json"
HSDS3 = DATA / "hsds3_page.json"


def _count(db: Database, table: str) -> int:
    con = db.connect()
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def _service(db: Database, name: str) -> dict[str, Any]:
    con = db.connect()
    try:
        cursor = con.execute("SELECT * FROM service WHERE name = ?", (name,))
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor]
    finally:
        con.close()
    assert len(rows) == 1, rows
    return rows[0]


def _snapshot(db: Database) -> list[tuple[Any, ...]]:
    con = db.connect()
    try:
        return [tuple(r) for t in ("service", "organisation", "location", "schedule", "taxonomyterm",
                                   "servicetaxonomy", "servicelocation")
                for r in con.execute(f"SELECT * FROM {t} ORDER BY id")]
    finally:
        con.close()


def _write(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def test_v1_import_counts_rows_and_search(db: Database) -> None:
    report = import_directory(db, V1)
    assert (report.added, report.updated, report.unchanged) == (2, 0, 0)
    assert [(p.id, p.field) for p in report.rejected] == [("1002", "name")]
    assert set(report.to_json()) == {"added", "updated", "unchanged", "rejected", "warnings"}
    walk = _service(db, "Riverside Walking Group")
    assert (walk["source"], walk["source_id"], walk["access"], walk["minimum_age"]) == (
        "oruk_v1_page.json", "1001", "drop-in", 18)
    assert (walk["last_verified_on"], walk["is_free"]) == ("2026-09-01", 1)
    assert _count(db, "schedule") == 3 and _count(db, "organisation") == 1 and _count(db, "location") == 2
    hits = Directory(db).search("walk park", today=date(2026, 10, 1))
    assert [h.name for h in hits] == ["Riverside Walking Group"]
    assert hits[0].categories == "Physical activity; Loneliness" or hits[0].categories == "Loneliness; Physical activity"
    assert hits[0].where == "Riverside Park gates, LS6 1AA" and "Mon, Wed 10:00-11:30" in hits[0].when
    assert Directory(db).search("tea", status="temporarily closed")[0].badges[0] == "temporarily closed"


def test_reimport_is_unchanged_then_updates_without_duplicates_keeping_local_work(db: Database, tmp_path: Path) -> None:
    import_directory(db, V1)
    directory = Directory(db)
    walk_id = _service(db, "Riverside Walking Group")["id"]
    from app.services.caseload.listing import from_hex

    directory.mark_verified(from_hex(walk_id), by="Priya (link worker)", on=date(2026, 11, 1))
    con = db.connect()
    with con:
        con.execute("UPDATE service SET local_note = 'Ring Sam first', capacity = 'waiting list' WHERE id = ?",
                    (walk_id,))
    con.close()

    again = import_directory(db, V1)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)

    page = json.loads(V1.read_text())
    page["content"][0]["description"] = "A brisk walk now."
    page["content"][0]["assured_date"] = "2026-10-01"  # older than the local check
    changed = import_directory(db, _write(tmp_path / "oruk_v1_page.json", page))
    assert (changed.added, changed.updated, changed.unchanged) == (0, 1, 1)
    walk = _service(db, "Riverside Walking Group")
    assert walk["description"] == "A brisk walk now."
    assert (walk["local_note"], walk["capacity"]) == ("Ring Sam first", "waiting list")
    assert (walk["last_verified_on"], walk["verified_by"]) == ("2026-11-01", "Priya (link worker)")
    assert _count(db, "service") == 2 and _count(db, "schedule") == 3 and _count(db, "servicetaxonomy") == 3

    page["content"][0]["assured_date"] = "2026-12-01"  # newer: the feed's check wins
    import_directory(db, _write(tmp_path / "oruk_v1_page.json", page))
    assert _service(db, "Riverside Walking Group")["last_verified_on"] == "2026-12-01"


def test_services_gone_from_the_feed_are_flagged_not_deleted(db: Database, tmp_path: Path) -> None:
    page = json.loads(HSDS3.read_text())
    page["total_items"] = 2
    feed = _write(tmp_path / "feed.json", page)
    import_directory(db, feed)
    shed_only = dict(page, total_items=1, contents=page["contents"][1:])
    report = import_directory(db, _write(tmp_path / "feed.json", shed_only), today=date(2026, 11, 20))
    assert report.flagged == 1 and report.unchanged == 1
    assert any(p.id == page["contents"][0]["id"] and "no longer in this feed" in p.message for p in report.warnings)
    cafe = _service(db, "Chatty Café at Meanwood")
    assert cafe["missing_from_source_on"] == "2026-11-20"
    assert "not in feed" in Directory(db).search("chatty")[0].badges

    single = _write(tmp_path / "one.json", page["contents"][1])  # one service says nothing about the others
    assert import_directory(db, single, label="feed.json").flagged == 0

    back = import_directory(db, _write(tmp_path / "feed.json", page))
    assert back.updated == 1 and _service(db, "Chatty Café at Meanwood")["missing_from_source_on"] is None
    assert _count(db, "service") == 2


def test_uuids_match_across_file_names_other_ids_need_the_source_name(db: Database, tmp_path: Path) -> None:
    page = json.loads(HSDS3.read_text())
    import_directory(db, _write(tmp_path / "october.json", page))
    report = import_directory(db, _write(tmp_path / "november.json", page))
    assert (report.unchanged, report.added) == (1, 1)  # the uuid matched; "not-a-uuid-7" is new to this feed
    db2_report = import_directory(db, _write(tmp_path / "december.json", page), label="november.json")
    assert (db2_report.unchanged, db2_report.added) == (2, 0)


def test_strict_with_a_rejected_record_changes_nothing(db: Database) -> None:
    with pytest.raises(ImportRefused, match="1 record broke a required rule") as refused:
        import_directory(db, V1, strict=True)
    assert [p.id for p in refused.value.report.rejected] == ["1002"]
    assert _count(db, "service") == 0
    assert import_directory(db, HSDS3, strict=True).added == 2  # nothing rejected: strict imports


def test_dry_run_reports_and_changes_nothing(db: Database) -> None:
    import_directory(db, HSDS3)
    before = _snapshot(db)
    report = import_directory(db, V1, dry_run=True)
    assert report.added == 2 and report.dry_run and "nothing was saved" in report.summary()
    assert _snapshot(db) == before


def test_cancel_unreadable_and_crash_change_nothing(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import_directory(db, HSDS3)
    before = _snapshot(db)
    with pytest.raises(ImportCancelled):
        import_directory(db, V1, progress=lambda done, total, label: done == total)
    assert _snapshot(db) == before

    bad = tmp_path / "bad.json"
    bad.write_text('{"content": [{"id": 1, "name": "x"},')
    with pytest.raises(InvalidInput, match="bad.json is not valid JSON"):
        import_directory(db, bad)
    assert _snapshot(db) == before

    calls = {"n": 0}
    real = directory_import._Apply._location

    def crash_on_second(self, loc):  # noqa: ANN001, ANN202
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("the power went")
        return real(self, loc)

    monkeypatch.setattr(directory_import._Apply, "_location", crash_on_second)
    with pytest.raises(RuntimeError):
        import_directory(db, V1)
    assert calls["n"] == 2 and _snapshot(db) == before


def test_bulk_import_batches_and_reports_progress(db: Database, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(directory_import, "_BATCH", 10)  # the real sizes, scaled down by 100
    monkeypatch.setattr(directory_import, "_BULK", 20)
    services = [{"id": f"s{i}", "name": f"Group {i}", "status": "active",
                 "attributes": [{"taxonomy_term": {"code": f"c{i % 3}", "name": f"Category {i % 3}",
                                                   "taxonomy": "t"}}],
                 "schedules": [{"byday": "MO", "opens_at": "10:00", "closes_at": "11:00"}]}
                for i in range(25)]
    seen: list[tuple[int, int]] = []
    report = import_directory(db, _write(tmp_path / "many.json", {"total_items": 25, "contents": services}),
                              progress=lambda done, total, label: seen.append((done, total)) and False)
    assert report.added == 25 and _count(db, "taxonomyterm") == 3 and _count(db, "schedule") == 25
    assert seen == [(10, 25), (20, 25), (25, 25)]
    assert len(Directory(db).search("", category="c2", limit=100)) == 8
    assert len(Directory(db).search("group", category="Category 1", limit=100)) == 8


def test_a_failed_bulk_import_leaves_the_search_index_whole(db: Database, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(directory_import, "_BULK", 20)
    import_directory(db, HSDS3)
    services = [{"id": f"b{i}", "name": f"Bulk {i}"} for i in range(21)]  # enough to rebuild the index once
    feed = _write(tmp_path / "bulk.json", {"contents": services})
    dropped: list[bool] = []
    real_drop = directory_import.drop_search_index
    monkeypatch.setattr(directory_import, "drop_search_index", lambda execute: dropped.append(True) or real_drop(execute))
    monkeypatch.setattr(directory_import._Apply, "_flag_missing", lambda self: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        import_directory(db, feed)
    assert dropped == [True]  # the bulk path ran, and its dropped index came back with the rollback
    assert [h.name for h in Directory(db).search("chatty")] == ["Chatty Café at Meanwood"]
    assert Directory(db).search("bulk") == []
    monkeypatch.setattr(directory_import._Apply, "_flag_missing", lambda self: None)
    assert import_directory(db, feed, dry_run=True).added == 21
    assert Directory(db).search("bulk") == [] and Directory(db).search("chatty")
    import_directory(db, feed)
    assert dropped == [True, True, True]
    assert len(Directory(db).search("bulk", limit=100)) == 21 and Directory(db).search("chatty")


# --- a feed over HTTP, on 127.0.0.1 only ------------------------------------------------------


class _Feed(BaseHTTPRequestHandler):
    services: list[dict[str, Any]] = []
    seen_queries: list[dict[str, list[str]]] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        query = parse_qs(urlsplit(self.path).query)
        self.seen_queries.append(query)
        if urlsplit(self.path).path != "/services":
            self.send_error(404, "Not Found")
            return
        page, size = int(query.get("page", ["1"])[0]), 2
        items = self.services
        if "modified_after" in query:
            items = [s for s in items if s["last_modified"] > query["modified_after"][0]]
        chunk = items[(page - 1) * size: page * size]
        pages = max(1, -(-len(items) // size))
        body = json.dumps({"total_items": len(items), "total_pages": pages, "page_number": page, "size": size,
                           "first_page": page == 1, "last_page": page >= pages, "empty": not chunk,
                           "contents": chunk}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def feed_url() -> Iterator[str]:
    _Feed.services = [{"id": f"00000000-0000-4000-8000-00000000000{i}", "name": f"Service {i}", "status": "active",
                       "last_modified": f"2026-11-0{i}T00:00:00+00:00"} for i in range(1, 6)]
    _Feed.seen_queries = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/services"
    server.shutdown()
    server.server_close()
    thread.join()


def test_feed_url_follows_pages_then_refreshes_incrementally(db: Database, feed_url: str) -> None:
    report = import_directory(db, feed_url)
    assert report.added == 5 and report.warnings == []
    assert [q["page"] for q in _Feed.seen_queries] == [["1"], ["2"], ["3"]]
    assert _service(db, "Service 1")["source"] == feed_url

    _Feed.services[4]["name"] = "Service 5 renamed"
    del _Feed.services[0]  # gone, but an incremental refresh must not flag it
    since = datetime(2026, 11, 3, tzinfo=UTC)
    refresh = import_directory(db, feed_url, modified_after=since)
    assert (refresh.updated, refresh.unchanged, refresh.flagged) == (1, 1, 0)
    assert _Feed.seen_queries[-1]["modified_after"] == [since.isoformat()]

    full = import_directory(db, feed_url)
    assert full.flagged == 1 and _service(db, "Service 1")["missing_from_source_on"] is not None


def test_feed_errors_are_sentences(db: Database, feed_url: str) -> None:
    with pytest.raises(InvalidInput, match="answered 404"):
        import_directory(db, feed_url.replace("/services", "/nothing"))
    with pytest.raises(InvalidInput, match="could not be reached"):
        import_directory(db, "http://127.0.0.1:9/services")
    assert _count(db, "service") == 0


def test_an_import_is_an_audit_event_and_a_dry_run_is_not(db, tmp_path) -> None:  # noqa: ANN001
    import json

    from app.services.audit import Audit
    from app.services.directory.feed_import import import_directory

    doc = tmp_path / "feed.json"
    doc.write_text(json.dumps([{"id": "a1b2c3d4-0000-4000-8000-000000000001", "name": "Men's Shed"}]))
    import_directory(db, doc, dry_run=True)
    assert [e.action for e in Audit(db).events()] == []
    import_directory(db, doc)
    events = Audit(db).events()
    assert [e.action for e in events] == ["import"] and "1 added" in events[0].detail
    assert Audit(db).verify().ok
