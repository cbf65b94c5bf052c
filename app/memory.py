"""Handing memory a large build freed back to the operating system.

glibc keeps what a thread frees for that thread's next allocations, so after the dashboard at a PCN's
scale (about 50 MB of short-lived rows, read on the worker) the process would stay at its peak and the next
big piece of work (a person's record, with the ORM) would climb on top of it. ``malloc_trim`` returns the
free pages. Linux with glibc only; elsewhere, and wherever it is missing, this does nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim  # type: ignore[no-any-return]  # the C library already loaded
    except (OSError, AttributeError):  # musl has no malloc_trim
        return None


def release_freed_memory() -> None:
    """Give the pages freed since the last trim back to the operating system (a few milliseconds)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
