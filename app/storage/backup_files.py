"""Where backups are kept and how they are named: ``<db name>-backups/linkwell-YYYYMMDD-HHMMSS-<reason>.db``.
Read without opening anything, so the database can point to its newest backup when it cannot open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

_PREFIX = "linkwell-"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int

    @property
    def label(self) -> str:
        return f"{self.taken_at:%d-%b-%Y %H:%M:%S} UTC ({self.reason}, {self.size // 1024} KB)"


def backup_dir(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}-backups")


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Newest first."""
    found = []
    for path in backup_dir(db_path).glob(f"{_PREFIX}*.db"):
        try:
            _, day, time, reason = path.stem.split("-", 3)
            taken = datetime.strptime(day + time, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupInfo(path, taken, reason, path.stat().st_size))
    # names carry whole seconds; two backups in one second are told apart by when each was written
    return sorted(found, key=lambda b: (b.taken_at, b.path.stat().st_mtime_ns), reverse=True)
