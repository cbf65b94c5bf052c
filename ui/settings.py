"""What the window reads of the settings (declared in ``app/settings.py``), at once, on the runner.

``LINKWELL_IDLE_SECONDS`` overrides the idle time (for the Xvfb screenshot and for demonstrations).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from app.core import BACKUPS_KEPT, LOCK_IDLE_MINUTES, Linkwell

IDLE_ENV = "LINKWELL_IDLE_SECONDS"


@dataclass(frozen=True)
class WindowSettings:
    idle_seconds: float
    backups_kept: int


def load(core: Linkwell) -> WindowSettings:
    """On the runner: every window setting at once."""
    idle = LOCK_IDLE_MINUTES.read(core.db) * 60.0
    override = os.environ.get(IDLE_ENV)
    if override:
        try:
            idle = max(0.1, float(override))
        except ValueError:
            pass
    return WindowSettings(idle_seconds=idle, backups_kept=BACKUPS_KEPT.read(core.db))
