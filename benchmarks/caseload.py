"""Caseload at scale: first paint and scroll-to-end with 100,000 people against 100 (goal: ratio
at most 2), and quick-find latency per keystroke at 100,000 people (goal: median and 95th
percentile under 50 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/caseload.py [--people 100000]

People are written with bulk SQL (executemany) into a fresh encrypted database in a temp folder.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GIVEN = ["Siân", "Tomasz", "Amara", "Łukasz", "Zofia", "Oluwaseun", "Ana", "Mohammed", "Aisha",
         "Margaret", "John", "Priya", "Seán", "Chloé", "Björn", "Grace", "Ewan", "Fatima", "Dylan",
         "Nia", "Rhys", "Ioana", "Kwame", "Elsie", "Arthur", "Mei", "Jakub", "Olga", "Tariq", "Ruth"]
FAMILY = ["O'Brien", "Kowalski", "Adeyemi", "Wiśniewski", "Nowak", "Smith", "Jones", "Williams",
          "Taylor", "Brown", "Davies", "Evans", "Khan", "Patel", "Rossi", "Harris", "Morgan",
          "Hughes", "Okafor", "Nguyen", "Ferreira", "Murphy", "Kelly", "Lewis", "Walker", "Dvořák",
          "Øvergaard", "Đorđević", "Müller", "García"]
PASSPHRASE = "benchmark passphrase, not real"
KEYSTROKES = ["kowalski", "lukasz wisn", "o'brien sian", "9434765919", "943 476 5919",
              "15/07/1990", "adeyemy", "dvorak", "grace harr"]


def make_db(folder: Path, people: int, seed: int = 1):  # noqa: ANN201 - Database
    from app.domain.nhs_number import from_test_range
    from app.storage.database import create_database

    rng = random.Random(seed)
    db = create_database(folder / f"caseload-{people}.db", PASSPHRASE)
    con = db.connect()
    now = datetime.now(UTC).isoformat(sep=" ")
    device = "00000000-0000-4000-8000-0000000000be"
    practice = uuid.uuid4().hex
    con.execute("INSERT INTO practice (id, created_at, updated_at, device_id, ods_code, name, pcn, "
                "address, postcode, phone) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (practice, now, now, device, "B00001", "Riverside Medical Practice", "", "", "", ""))
    statuses = ["referred", "contacted", "accepted", "what_matters", "planned", "connecting",
                "review", "closed"]
    person_rows, episode_rows = [], []
    for n in range(people):
        pid = uuid.uuid4().hex
        born = date(1930, 1, 1) + timedelta(days=rng.randrange(30000))
        person_rows.append((pid, now, now, device, from_test_range(n), rng.choice(GIVEN),
                            rng.choice(FAMILY), "", born.isoformat(), "", "", "", "", "", "", "",
                            practice, "", 0, ""))
        referred = date.today() - timedelta(days=rng.randrange(1, 400))
        changed = datetime.combine(referred, datetime.min.time(), UTC).isoformat(sep=" ")
        due = (date.today() + timedelta(days=rng.randrange(-30, 30))).isoformat()
        episode_rows.append((uuid.uuid4().hex, now, now, device, pid, None, referred.isoformat(), "gp",
                             "", "", json.dumps(["loneliness"]), 1, "routine",
                             rng.choice(statuses), changed, due, "", "", None, None))
    con.executemany(f"INSERT INTO person VALUES ({','.join('?' * 20)})", person_rows)
    con.executemany(f"INSERT INTO episode VALUES ({','.join('?' * 20)})", episode_rows)
    con.commit()
    con.close()
    return db


def time_window(db) -> tuple[float, float]:  # noqa: ANN001
    """Seconds from load() to the first painted page, and from scrollToBottom to its page painted."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.runner import Runner

    app = QApplication.instance() or QApplication([])
    runner = Runner()
    window = MainWindow(db, runner)
    window.resize(1200, 800)
    loop = QEventLoop()
    window.caseload_painted.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    start = time.perf_counter()
    window.load()
    window.show()
    loop.exec()
    first = time.perf_counter() - start
    rows = window.model.rowCount()
    last_page = (rows - 1) // window.model.page_size
    loop2 = QEventLoop()
    window.model.page_loaded.connect(lambda page: loop2.quit() if page == last_page else None)
    QTimer.singleShot(60_000, loop2.quit)
    start = time.perf_counter()
    window.table.scrollToBottom()
    if not window.model.is_loaded(rows - 1):
        loop2.exec()
    window.table.viewport().repaint()
    app.processEvents()
    scroll = time.perf_counter() - start
    assert window.model.is_loaded(rows - 1)
    window.close()
    runner.shutdown()
    return first, scroll


def time_quick_find(db) -> tuple[float, list[float]]:  # noqa: ANN001
    from app.services.quick_find import QuickFind

    finder = QuickFind(db)
    start = time.perf_counter()
    finder.build()
    finder.search("x")
    build = time.perf_counter() - start
    latencies = []
    for query in KEYSTROKES:
        for end in range(1, len(query) + 1):
            t0 = time.perf_counter()
            finder.search(query[:end])
            latencies.append(time.perf_counter() - t0)
    return build, latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="linkwell-bench-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        small, large = make_db(folder, 100), make_db(folder, args.people)
        print(f"generated 100 and {args.people:,} people in {time.perf_counter() - t0:.1f} s")
        results = {}
        for label, db in (("100", small), (f"{args.people:,}", large)):
            time_window(db)  # warm: imports, fonts, SQLCipher
            results[label] = min((time_window(db) for _ in range(3)), key=lambda r: r[0] + r[1])
            print(f"caseload {label:>8} people: first paint {results[label][0] * 1000:7.1f} ms, "
                  f"scroll to end {results[label][1] * 1000:7.1f} ms")
        (p1, s1), (p2, s2) = results["100"], results[f"{args.people:,}"]
        print(f"ratio {args.people:,}/100: first paint {p2 / p1:.2f}, scroll to end {s2 / s1:.2f} "
              "(goal: at most 2)")
        build, lat = time_quick_find(large)
        lat_ms = sorted(x * 1000 for x in lat)
        p95 = lat_ms[int(0.95 * (len(lat_ms) - 1))]
        print(f"quick find at {args.people:,} people: index built in {build * 1000:.0f} ms (once); "
              f"{len(lat_ms)} keystrokes: median {statistics.median(lat_ms):.1f} ms, "
              f"95th percentile {p95:.1f} ms, worst {lat_ms[-1]:.1f} ms (goal: under 50 ms)")
        small.close()
        large.close()


if __name__ == "__main__":
    main()
