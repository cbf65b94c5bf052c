"""Peak memory of the window at a whole PCN's scale (figures, not tests; issue 15, goal: under 300 MB).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/memory.py [--episodes 125000] [--contacts 1000000]

Uses the report benchmark's cached database (benchmarks/report.py generates it once: 0.8 people a
referral, so 125,000 referrals give 100,000 people). A separate process, which never ran the generator,
then opens the window on it, scrolls the caseload end to end, builds the dashboard for the last quarter
(the people behind each figure and the charts included) and opens a person's record; it prints its peak
resident size (getrusage), and that of a bare PySide6 window in a third process for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _wait(signal: object, seconds: float = 300) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def child(path: Path, bare: bool) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([])
    if bare:
        window = QWidget()
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        print(f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
        return
    from app.core import Linkwell
    from app.storage import keys
    from app.storage.database import Database
    from report import PASSPHRASE
    from ui.main_window import MainWindow
    from ui.outcomes.dashboard import Dashboard
    from ui.runner import Runner

    db = Database(path, keys.unlock(path, PASSPHRASE))
    runner = Runner()
    core = Linkwell(db)
    steps = []
    started = time.perf_counter()
    window = MainWindow(core, runner)
    window.resize(1200, 800)
    window.load()
    window.show()
    _wait(window.caseload_painted)
    rows = window.model.rowCount()
    last_page = (rows - 1) // window.model.page_size
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.model.page_loaded.connect(lambda page: loop.quit() if page == last_page else None)
    QTimer.singleShot(300_000, loop.quit)
    window.table.scrollToBottom()
    if not window.model.is_loaded(rows - 1):
        loop.exec()
    window.table.viewport().repaint()
    app.processEvents()
    steps.append(f"caseload of {window.model.rowCount():,} scrolled to the end "
                 f"({resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    dashboard = Dashboard(core, runner, window.open_person, today=date(2026, 4, 15))
    dashboard.show()
    _wait(dashboard.built)
    app.processEvents()
    steps.append(f"dashboard built ({resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    con = db.connect()
    person = con.execute("SELECT person_id FROM episode ORDER BY referral_date DESC LIMIT 1").fetchone()[0]
    con.close()
    window.open_person(person)
    for _ in range(50):  # the record's tabs fill from the worker
        app.processEvents()
        time.sleep(0.05)
    records = [w for w in app.topLevelWidgets() if w.isVisible() and w not in (window, dashboard)]
    steps.append(f"a record open ({', '.join(w.windowTitle() for w in records) or 'NONE OPENED'})")
    print(f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    print("; ".join(steps) + f"; {time.perf_counter() - started:.1f} s in all")
    runner.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=125_000)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", type=Path)
    parser.add_argument("--bare", action="store_true")
    parser.add_argument("--generate", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures to this file (benchmarks/scale.py reads it)")
    args = parser.parse_args(argv)
    if args.generate:
        import report

        report.cached_database(args.episodes, args.contacts, args.seed)[0].close()
        return 0
    if args.child or args.bare:
        child(args.child or Path(), args.bare)
        return 0
    with tempfile.TemporaryDirectory(prefix="linkwell-bench-") as folder:
        env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                            "XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder}
        os.environ.update(env)
        import report

        me = [sys.executable, str(Path(__file__).resolve())]
        size = ["--episodes", str(args.episodes), "--contacts", str(args.contacts), "--seed", str(args.seed)]
        # generated (if not cached yet) in a process of its own: a child inherits its parent's peak size
        subprocess.run([*me, "--generate", *size], env=env, check=True)
        db, counts, _ = report.cached_database(args.episodes, args.contacts, args.seed)
        db.close()
        bare = subprocess.run([*me, "--bare"], env=env, capture_output=True, text=True, check=True).stdout.split()
        found = subprocess.run([*me, "--child", str(db.path)], env=env, capture_output=True, text=True)
        if found.returncode != 0:
            print(found.stderr[-3000:])
            return 1
        peak, detail = found.stdout.strip().split("\n", 1)
        print(f"Peak memory, {counts['person']:,} people, {counts['episode']:,} referrals, "
              f"{counts['contact']:,} contacts, in a process of its own: {peak} MB resident "
              f"(goal: under 300 MB: {'met' if int(peak) < 300 else 'NOT met'}); a bare PySide6 window "
              f"{bare[0]} MB")
        print(f"  {detail}")
        if args.json:
            args.json.write_text(json.dumps({"counts": counts, "peak_mb": int(peak), "bare_mb": int(bare[0])}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
