"""Bulk inserts through SQLAlchemy Core skip the ORM's defaults; this gives them back."""

from __future__ import annotations

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
