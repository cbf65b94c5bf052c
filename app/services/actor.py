"""Who is working, for the audit trail. Its own module so that any service can name the actor without
importing the caseload façade (which itself reads plans and imports people: a loop otherwise)."""

from __future__ import annotations

import getpass

from app.settings import WORKER_NAME, SettingStore


def login_name() -> str:
    """The operating-system user: the last resort, before a worker has given their name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def default_actor(db: SettingStore | None = None) -> str:
    """Who is working: the worker's name set for this database (``worker.name``), else the login."""
    if db is not None:
        try:
            name = WORKER_NAME.read(db)
        except Exception:  # noqa: BLE001 - a database not yet set up (or locked) has no name to give
            name = ""
        if name:
            return name
    return login_name()
