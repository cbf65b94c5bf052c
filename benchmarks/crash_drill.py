"""Crash-safety drill: SIGKILL a writer at random moments, hundreds of times, and count what was lost.

    .venv/bin/python benchmarks/crash_drill.py [--rounds 200] [--seed 1]

Modes rotate: a stream of caseload writes, writes interleaved with backups, and directory imports. After
every kill the database must open, pass its integrity check, hold every write and every import reported as
done, hold no import half-done, and every backup kept must verify.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.storage.database import create_database  # noqa: E402
from tests.crash_drill import drill  # noqa: E402

PASSPHRASE = "crash drill passphrase"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "drill.db"
        create_database(path, PASSPHRASE).close()
        started = time.perf_counter()
        report = drill(path, PASSPHRASE, rounds=args.rounds, seed=args.seed)
        seconds = time.perf_counter() - started
    print(f"kills: {report.rounds}   writes reported saved: {report.saved}   directory imports reported done: "
          f"{report.imports}   lost: {len(report.lost)}   "
          f"failures: {len(report.failures)}   time: {seconds:.0f} s")
    for failure in report.failures[:10]:
        print("  ", failure)
    if report.lost:
        print("   lost:", ", ".join(report.lost[:20]))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
