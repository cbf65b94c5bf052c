"""Team sync at scale, against a real PostgreSQL and a real ``linkwell hub serve`` on loopback (started and
stopped here, as the tests do). Figures are printed; nothing is asserted.

1. First sync of a PCN of 10,000 people (each with a referral), 100,000 contacts and 5,000 services onto a
   new laptop (goal: under 60 s).
2. A round trip of 100 changes: one laptop sends them, another receives them (goal: under 1 s on loopback).
3. Ten laptops syncing at once against one hub, each in its own process (goal: no errors; time per sync).

    .venv/bin/python benchmarks/sync.py [--people 10000 --contacts 100000 --services 5000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.hub import admin, schema  # noqa: E402
from app.storage.database import Database, create_database  # noqa: E402
from app.sync import engine  # noqa: E402
from tests.hub.conftest import start_hub_server, stop, wait_until_serving  # noqa: E402
from tests.hub.pg_cluster import Cluster, free_port  # noqa: E402

PASSPHRASE = "benchmark passphrase, not real"
GIVEN = ["Siân", "Tomasz", "Amara", "Łukasz", "Zofia", "Oluwaseun", "Ana", "Mohammed", "Aisha", "Nia"]
FAMILY = ["O'Brien", "Kowalski", "Adeyemi", "Nowak", "Evans", "Khan", "Patel", "Morgan", "Hughes", "Dvořák"]


def _ts(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def fill(db: Database, people: int, contacts: int, services: int, device: str) -> None:
    """Bulk SQL, as an import would write; the capture triggers put every row in the outbox."""
    rng = random.Random(5)
    now = datetime.now(UTC)
    stamp = _ts(now)
    con = db.connect()
    con.execute("BEGIN IMMEDIATE")
    person_ids = [uuid.uuid4().hex for _ in range(people)]
    episode_ids = [uuid.uuid4().hex for _ in range(people)]
    con.executemany(
        "INSERT INTO person (id, created_at, updated_at, device_id, given_name, family_name, preferred_name, sex,"
        " gender, ethnicity, phone, email, address, postcode, communication_needs, consent_share_with_gp, risk_note)"
        " VALUES (?, ?, ?, ?, ?, ?, '', '', '', '', ?, '', ?, ?, '', 0, '')",
        [(pid, stamp, stamp, device, rng.choice(GIVEN), rng.choice(FAMILY), f"07700 9{n:05d}", f"{n} High Street",
          "CF10 1AA") for n, pid in enumerate(person_ids)])
    con.executemany(
        "INSERT INTO episode (id, created_at, updated_at, device_id, person_id, referral_date, referral_source,"
        " referrer_name, referrer_organisation, reasons, consent_to_contact, urgency, status, status_changed_at,"
        " what_matters, strengths) VALUES (?, ?, ?, ?, ?, ?, 'gp', '', '', '[\"loneliness\"]', 1, 'routine',"
        " 'contacted', ?, '', '')",
        [(eid, stamp, stamp, device, pid, (date(2026, 1, 1) + timedelta(days=n % 300)).isoformat(), stamp)
         for n, (eid, pid) in enumerate(zip(episode_ids, person_ids, strict=True))])
    con.executemany(
        "INSERT INTO contact (id, created_at, updated_at, device_id, episode_id, kind, contact_at, duration_minutes,"
        " notes) VALUES (?, ?, ?, ?, ?, 'phone', ?, 15, ?)",
        [(uuid.uuid4().hex, stamp, stamp, device, rng.choice(episode_ids), _ts(now - timedelta(hours=n)),
          "Talked about what matters and a walking group nearby.") for n in range(contacts)])
    con.executemany(
        "INSERT INTO service (id, created_at, updated_at, device_id, name, description, url, email, phone,"
        " contact_name, area, status, capacity, capacity_note, alert, verified_by, is_free, cost_note,"
        " attend_in_person, attend_phone, attend_online, attend_home_visit, access, eligibility, how_to_access,"
        " local_note, source, source_hash) VALUES (?, ?, ?, ?, ?, 'A group that meets weekly.', '', '', ?, '',"
        " 'Riverside', 'active', 'has capacity', '', '', '', 1, '', 1, 0, 0, 0, 'self-refer', '', '', '', '', '')",
        [(uuid.uuid4().hex, stamp, stamp, device, f"Community group {n}", f"01632 9{n:05d}") for n in range(services)])
    con.execute("COMMIT")
    con.close()


def new_laptop(folder: Path, name: str, url: str, dsn: str, pcn: str) -> Database:
    db = create_database(folder / f"{name}.db", PASSPHRASE)
    engine.join(db, url, name, admin.add_user(dsn, pcn, name).code)
    return db


def _first_sync_then_edit(path: str, key: bytes, edits: int) -> tuple[float, float, int, str | None]:
    """One laptop: make ``edits`` changes, then sync; (first sync s, sync s, pulled, error)."""
    db = Database(Path(path), key)
    try:
        started = time.perf_counter()
        engine.sync_now(db)
        first = time.perf_counter() - started
        con = db.connect()
        for n in range(edits):
            con.execute("UPDATE person SET phone = ? WHERE rowid = (SELECT rowid FROM person ORDER BY id LIMIT 1"
                        " OFFSET ?)", (f"07700 {path[-8:-3]}{n}", n))
        con.commit()
        con.close()
        return first, 0.0, 0, None
    except Exception as error:  # noqa: BLE001 - reported, not raised: the figure is how many failed
        return 0.0, 0.0, 0, f"{type(error).__name__}: {error}"
    finally:
        db.close()


def _sync_once(path: str, key: bytes) -> tuple[float, int, int, str | None]:
    db = Database(Path(path), key)
    try:
        started = time.perf_counter()
        result = engine.sync_now(db)
        return time.perf_counter() - started, result.pushed, result.pulled, None
    except Exception as error:  # noqa: BLE001
        return 0.0, 0, 0, f"{type(error).__name__}: {error}"
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--services", type=int, default=5_000)
    parser.add_argument("--laptops", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="linkwell-sync-bench-"))
    cluster, process = Cluster(), None
    try:
        cluster.start()
        dsn = cluster.dsn()
        schema.init(dsn)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        process = start_hub_server(dsn, port)
        wait_until_serving(process, url)
        admin.add_pcn(dsn, "Big PCN")

        print(f"1. A PCN of {args.people:,} people, {args.contacts:,} contacts and {args.services:,} services")
        seed = new_laptop(folder, "seed", url, dsn, "Big PCN")
        con = seed.connect()
        device = con.execute("SELECT device_id FROM sync_state").fetchone()[0]
        con.close()
        started = time.perf_counter()
        fill(seed, args.people, args.contacts, args.services, device)
        print(f"   written and captured on the first laptop: {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        pushed = engine.sync_now(seed).pushed
        print(f"   pushed to the hub: {pushed:,} changes in {time.perf_counter() - started:.1f} s")
        fresh = new_laptop(folder, "fresh", url, dsn, "Big PCN")
        started = time.perf_counter()
        pulled = engine.sync_now(fresh).pulled
        took = time.perf_counter() - started
        print(f"   FIRST SYNC onto a new laptop: {pulled:,} changes in {took:.1f} s (goal under 60 s)")

        print("2. A round trip of 100 changes")
        con = seed.connect()
        ids = [r[0] for r in con.execute("SELECT id FROM person ORDER BY id LIMIT 100")]
        times = []
        for round_ in range(5):
            for n, pid in enumerate(ids):
                con.execute("UPDATE person SET phone = ? WHERE id = ?", (f"01632 {round_}{n:05d}", pid))
            con.commit()
            started = time.perf_counter()
            sent = engine.sync_now(seed).pushed
            received = engine.sync_now(fresh).pulled
            times.append(time.perf_counter() - started)
            assert sent == received == 100, (sent, received)
        con.close()
        print(f"   send 100 and receive them on another laptop: median {statistics.median(times) * 1000:.0f} ms,"
              f" worst {max(times) * 1000:.0f} ms over 5 rounds (goal under 1 s)")

        print(f"3. {args.laptops} laptops syncing at once (each its own process) against one hub")
        admin.add_pcn(dsn, "Ten PCN")
        small = new_laptop(folder, "small-seed", url, dsn, "Ten PCN")
        from app.services.demo import create_demo

        create_demo(small, people=200, services=300, seed=3)
        engine.sync_now(small)
        laptops = [new_laptop(folder, f"laptop{n:02d}", url, dsn, "Ten PCN") for n in range(args.laptops)]
        with ProcessPoolExecutor(args.laptops) as pool:
            started = time.perf_counter()
            firsts = list(pool.map(_first_sync_then_edit, [str(d.path) for d in laptops], [d.key for d in laptops],
                                   [20] * len(laptops)))
            wall = time.perf_counter() - started
            errors = [f[3] for f in firsts if f[3]]
            print(f"   first syncs, all at once: median {statistics.median(f[0] for f in firsts):.2f} s, worst"
                  f" {max(f[0] for f in firsts):.2f} s, {wall:.1f} s in all; errors: {len(errors)} {errors[:2]}")
            for round_ in range(2):
                started = time.perf_counter()
                runs = list(pool.map(_sync_once, [str(d.path) for d in laptops], [d.key for d in laptops]))
                wall = time.perf_counter() - started
                errors = [r[3] for r in runs if r[3]]
                print(f"   round {round_ + 1}: each sent {statistics.median(r[1] for r in runs):.0f} and received up"
                      f" to {max(r[2] for r in runs)} changes; per sync median {statistics.median(r[0] for r in runs) * 1000:.0f} ms,"
                      f" worst {max(r[0] for r in runs) * 1000:.0f} ms, {wall:.2f} s in all; errors: {len(errors)}"
                      f" {errors[:2]}")
        for db in [seed, fresh, small, *laptops]:
            db.close()
    finally:
        if process is not None:
            stop(process)
        cluster.stop()


if __name__ == "__main__":
    main()
