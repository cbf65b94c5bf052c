"""Kill a writing process at random moments (SIGKILL) and check nothing reported as saved is lost.

Run as a child: ``python -m tests.crash_drill child MODE DB`` writes until killed, printing
``saved <n>`` after each write returns. ``drill(...)`` runs many rounds and reports. Used by
tests/app/storage/test_crash_safety.py (a few rounds) and benchmarks/crash_drill.py (hundreds).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

MODES = ("writes", "backup", "import")
IMPORT_SIZE = 40  # services per directory import in the "import" mode


def child(mode: str, db_path: Path) -> None:
    from app.services.caseload.facade import Caseload
    from app.storage import backup
    from app.storage.database import open_database

    db = open_database(db_path, passphrase=os.environ["LINKWELL_PASSPHRASE"], check=False)
    if mode == "import":
        return _import_child(db, db_path)
    caseload = Caseload(db, actor="crash drill")
    start = caseload.list.count()
    print("ready", flush=True)
    for n in range(start, start + 100_000):
        if mode == "backup" and n % 3 == 0:
            backup.create_backup(db, reason="drill", keep=3)
        pid = caseload.add_person(given_name=f"Drill {n}", family_name="Ó Súilleabháin").created_id
        caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="self", reasons=["other"])
        print(f"saved {n}", flush=True)


def _import_child(db: object, db_path: Path) -> None:
    """Import directory documents of IMPORT_SIZE new services, one after another, until killed."""
    import json
    import uuid

    from app.services.directory.feed_import import import_directory

    con = db.connect()  # type: ignore[attr-defined]
    start = con.execute("SELECT count(*) FROM service WHERE name LIKE 'Drill import %'").fetchone()[0]
    con.close()
    print("ready", flush=True)
    for n in range(start // IMPORT_SIZE, 100_000):
        doc = db_path.with_name(f"drill-import-{n}.json")
        doc.write_text(json.dumps([{"id": str(uuid.uuid4()), "name": f"Drill import {n} service {i}",
                                    "description": "Tai chi in the park", "status": "active"}
                                   for i in range(IMPORT_SIZE)]))
        import_directory(db, doc, label=f"drill-{n}")  # type: ignore[arg-type]
        print(f"imported {n}", flush=True)


@dataclass
class DrillReport:
    rounds: int = 0
    saved: int = 0
    imports: int = 0
    lost: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.lost and not self.failures


def drill(db_path: Path, passphrase: str, *, rounds: int, seed: int = 1, modes: tuple[str, ...] = MODES,
          max_delay: float = 0.6) -> DrillReport:
    from app.storage import backup, keys
    from app.storage.database import Database

    rng = random.Random(seed)
    key = keys.unwrap(keys.KeyFile.read(keys.key_file_path(db_path)), passphrase)
    env = {**os.environ, "LINKWELL_PASSPHRASE": passphrase}
    report, saved, imported = DrillReport(), set(), set()
    for i in range(rounds):
        mode = modes[i % len(modes)]
        proc = subprocess.Popen([sys.executable, "-m", "tests.crash_drill", "child", mode, str(db_path)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            report.failures.append(f"round {i}: the writer did not start: {proc.stderr.read()[-300:]}")
            proc.kill()
            proc.wait()
            continue
        time.sleep(rng.uniform(0, max_delay))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        saved |= {line.split()[1] for line in out.splitlines() if line.startswith("saved ")}
        imported |= {line.split()[1] for line in out.splitlines() if line.startswith("imported ")}
        report.rounds += 1
        db = Database(db_path, key)
        try:
            db.check_integrity()
            con = db.connect()
            names = {r[0] for r in con.execute("SELECT given_name FROM person WHERE given_name LIKE 'Drill %'")}
            per_import: dict[str, int] = {}
            for (name,) in con.execute("SELECT name FROM service WHERE name LIKE 'Drill import %'"):
                per_import[name.split()[2]] = per_import.get(name.split()[2], 0) + 1
            con.close()
        except Exception as exc:  # noqa: BLE001 - any failure to open is what the drill looks for
            report.failures.append(f"round {i} ({mode}): {exc}")
            break
        report.lost = sorted(n for n in saved if f"Drill {n}" not in names)
        report.lost += [f"import {n}" for n in sorted(imported) if per_import.get(n) != IMPORT_SIZE]
        half = [n for n, count in per_import.items() if count != IMPORT_SIZE]
        if half:
            report.failures.append(f"round {i}: imports left half-done: {', '.join(half)}")
        report.imports = len(imported)
        if report.lost or report.failures:
            break
        for info in backup.list_backups(db_path):
            try:
                backup.verify_backup(info.path, key)
            except Exception as exc:  # noqa: BLE001
                report.failures.append(f"round {i}: backup {info.path.name} is unsound: {exc}")
    report.saved = len(saved)
    return report


if __name__ == "__main__":
    if sys.argv[1] == "child":
        child(sys.argv[2], Path(sys.argv[3]))
