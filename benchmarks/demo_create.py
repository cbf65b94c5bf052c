"""How long ``create_demo`` takes at scale, and how much memory it needs (not part of the test run).

    .venv/bin/python benchmarks/demo_create.py [--people 10000] [--services 5000] [--seed 1]

Makes a fresh encrypted database in a temporary folder, fills it, and prints the seconds, the peak
memory and the counts, and the goal for 10,000 people (under 10 s). The folder (and its database) is
removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
GOAL_S = 10.0  # `demo create` of 10,000 people (issue 15)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--services", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="also trace Python allocations (slows the run down)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file (benchmarks/scale.py reads it)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="linkwell-bench-") as folder:
        # Keep the benchmark away from the user's keyring and folders.
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = folder

        from app.paths import DEMO_PASSPHRASE
        from app.services.demo import create_demo
        from app.storage.database import create_database

        db = create_database(Path(folder) / "bench.db", DEMO_PASSPHRASE, demo=True)
        phases: dict[str, float] = {}
        last = [time.perf_counter()]

        def progress(done: int, total: int, label: str) -> None:
            now = time.perf_counter()
            phases[label] = phases.get(label, 0.0) + now - last[0]
            last[0] = now

        if args.tracemalloc:
            tracemalloc.start()
        started, cpu = time.perf_counter(), time.process_time()
        counts = create_demo(
            db, people=args.people, services=args.services, seed=args.seed, progress=progress
        )
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        traced = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
        db.close()
        size = sum(p.stat().st_size for p in Path(folder).glob("bench.db*"))

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    goal = (f"; goal under {GOAL_S:.0f} s: {'met' if seconds < GOAL_S else 'NOT met'}"
            if args.people == 10_000 else "")
    print(
        f"create_demo(people={args.people}, services={args.services}): {seconds:.1f} s "
        f"({cpu:.1f} s CPU), peak RSS {peak_kib / 1024:.0f} MiB, database {size / 2**20:.0f} MiB{goal}"
    )
    if traced is not None:
        print(f"peak traced Python allocations: {traced / 2**20:.0f} MiB")
    for label, spent in phases.items():
        if spent >= 0.05:
            print(f"  {label:<28} {spent:6.1f} s")
    print("  " + ", ".join(f"{name} {value}" for name, value in asdict(counts).items()))
    if args.json:
        args.json.write_text(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": peak_kib / 1024,
                                         "db_mib": size / 2**20, "counts": asdict(counts)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
