"""The sync state in words, for the status bar: pure, so it is tested without a window."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.i18n import translate

NOT_REACHABLE = "Hub not reachable: working offline"  # the English source; the window shows not_reachable()


def not_reachable() -> str:
    return translate("sync.words", "Hub not reachable: working offline")


def _month(month: int) -> str:
    return (translate("sync.words", "January"), translate("sync.words", "February"),
            translate("sync.words", "March"), translate("sync.words", "April"), translate("sync.words", "May"),
            translate("sync.words", "June"), translate("sync.words", "July"), translate("sync.words", "August"),
            translate("sync.words", "September"), translate("sync.words", "October"),
            translate("sync.words", "November"), translate("sync.words", "December"))[month - 1]


def synced(then: datetime, now: datetime) -> str:
    """"Synced 2 minutes ago": each way of saying it a whole sentence (Welsh counts differently)."""
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return translate("sync.words", "Synced just now")
    if seconds < 3600:
        minutes = seconds // 60
        return (translate("sync.words", "Synced 1 minute ago") if minutes == 1 else
                translate("sync.words", "Synced {count} minutes ago").format(count=minutes))
    if seconds < 86400:
        hours = seconds // 3600
        return (translate("sync.words", "Synced 1 hour ago") if hours == 1 else
                translate("sync.words", "Synced {count} hours ago").format(count=hours))
    return translate("sync.words", "Synced on {day} {month}").format(day=then.day, month=_month(then.month))


def _waiting(pending: int) -> str:
    return (translate("sync.words", "1 change waiting") if pending == 1 else
            translate("sync.words", "{count} changes waiting").format(count=pending))


def describe(state: dict[str, Any] | None, now: datetime, *, syncing: bool = False,
             problem: str | None = None) -> str:
    """``state`` as ``core.sync.status()`` gives it; ``problem`` the last sync's failure in words, if it failed.
    An empty string when this database has not joined a hub (nothing to say). The parts are whole phrases,
    joined by semicolons."""
    if not state or not state.get("hub"):
        return ""
    pending = state.get("pending") or 0
    if syncing:
        parts = [translate("sync.words", "Syncing…")]
    elif problem:
        parts = [problem]
    elif pending:
        parts = [_waiting(pending)]
    elif state.get("last_synced"):
        parts = [synced(datetime.fromisoformat(state["last_synced"]), now)]
    else:
        parts = [translate("sync.words", "Not synced yet")]
    if problem and pending and not syncing:
        parts.append(_waiting(pending))
    waiting = state.get("conflicts") or 0
    if waiting:
        parts.append(translate("sync.words", "1 conflict to settle") if waiting == 1 else
                     translate("sync.words", "{count} conflicts to settle").format(count=waiting))
    return "; ".join(parts)
