"""Backups as the window and the command line use them: take one (now, or when a day has passed),
list, verify and restore. Each is ``app.storage.backup`` underneath: SQLite's online backup under the
same key, so a backup is as encrypted as the database and consistent even if taken mid-work."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from app import clock
from app.storage import backup
from app.storage.backup import BackupInfo
from app.storage.database import Database

DAILY = timedelta(days=1)
Progress = Callable[[int, int, str], bool]


class Backups:
    def __init__(self, db: Database) -> None:
        self.db = db

    def take(self, reason: str = "manual", *, keep: int | None = None,
             progress: Progress | None = None) -> BackupInfo:
        """A backup now; the oldest beyond ``keep`` (default: the setting) are removed."""
        if progress is not None:
            progress(0, 0, "Taking an encrypted backup…")
        return backup.create_backup(self.db, reason=reason, keep=keep)

    def take_if_due(self, *, keep: int | None = None, max_age: timedelta = DAILY) -> BackupInfo | None:
        """A "daily" backup when the newest is older than ``max_age``, or there is none."""
        found = self.list()
        if found and clock.now() - found[0].taken_at < max_age:
            return None
        return backup.create_backup(self.db, reason="daily", keep=keep)

    @property
    def folder(self) -> Path:
        """Where the backups of this database are kept."""
        return backup.backup_dir(self.db.path)

    def list(self) -> list[BackupInfo]:
        """Newest first."""
        return self.kept(self.db.path)

    @staticmethod
    def kept(db_path: Path) -> builtins.list[BackupInfo]:  # in this class, list is the method above
        """The backups of the database at ``db_path``, newest first: their names say when, so no key
        is needed (the command line lists them without unlocking)."""
        return backup.list_backups(db_path)

    def verify(self, path: Path) -> int:
        """The number of people in a sound backup; a ``StorageError`` sentence otherwise."""
        return backup.verify_backup(path, self.db.key)

    def restore(self, chosen: Path | None, *, release: Callable[[], None] | None = None
                ) -> tuple[BackupInfo, Path | None]:
        """Put a backup (``None``: the newest) in the database's place, the current file set aside.
        ``release`` lets go of readers the caller holds; ``db`` reopens on its next use (same key)."""
        if release is not None:
            release()
        self.db.close()
        return backup.restore_backup(self.db.path, chosen, self.db.key)
