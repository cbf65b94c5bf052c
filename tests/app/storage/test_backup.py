from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.errors import NotFound, StorageError
from app.services.caseload.facade import Caseload
from app.storage import backup
from app.storage.database import Database, open_database
from tests.conftest import PASSPHRASE

TABLES = ("person", "episode", "episodestatuschange", "contact", "auditevent")


def _snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    con = db.connect()
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        con.close()


def _populate(db: Database, n: int) -> Caseload:
    caseload = Caseload(db)
    for i in range(n):
        pid = caseload.add_person(given_name=f"Gwenllïan {i}", family_name="Łukasiewicz-O'Brien").created_id
        caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="self", reasons=["loneliness"])
    return caseload


def test_restore_drill_returns_the_data_exactly(db: Database) -> None:
    _populate(db, 5)
    expected = _snapshot(db)
    taken = backup.create_backup(db, reason="drill")
    assert "Gwenllïan".encode() not in taken.path.read_bytes()  # the backup is encrypted too
    # a bad day after the backup: more people, then a deletion
    _populate(db, 3)
    con = db.connect()
    with con:
        con.execute("DELETE FROM contact")
        con.execute("DELETE FROM episodestatuschange")
        con.execute("DELETE FROM episode")
    con.close()
    assert _snapshot(db) != expected
    after = _snapshot(db)
    db.close()
    chosen, set_aside = backup.restore_backup(db.path, None, _key(db))
    assert chosen.path == taken.path and set_aside is not None
    restored = open_database(db.path, passphrase=PASSPHRASE)
    assert _snapshot(restored) == expected
    kept = Database(set_aside, _key(db))
    assert _snapshot(kept) == after  # what was replaced is kept, with nothing lost


def _key(db: Database) -> bytes:
    from app.storage import keys

    return keys.unwrap(keys.KeyFile.read(keys.key_file_path(db.path)), PASSPHRASE)


def test_backup_taken_during_work_is_consistent(db: Database) -> None:
    _populate(db, 3)
    writer = db.connect()
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE person SET given_name = 'uncommitted'")
    info = backup.create_backup(db)  # while a write transaction is open
    writer.rollback()
    writer.close()
    assert backup.verify_backup(info.path, _key(db)) == 3
    con = Database(info.path, _key(db)).connect()
    assert "uncommitted" not in {r[0] for r in con.execute("SELECT given_name FROM person")}
    con.close()


def test_only_the_configured_number_are_kept_newest_first(db: Database) -> None:
    _populate(db, 1)
    made = [backup.create_backup(db, reason=f"r{i}", keep=3) for i in range(5)]
    kept = backup.list_backups(db.path)
    assert [b.path for b in kept] == [m.path for m in reversed(made[-3:])]
    assert all(Path(f"{b.path}.key").exists() for b in kept)
    assert not made[0].path.exists() and not Path(f"{made[0].path}.key").exists()


def test_restore_without_backups_or_unknown_backup_is_a_sentence(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no backups"):
        backup.restore_backup(db.path, None, _key(db))
    backup.create_backup(db)
    with pytest.raises(NotFound, match="not one of this database's backups"):
        backup.restore_backup(db.path, tmp_path / "elsewhere.db", _key(db))


def test_damaged_database_offers_the_newest_backup(db: Database) -> None:
    _populate(db, 2)
    backup.create_backup(db)
    db.close()
    raw = bytearray(db.path.read_bytes())
    raw[4096 + 64 : 4096 + 512] = os.urandom(448)
    db.path.write_bytes(bytes(raw))
    with pytest.raises(StorageError, match="restore it with 'linkwell backup restore --latest"):
        open_database(db.path, passphrase=PASSPHRASE)


def test_cli_backup_cycle(db: Database) -> None:
    _populate(db, 2)
    db.close()
    env = {**os.environ, "LINKWELL_PASSPHRASE": PASSPHRASE}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app.cli", *args, "--db", str(db.path)], env=env,
                              capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)

    assert run("backup", "create").returncode == 0
    listed = run("backup", "list")
    assert listed.returncode == 0 and "manual" in listed.stdout
    verified = run("backup", "verify")
    assert verified.returncode == 0 and "sound, 2 people" in verified.stdout
    refused = run("backup", "restore", "--latest")
    assert refused.returncode == 1 and "--yes" in refused.stderr
    restored = run("backup", "restore", "--latest", "--yes")
    assert restored.returncode == 0 and "Restored the backup" in restored.stdout
