"""Encrypted backups, taken with SQLite's online backup API so a backup made during work is consistent.

Backups sit in ``<db name>-backups/`` beside the database, each an encrypted copy (same key) with a
copy of the key file, named ``linkwell-YYYYMMDD-HHMMSS-<reason>.db``. Restoring first sets the current
file aside, so a restore never loses what was there.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from app import clock
from app.settings import BACKUPS_KEPT
from app.errors import NotFound, StorageError
from app.io.files import PARTIAL_SUFFIX, atomic_path, copy_atomically, flush_to_disk, private_folder
from app.storage import audit_anchor, keys
from app.storage.backup_files import _PREFIX, BackupInfo, backup_dir, list_backups
from app.storage.database import Database
from app.i18n import translate



def create_backup(db: Database, *, reason: str = "manual", keep: int | None = None) -> BackupInfo:
    folder = backup_dir(db.path)
    private_folder(folder)
    for stale in folder.glob(f"*{PARTIAL_SUFFIX}*"):  # left by a backup that was interrupted, and its journal
        stale.unlink(missing_ok=True)
    now = clock.now()
    target = folder / f"{_PREFIX}{now:%Y%m%d-%H%M%S}-{reason}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{_PREFIX}{now:%Y%m%d-%H%M%S}-{reason}{n}.db"
    source = db.connect()
    try:
        with atomic_path(target) as partial:  # owner-only, and whole or not at all
            dest = sqlcipher.connect(str(partial))
            try:
                dest.execute(db._key_pragma)  # the same key: the backup is as encrypted as the database
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            copy_atomically(keys.key_file_path(db.path), keys.key_file_path(target))
    except sqlcipher.Error as exc:
        raise StorageError(translate("storage", "The backup could not be written to {folder} ({exc}). Nothing was lost.").format(folder=folder, exc=exc)) from None
    finally:
        source.close()
    info = BackupInfo(target, now.replace(microsecond=0), reason, target.stat().st_size)
    for old in list_backups(db.path)[BACKUPS_KEPT.read(db) if keep is None else keep:]:
        old.path.unlink(missing_ok=True)
        keys.key_file_path(old.path).unlink(missing_ok=True)
    return info


def verify_backup(path: Path, key: bytes) -> int:
    """Check a backup opens with the key and passes its integrity check; returns the number of people."""
    backup = Database(path, key)
    backup.check_integrity()
    con = backup.connect()
    try:
        return int(con.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        con.close()


def restore_backup(db_path: Path, backup: Path | None, key: bytes) -> tuple[BackupInfo, Path | None]:
    """Put a backup (the newest when None) in the database's place. The database must be closed.

    Returns the backup restored and where the replaced database was set aside.
    """
    backups = list_backups(db_path)
    chosen: BackupInfo | None
    if backup is None:
        if not backups:
            raise NotFound(translate("storage", "There are no backups of {name} in {backup_dir}.").format(name=db_path.name, backup_dir=backup_dir(db_path)))
        chosen = backups[0]
    else:
        chosen = next((b for b in backups if b.path.resolve() == Path(backup).resolve()), None)
        if chosen is None:
            raise NotFound(translate("storage", "{backup} is not one of this database's backups.").format(backup=backup))
    verify_backup(chosen.path, key)  # never swap in a backup that does not open
    with atomic_path(db_path) as staged:  # the copy is whole and owner-only before anything moves
        shutil.copyfile(chosen.path, staged)
        flush_to_disk(staged)  # before the database moves aside, so a crash never leaves neither whole
        set_aside = _set_aside(db_path) if db_path.exists() else None
    audit_anchor.forget(db_path)  # the trail in place now is the backup's: anchored afresh on the next open
    return chosen, set_aside


def _set_aside(db_path: Path) -> Path:
    """Move the database, with its WAL so even unmerged writes stay with it, to a name no file has:
    two restores in one second each keep their own."""
    stamp = f"{db_path.name}.before-restore-{clock.now():%Y%m%d-%H%M%S}"
    for n in itertools.count(1):
        aside = db_path.with_name(stamp if n == 1 else f"{stamp}-{n}")
        if Path(f"{aside}-wal").exists():
            continue
        try:  # claiming the name with O_EXCL, so not even another process can take it meanwhile
            os.close(os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            continue
        break
    os.replace(db_path, aside)
    if Path(f"{db_path}-wal").exists():
        os.replace(f"{db_path}-wal", f"{aside}-wal")
    Path(f"{db_path}-shm").unlink(missing_ok=True)
    return aside
