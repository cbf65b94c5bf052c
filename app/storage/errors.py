"""Translate SQLite and SQLAlchemy errors from the environment (disk full, read-only folder, locked,
damaged) into sentences a link worker can act on. Anything not recognised is left alone: it is a bug.

SQLite says "disk I/O error" or "attempt to write a readonly database" for several causes, so when the
database's path is known its surroundings are looked at: a folder that cannot be written, a read-only
file, a disk with (almost) no space left.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.errors import DatabaseBusy, StorageError, StorageUnavailable

LOW_SPACE = 1 << 20  # bytes: with less free, SQLite cannot even make the shared-memory file an open needs
_BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN = 5, 6, 8, 10, 13, 14  # SQLite's primary result codes
BUSY = "Another Linkwell window or command is busy with this database; try again in a moment."
FULL = "The disk is full, so this change was not saved; free some space and try again."

_KNOWN = (
    ("disk i/o error", "The disk could not be read or written, so this change was not saved."),
    ("readonly database", "The database file cannot be written to (it is read-only); nothing was changed."),
    ("file is not a database", "The database file cannot be read: it is damaged. Restore it from a backup."),
    ("malformed", "The database file is damaged. Restore it from a backup."),
    ("no such table", "The database is missing part of its structure (it may be damaged or from an unreleased "
                      "version). Restore it from a backup."),
)


# Rules the database keeps for the data itself: the sentence says it all.
_CONSTRAINTS = (
    ("unique constraint failed: person.nhs_number",
     ("Someone with this NHS number is already on the caseload, so nothing was saved; find them and add "
      "to their record instead.")),
)


def storage_error(exc: BaseException, path: Path | None = None) -> StorageError | None:
    """A StorageError for a database error from the environment, or None if it is not one. ``path``, the
    database's, lets a read-only folder or a full disk be named as such."""
    from sqlcipher3 import dbapi2

    original = getattr(exc, "orig", exc)  # SQLAlchemy wraps the driver's error
    if not isinstance(original, dbapi2.DatabaseError):
        return None
    code = (getattr(original, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(original).lower()
    for needle, sentence in _CONSTRAINTS:
        if needle in text:
            return StorageError(sentence)
    if code in (_BUSY, _LOCKED) or "database is locked" in text:
        return DatabaseBusy(BUSY)
    if path is not None and code in (_READONLY, _IOERR, _FULL, _CANTOPEN):
        found = surroundings(Path(path))
        if found is not None:
            return found
    if code == _FULL or "database or disk is full" in text:
        return StorageUnavailable(FULL)
    for needle, sentence in _KNOWN:
        if needle in text:
            return StorageError(sentence)
    return StorageError(f"The database could not be read or written ({original}).")


def surroundings(path: Path) -> StorageUnavailable | None:
    """What around the database stops it being written, if anything: its folder, the file, the disk."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return StorageUnavailable(
            f"The folder {folder} cannot be written to, so Linkwell cannot open {path.name} there (the database "
            "is not damaged): make the folder writable, or move the database and its key file to one that is.")
    if path.exists() and not os.access(path, os.W_OK):
        return StorageUnavailable(f"The database file {path} is read-only, so Linkwell cannot work in it (it is "
                                  "not damaged): make it writable again.")
    if shutil.disk_usage(folder).free < LOW_SPACE:
        return StorageUnavailable(
            f"The disk holding {folder} is full, so Linkwell cannot save to {path.name} (nothing saved before is "
            "lost): free some space and try again.")
    return None
