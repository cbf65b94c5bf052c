"""Caseload at scale: first paint and scroll-to-end with 100,000 people against 100 (goal: ratio
at most 2), each filter of the caseload (status, practice, worker, overdue, reason) at 100,000
against 100 (goal: well under half a second), and quick-find latency per keystroke at 100,000 people
(goal: median and 95th percentile under 50 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/caseload.py [--people 100000] [--quick] [--json PATH]

People are written with bulk SQL (executemany) into a fresh encrypted database in a temp folder
(the caseload read model's triggers fire as they go in, as for any write).
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


def make_db(folder: Path, people: int, seed: int = 1):
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
    # Filter targets from their own generator, so the people and referrals are as before.
    spread = random.Random(seed + 1)
    practices = [practice, *(uuid.uuid4().hex for _ in range(2))]
    for n, other in enumerate(practices[1:], start=2):
        con.execute("INSERT INTO practice (id, created_at, updated_at, device_id, ods_code, name, pcn, "
                    "address, postcode, phone) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (other, now, now, device, f"B0000{n}", f"Practice {n}", "", "", "", ""))
    workers = [uuid.uuid4().hex for _ in range(4)]
    con.executemany("INSERT INTO worker (id, created_at, updated_at, device_id, name, role, phone, email, "
                    "practice_id) VALUES (?,?,?,?,?,'link worker','','',NULL)",
                    [(w, now, now, device, f"Worker {n}") for n, w in enumerate(workers, start=1)])
    reasons = [["loneliness"], ["loneliness"], ["debt", "housing"], ["low_mood", "loneliness"]]
    statuses = ["referred", "contacted", "accepted", "what_matters", "planned", "connecting",
                "review", "closed"]
    person_rows, episode_rows = [], []
    serial = 0  # from_test_range(n) skips to the next valid number, so two serials can give the same one
    for _ in range(people):
        number = from_test_range(serial)
        serial = int(number[3:9]) + 1
        pid = uuid.uuid4().hex
        born = date(1930, 1, 1) + timedelta(days=rng.randrange(30000))
        person_rows.append((pid, now, now, device, number, rng.choice(GIVEN),
                            rng.choice(FAMILY), "", born.isoformat(), "", "", "", "", "", "", "",
                            spread.choice(practices), "", 0, ""))
        referred = date.today() - timedelta(days=rng.randrange(1, 400))
        changed = datetime.combine(referred, datetime.min.time(), UTC).isoformat(sep=" ")
        due = (date.today() + timedelta(days=rng.randrange(-30, 30))).isoformat()
        episode_rows.append((uuid.uuid4().hex, now, now, device, pid, spread.choice(workers),
                             referred.isoformat(), "gp", "", "", json.dumps(spread.choice(reasons)), 1, "routine",
                             rng.choice(statuses), changed, due, "", "", None, None))
    # Columns named: a later migration's columns (with their defaults) do not shift these rows.
    con.executemany("INSERT INTO person (id, created_at, updated_at, device_id, nhs_number, given_name, family_name, "
                    "preferred_name, date_of_birth, sex, gender, ethnicity, phone, email, address, postcode, "
                    f"practice_id, communication_needs, consent_share_with_gp, risk_note) VALUES ({','.join('?' * 20)})",
                    person_rows)
    con.executemany("INSERT INTO episode (id, created_at, updated_at, device_id, person_id, worker_id, referral_date, "
                    "referral_source, referrer_name, referrer_organisation, reasons, consent_to_contact, urgency, "
                    "status, status_changed_at, next_contact_due, what_matters, strengths, closure_reason, closed_at) "
                    f"VALUES ({','.join('?' * 20)})", episode_rows)
    con.commit()
    con.close()
    return db


def time_window(db, *, settle: bool = False) -> tuple[float, float]:
    """Seconds from load() to the first painted page, and from scrollToBottom to its page painted.
    ``settle``: scroll only once the worker has finished what the first paint queued (the rest of
    the ids, Today's lists): the scroll's own cost, without the queue in front of it."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.core import Linkwell
    from ui.main_window import MainWindow
    from ui.runner import Runner

    app = QApplication.instance() or QApplication([])
    runner = Runner()
    window = MainWindow(Linkwell(db), runner)
    window.resize(1200, 800)
    loop = QEventLoop()
    window.caseload_painted.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    start = time.perf_counter()
    window.load()
    window.show()
    loop.exec()
    first = time.perf_counter() - start
    # The worker runs calls in order: when a no-op returns, all before it have. Three rounds, as
    # what returns may queue more (the rest of the ids, then Today and the filter lists).
    for _ in range(3 if settle else 0):
        idle = QEventLoop()
        runner.op(lambda: None).success(lambda _, done=idle.quit: done()).run()
        idle.exec()
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


FILTERS = ("status", "practice", "worker", "overdue", "reason")


def time_filters(db, rounds: int = 3) -> dict[str, tuple[float, float, int]]:
    """Per filter, through the window's filter bar: seconds from choosing it to the filtered first
    page painted, the first time (cold) and the best of ``rounds``, and how many people matched."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.core import Linkwell
    from ui.main_window import MainWindow
    from ui.runner import Runner

    app = QApplication.instance() or QApplication([])
    runner = Runner()
    window = MainWindow(Linkwell(db), runner)
    window.resize(1200, 800)

    def wait(signal) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    window.load()
    window.show()
    wait(window.caseload_painted)
    bar = window.filters
    deadline = time.perf_counter() + 60
    while (bar.practice.count() < 3 or bar.worker.count() < 2) and time.perf_counter() < deadline:
        app.processEvents()  # the practice and worker lists arrive after the first paint
    choose = {
        "status": lambda: bar.status.setCurrentIndex(bar.status.findData("connecting")),
        "practice": lambda: bar.practice.setCurrentIndex(2),
        "worker": lambda: bar.worker.setCurrentIndex(1),
        "overdue": lambda: bar.overdue.setChecked(True),
        "reason": lambda: bar.reason.setCurrentIndex(bar.reason.findData("debt")),
    }
    results = {}
    for name in FILTERS:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            choose[name]()
            wait(window.model.modelReset)
            window.table.viewport().repaint()
            app.processEvents()
            times.append(time.perf_counter() - start)
            matched = window.model.rowCount()
            bar.clear()
            wait(window.model.modelReset)
        results[name] = (times[0], min(times), matched)
    window.close()
    runner.shutdown()
    return results


def time_quick_find(db) -> tuple[float, list[float]]:
    from app.services.caseload.quick_find import QuickFind

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
    parser.add_argument("--quick", action="store_true", help="one run of each, and no scroll-once-idle diagnostic")
    parser.add_argument("--json", type=Path, help="also write the figures to this file (benchmarks/scale.py reads it)")
    args = parser.parse_args()
    rounds = 1 if args.quick else 3
    with tempfile.TemporaryDirectory(prefix="linkwell-bench-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        small, large = make_db(folder, 100), make_db(folder, args.people)
        print(f"generated 100 and {args.people:,} people in {time.perf_counter() - t0:.1f} s")
        results = {}
        for label, db in (("100", small), (f"{args.people:,}", large)):
            time_window(db)  # warm: imports, fonts, SQLCipher
            results[label] = min((time_window(db) for _ in range(rounds)), key=lambda r: r[0] + r[1])
            print(f"caseload {label:>8} people: first paint {results[label][0] * 1000:7.1f} ms, "
                  f"scroll to end {results[label][1] * 1000:7.1f} ms")
        (p1, s1), (p2, s2) = results["100"], results[f"{args.people:,}"]
        print(f"ratio {args.people:,}/100: first paint {p2 / p1:.2f}, scroll to end {s2 / s1:.2f} "
              "(goal: at most 2)")
        if not args.quick:
            settled = {label: min(time_window(db, settle=True)[1] for _ in range(3))
                       for label, db in (("100", small), (f"{args.people:,}", large))}
            q1, q2 = settled["100"], settled[f"{args.people:,}"]
            print(f"diagnostic, not the goal: scroll to end once the worker is idle (Today's lists and the rest of "
                  f"the ids read): 100 people {q1 * 1000:.1f} ms, {args.people:,} people {q2 * 1000:.1f} ms, "
                  f"ratio {q2 / q1:.2f}")
        small_f, large_f = time_filters(small, rounds), time_filters(large, rounds)
        for name in FILTERS:
            (c1, b1, m1), (c2, b2, m2) = small_f[name], large_f[name]
            print(f"filter {name:>8}: 100 people {b1 * 1000:6.1f} ms (first {c1 * 1000:6.1f}, {m1} match); "
                  f"{args.people:,} people {b2 * 1000:6.1f} ms (first {c2 * 1000:6.1f}, {m2:,} match); "
                  f"ratio {b2 / b1:.2f} (goal: well under 500 ms)")
        build, lat = time_quick_find(large)
        lat_ms = sorted(x * 1000 for x in lat)
        p95 = lat_ms[int(0.95 * (len(lat_ms) - 1))]
        print(f"quick find at {args.people:,} people: index built in {build * 1000:.0f} ms (once); "
              f"{len(lat_ms)} keystrokes: median {statistics.median(lat_ms):.1f} ms, "
              f"95th percentile {p95:.1f} ms, worst {lat_ms[-1]:.1f} ms (goal: under 50 ms)")
        if args.json:  # seconds throughout
            args.json.write_text(json.dumps({
                "people": args.people, "first_paint": {"100": p1, "people": p2}, "scroll": {"100": s1, "people": s2},
                "filters": {name: {"100": small_f[name][1], "people": large_f[name][1]} for name in FILTERS},
                "quick_find": {"build": build, "median": statistics.median(lat_ms) / 1000, "p95": p95 / 1000,
                               "worst": lat_ms[-1] / 1000, "keystrokes": len(lat_ms)}}))
        small.close()
        large.close()


if __name__ == "__main__":
    main()
