"""Translate SQLite and SQLAlchemy errors from the environment (disk full, locked, damaged) into
sentences a link worker can act on. Anything not recognised is left alone: it is a bug."""

from __future__ import annotations

from app.errors import StorageError

_KNOWN = (
    ("database or disk is full", "The disk is full, so this change was not saved. Free some space and try again."),
    ("disk i/o error", "The disk could not be read or written, so this change was not saved."),
    ("database is locked", "Another Linkwell window or command is busy with this database; try again in a moment."),
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


def storage_error(exc: BaseException) -> StorageError | None:
    """A StorageError for a database error from the environment, or None if it is not one."""
    from sqlcipher3 import dbapi2

    original = getattr(exc, "orig", exc)  # SQLAlchemy wraps the driver's error
    if not isinstance(original, dbapi2.DatabaseError):
        return None
    text = str(original).lower()
    for needle, sentence in _CONSTRAINTS:
        if needle in text:
            return StorageError(sentence)
    for needle, sentence in _KNOWN:
        if needle in text:
            return StorageError(f"{sentence} ({original})")
    return StorageError(f"The database could not be read or written ({original}).")
