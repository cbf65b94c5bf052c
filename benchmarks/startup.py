"""Start-up benchmark: how much longer than a bare PySide6 window Linkwell takes to show a caseload.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--people 200]

Measures from spawning a Python process to (a) a bare QMainWindow painted and (b) Linkwell's
window with the first page of the caseload painted, on a demo database, for both ways of unlocking:
the passphrase (Argon2id) and the OS keyring (a real Secret Service: gnome-keyring under
dbus-run-session). Runs alternate so that load from elsewhere on the machine hits both alike.
Each process stamps the end of its first paint (for Linkwell, of the caseload's first rows); the
window's icons, drawn just after that paint, are not counted. Python's bytecode is cached (in the run's
temporary folder) by the unmeasured warm-up runs, as it is for an installed app after its first start,
even where PYTHONDONTWRITEBYTECODE is set: otherwise each Linkwell start compiles its own modules again
while the bare window's PySide6 comes compiled. Goal: b/a at most 2. Not a test: it prints figures.

Beside them, what stands in the way: Linkwell's floor (the same unlock and first page shown in a bare
QTableView, none of the window), and the CPU time each start has spent by its first paint, against what
the goal's time on this machine's cores can hold.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.storage.database import Database

ROOT = Path(__file__).resolve().parents[1]
CHILD = Path(__file__).with_name("startup_child.py")
PASSPHRASE = "benchmark passphrase"
KEYRING_PASSWORD = "benchmark keyring"
GOAL = 2.0  # issue 15: first painted caseload within twice a bare window


KINDS = {  # kind -> (label, the child's arguments; DB stands for the database)
    "bare": ("(a) bare PySide6 QMainWindow", ["bare"]),
    "overlapped": ("(b) Linkwell, unlocking as it does beside Qt", ["linkwell", "DB"]),
    "serial": ("    Linkwell, unlocking only after Qt is up", ["linkwell", "DB", "--serial"]),
    "least": ("    its floor: that unlock, first page, bare table", ["least", "DB"]),
}


@dataclass
class Figures:
    """Milliseconds from spawn: medians to first paint and to exit, the range of paint times."""

    paint: float
    exit: float
    low: float
    high: float
    cpu: float  # median CPU time (all threads) by the end of the first paint
    report: dict[str, Any]  # the child's last report (rows, ORM modules imported)


@dataclass
class Cost:
    """Milliseconds of wall clock and of CPU (all threads) that one part of a start takes alone."""

    wall: float
    cpu: float


def spawn(args: list[str], env: dict[str, str]) -> tuple[float, float, dict[str, Any]]:
    """(ms to first paint, ms to exit, the child's report), timed from just before the spawn."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, str(CHILD), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
    )
    end = time.time()
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return (float(report["painted_at"]) - start) * 1000, (end - start) * 1000, report


def measure(db: Path, env: dict[str, str], runs: int) -> dict[str, Figures]:
    """Each kind ``runs`` times, interleaved, after one unmeasured warm-up run of each."""
    commands = {kind: [str(db) if a == "DB" else a for a in args] for kind, (_, args) in KINDS.items()}
    for args in commands.values():
        spawn(args, env)
    paint: dict[str, list[float]] = {k: [] for k in commands}
    total: dict[str, list[float]] = {k: [] for k in commands}
    cpu: dict[str, list[float]] = {k: [] for k in commands}
    reports: dict[str, dict[str, Any]] = {}
    for _ in range(runs):
        for kind, args in commands.items():
            p, t, reports[kind] = spawn(args, env)
            paint[kind].append(p)
            total[kind].append(t)
            cpu[kind].append(float(reports[kind]["cpu_ms"]))
    return {
        k: Figures(
            statistics.median(paint[k]),
            statistics.median(total[k]),
            min(paint[k]),
            max(paint[k]),
            statistics.median(cpu[k]),
            reports[k],
        )
        for k in commands
    }


def make_db(folder: Path, people: int) -> tuple[Path, str]:
    """A demo database (the demo generator, else people added through the Caseload façade)."""
    from app.storage.database import create_database

    path = folder / "bench.db"
    db = create_database(path, PASSPHRASE, demo=True)
    try:
        from app.services.demo import create_demo
    except ImportError:
        how = f"{people} people added through the Caseload façade (no demo generator yet)"
        _fill(db, people)
    else:
        counts = create_demo(db, people=people, services=320, seed=1)
        how = f"demo generator: {counts}"
    db.close()
    return path, how


def _fill(db: Database, people: int) -> None:
    from datetime import date

    from app.services.caseload.facade import Caseload

    caseload = Caseload(db)
    for i in range(people):
        pid = caseload.add_person(
            given_name=f"Person{i}",
            family_name=f"Family{i % 37}",
            date_of_birth=date(1940 + i % 60, 1 + i % 12, 1 + i % 28),
        ).created_id
        if pid and i % 3:
            caseload.refer(
                pid,
                referral_date=date(2026, 1, 1 + i % 28),
                referral_source="gp",
                reasons=["loneliness"],
            )


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "LINKWELL_PASSPHRASE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def passphrase_path(db: Path, runs: int) -> dict[str, Figures]:
    return measure(db, child_env(LINKWELL_PASSPHRASE=PASSPHRASE), runs)


def keyring_path(db: Path, runs: int, home: Path) -> tuple[str, dict[str, Figures], Cost]:
    """Re-run this script in a D-Bus session with gnome-keyring; it prints its figures as JSON."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        raise SystemExit(
            "The keyring path needs dbus-run-session and gnome-keyring-daemon "
            "(scripts/system-deps.sh)."
        )
    runtime = home / "runtime"
    (home / ".cache").mkdir(parents=True, exist_ok=True)
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = child_env(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(home / "data"))
    env.pop("PYTHON_KEYRING_BACKEND", None)
    inner = (
        f"echo -n '{KEYRING_PASSWORD}' | gnome-keyring-daemon --unlock --components=secrets"
        " >/dev/null; "
        f"exec '{sys.executable}' '{Path(__file__).resolve()}'"
        f" --inside-keyring '{db}' --runs {runs}"
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", inner],
        env=env,
        cwd=ROOT,
        capture_output=True,
        check=False,
        text=True,
        timeout=1800,
    )
    if done.returncode != 0:
        raise SystemExit(f"The keyring run failed:\n{done.stderr}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return found["backend"], {k: Figures(**v) for k, v in found["figures"].items()}, Cost(**found["read"])


def inside_keyring(db: Path, runs: int) -> None:
    """In the D-Bus session: unlock once with the passphrase and remember the key in the keyring (as the
    window does after its first paint), check it comes back, then time start-ups that use only the keyring."""
    from app.storage import keys
    from app.storage.database import open_database

    backend = keys.usable_keyring()
    if backend is None:
        raise SystemExit("No usable Secret Service in this session.")
    opened = open_database(db, passphrase=PASSPHRASE)
    keys.remember(db, opened.key)
    opened.close()
    key_id = keys.KeyFile.read(keys.key_file_path(db)).key_id
    if keys.keyring_fetch(key_id) is None:
        raise SystemExit("The key did not reach the keyring.")
    figures = measure(db, child_env(), runs)
    backend_name = f"{type(backend).__module__}.{type(backend).__name__}"
    print(json.dumps({"backend": backend_name, "figures": {k: asdict(v) for k, v in figures.items()},
                      "read": asdict(keyring_read(db))}))


KEYRING_READ = """
import json, sys, time
from pathlib import Path
from app.storage import keys
key_file = keys.KeyFile.read(keys.key_file_path(Path(sys.argv[1])))
start, cpu = time.perf_counter(), time.process_time()
assert keys.keyring_fetch(key_file.key_id) is not None
print(json.dumps([(time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000]))
"""


def keyring_read(db: Path) -> Cost:
    """The keyring's part of a start alone, in a new process each time (median of 3): importing keyring,
    loading the backend it chose (noted at the first start) and reading the key."""
    runs = [json.loads(subprocess.run([sys.executable, "-c", KEYRING_READ, str(db)], env=child_env(),
                                      cwd=ROOT, capture_output=True, check=True, text=True).stdout)
            for _ in range(3)]
    return Cost(statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))



def unwrap_cost(db: Path) -> Cost:
    """The Argon2id unwrap alone, in this process (median of 3). Its CPU time exceeds its wall clock: the
    derive runs its four lanes on more than one thread."""
    from app.storage import keys

    key_file = keys.KeyFile.read(keys.key_file_path(db))
    walls, cpus = [], []
    for _ in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        keys.unwrap(key_file, PASSPHRASE)
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return Cost(statistics.median(walls), statistics.median(cpus))


def show(title: str, figures: dict[str, Figures], unlock: tuple[str, Cost]) -> None:
    """The figures, then the CPU time each start spends by its first paint: no machine with this many
    cores can paint sooner than that work divided among them, which is what stands between a start and
    the goal when the cores are the limit."""
    bare = figures["bare"].paint
    print(f"\n{title}")
    for kind, (label, _) in KINDS.items():
        f = figures[kind]
        versus = "" if kind == "bare" else f"   b/a {f.paint / bare:.2f}"
        print(
            f"  {label:<50} paint {f.paint:5.0f} ms (range {f.low:.0f}-{f.high:.0f}),"
            f" exit {f.exit:5.0f} ms{versus}"
        )
    report = figures["overlapped"].report
    heavy = ", ".join(report["heavy"]) or "none"
    print(f"  rows in the model at first paint: {report['rows']}; ORM imported by then: {heavy}")
    cores = os.cpu_count() or 1
    work, bare_work = figures["overlapped"].cpu, figures["bare"].cpu
    what, cost = unlock
    print(f"  CPU time by first paint, all threads: bare {bare_work:.0f} ms, Linkwell {work:.0f} ms, of which {what}"
          f" alone {cost.cpu:.0f} ms ({cost.wall:.0f} ms of wall clock when run alone)")
    print(f"  on {cores} cores Linkwell's work needs at least {work / cores:.0f} ms"
          f" ({work / cores / bare:.2f} x the bare window); the goal, {GOAL * bare:.0f} ms, leaves room for"
          f" {GOAL * bare * cores:.0f} ms of CPU, and the bare window's work and {what} alone take"
          f" {bare_work + cost.cpu:.0f} ms of it")
    ratio = figures["overlapped"].paint / bare
    print(f"  goal b/a <= {GOAL}: {'met' if ratio <= GOAL else 'NOT met'} ({ratio:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--inside-keyring", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside_keyring:
        inside_keyring(args.inside_keyring, args.runs)
        return

    with tempfile.TemporaryDirectory(prefix="linkwell-bench-") as tmp:
        folder = Path(tmp)
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # none here
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # children keep their bytecode, as installed
        os.environ.setdefault("PYTHONPYCACHEPREFIX", str(folder / "bytecode"))
        db, how = make_db(folder, args.people)
        platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
        print(
            f"Linkwell start-up benchmark: median of {args.runs} runs each, "
            f"Qt platform {platform}, "
            f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start, "
            f"Python {sys.version.split()[0]}"
        )
        print(f"Database: {how}")
        unwrap = unwrap_cost(db)
        print(f"Argon2id unwrap alone (in-process, median of 3): {unwrap.wall:.0f} ms, {unwrap.cpu:.0f} ms of CPU")
        show("Passphrase (Argon2id), no keyring:", passphrase_path(db, args.runs), ("the derive", unwrap))
        backend, figures, read = keyring_path(db, args.runs, folder / "home")
        show(f"OS keyring ({backend}, under dbus-run-session):", figures, ("the keyring's read", read))


if __name__ == "__main__":
    main()
