"""The report's one-row-per-referral CSV (its columns are given by the report, and documented in
docs/report-csv.md).

UTF-8 with a byte-order mark so that Excel reads accented names of practices and areas correctly;
text that Excel would take for a formula is prefixed with an apostrophe (``app.io.csv_cells``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.io.csv_cells import safe_row
from app.io.files import write_atomically


def csv_text(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(safe_row(row[c] for c in columns))
    return out.getvalue()


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], path: Path) -> Path:
    """Write atomically: a half-written file never replaces a good one."""
    return write_atomically(path, csv_text(rows, columns).encode("utf-8-sig"))
