"""Window settings, declared once with their defaults and titles (after Picard's ``options.py``).

Values live in the database's ``setting`` table (``Database.read_setting/write_setting``), so they
travel with the caseload and its backups. Reading touches the database: call ``load`` on the runner.
``LINKWELL_IDLE_SECONDS`` overrides the idle time (for the Xvfb screenshot and for demonstrations).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from app.storage.database import Database

IDLE_ENV = "LINKWELL_IDLE_SECONDS"


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    title: str
    minimum: int = 1

    def read(self, db: Database) -> int:
        """The stored value, or the default when it is missing or not a sensible number."""
        raw = db.read_setting(self.key)
        try:
            value = int(raw) if raw is not None else self.default
        except ValueError:
            return self.default
        return value if value >= self.minimum else self.default

    def write(self, db: Database, value: int) -> None:
        if value < self.minimum:
            raise ValueError(f"{self.title} must be at least {self.minimum}.")
        db.write_setting(self.key, str(int(value)))


IDLE_MINUTES = IntSetting("ui.lock_idle_minutes", 5, "Lock the window after this many minutes without use")
BACKUPS_KEPT = IntSetting("backup.keep", 10, "Backups kept")
ALL = (IDLE_MINUTES, BACKUPS_KEPT)


@dataclass(frozen=True)
class WindowSettings:
    idle_seconds: float
    backups_kept: int


def load(db: Database) -> WindowSettings:
    """On the runner: every window setting at once."""
    idle = IDLE_MINUTES.read(db) * 60.0
    override = os.environ.get(IDLE_ENV)
    if override:
        try:
            idle = max(0.1, float(override))
        except ValueError:
            pass
    return WindowSettings(idle_seconds=idle, backups_kept=BACKUPS_KEPT.read(db))
