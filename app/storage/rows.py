"""Bulk inserts through SQLAlchemy Core skip the ORM's defaults; this gives them back. And a bulk load
runs quicker with Python's cycle collector paused."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table


def row_defaults(table: Table) -> dict[str, Any]:
    """A new row's scalar column defaults, and None where nullable: what a bare model would hold."""
    out: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            out[column.name] = default.arg  # type: ignore[attr-defined]
        elif column.nullable:
            out[column.name] = None
    return out


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a bulk load (an import, the demo). Such a load makes millions of
    objects that all live until it ends, and the collector walked them again and again: a quarter of an
    Open Referral import's time. Reference counting still frees what is dropped; the collector runs
    again as soon as the load ends."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
