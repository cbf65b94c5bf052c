"""The one clock the core reads. Nothing else in Linkwell asks the system for the time.

Tests pin it (``pin``/``pinned``); a whole run is pinned from outside with ``LINKWELL_NOW`` (an ISO date or
time, read when a process starts), which moves every process of a run, command-line children included, to the
same moment, from which time then runs on as usual.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

_offset = timedelta()  # added to the system clock; a pinned clock stands still instead
_pinned: datetime | None = None


def now() -> datetime:
    """Now, timezone-aware, in UTC."""
    return _pinned if _pinned is not None else datetime.now(UTC) + _offset


def today() -> date:
    """Today's date where the user is."""
    return now().astimezone().date()


def _moment(when: date | datetime | str) -> datetime:
    if isinstance(when, str):
        when = datetime.fromisoformat(when)
    if not isinstance(when, datetime):  # a date: ten in the morning, local time
        when = datetime(when.year, when.month, when.day, 10)
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.now().astimezone().tzinfo)
    return when.astimezone(UTC)


def pin(when: date | datetime | str) -> None:
    """Stop the clock at ``when`` until ``unpin``."""
    global _pinned
    _pinned = _moment(when)


def unpin() -> None:
    global _pinned
    _pinned = None


@contextmanager
def pinned(when: date | datetime | str) -> Iterator[datetime]:
    """The clock stopped at ``when`` inside the block, as it was after it."""
    global _pinned
    before = _pinned
    _pinned = _moment(when)
    try:
        yield _pinned
    finally:
        _pinned = before


def _start_from_environment() -> None:
    global _offset
    start = os.environ.get("LINKWELL_NOW", "").strip()
    if start:
        _offset = _moment(start) - datetime.now(UTC)


_start_from_environment()
