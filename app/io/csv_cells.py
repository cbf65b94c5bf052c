"""Cells for a CSV file that a spreadsheet will open: text that Excel or LibreOffice would take for a
formula (``=HYPERLINK(...)``, ``+``, ``-``, ``@``, or a tab or carriage return first) is prefixed with
an apostrophe, so it shows as the text it is and never runs. Every CSV Linkwell writes goes through here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


_STARTS = frozenset(_FORMULA_START)  # one character each


def safe_row(values: Iterable[Any]) -> list[Any]:
    """``safe_cell`` of each value, inline (a report's CSV has over a million cells)."""
    return ["'" + v if isinstance(v, str) and v[:1] in _STARTS else v for v in values]
