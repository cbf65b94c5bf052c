"""The report's one-row-per-referral CSV (its columns are given by the report, and documented in
docs/report-csv.md).

UTF-8 with a byte-order mark so that Excel reads accented names of practices and areas correctly;
text that Excel would take for a formula is prefixed with an apostrophe (``app.io.csv_cells``).
"""

from __future__ import annotations

import csv
import io
from operator import itemgetter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.io.csv_cells import safe_row
from app.io.files import atomic_path


def csv_text(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    out = io.StringIO()
    _write(out, rows, columns)
    return out.getvalue()


def _write(out: Any, rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    cells = itemgetter(*columns) if len(columns) > 1 else (lambda row: tuple(row[c] for c in columns))
    count = 0
    for row in rows:
        writer.writerow(safe_row(cells(row)))
        count += 1
    return count


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], path: Path) -> Path:
    """Write atomically: a half-written file never replaces a good one."""
    write_csv_counted(rows, columns, path)
    return Path(path)


def write_csv_counted(rows: Iterable[dict[str, Any]], columns: Sequence[str], path: Path) -> int:
    """``write_csv``, row by row as ``rows`` yields them (the file is never held whole in memory);
    returns how many rows went in, less the header."""
    with atomic_path(Path(path)) as partial, open(partial, "w", encoding="utf-8-sig", newline="") as handle:
        return _write(handle, rows, columns)
