"""The sync state in words, for the status bar: pure, so it is tested without a window."""

from __future__ import annotations

from datetime import datetime
from typing import Any

NOT_REACHABLE = "Hub not reachable: working offline"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def ago(then: datetime, now: datetime) -> str:
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return _plural(seconds // 60, "minute", "minutes") + " ago"
    if seconds < 86400:
        return _plural(seconds // 3600, "hour", "hours") + " ago"
    return f"on {then.day} {then:%B}"


def describe(state: dict[str, Any] | None, now: datetime, *, syncing: bool = False,
             problem: str | None = None) -> str:
    """``state`` as ``core.sync.status()`` gives it; ``problem`` the last sync's failure in words, if it failed.
    An empty string when this database has not joined a hub (nothing to say)."""
    if not state or not state.get("hub"):
        return ""
    pending = state.get("pending") or 0
    if syncing:
        text = "Syncing…"
    elif problem:
        text = problem
    elif pending:
        text = _plural(pending, "change", "changes") + " waiting"
    elif state.get("last_synced"):
        text = "Synced " + ago(datetime.fromisoformat(state["last_synced"]), now)
    else:
        text = "Not synced yet"
    if problem and pending and not syncing:
        text += "; " + _plural(pending, "change", "changes") + " waiting"
    waiting = state.get("conflicts") or 0
    if waiting:
        text += "; " + _plural(waiting, "conflict", "conflicts") + " to settle"
    return text
