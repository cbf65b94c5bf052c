"""Who is working, for the audit trail. Its own module so that any service can name the actor without
importing the caseload façade (which itself reads plans and imports people: a loop otherwise)."""

from __future__ import annotations

import getpass


def default_actor() -> str:
    """Who is working, for the audit trail, until workers sign in: the operating-system user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
