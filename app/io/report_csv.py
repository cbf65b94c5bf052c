"""The report's one-row-per-referral CSV (columns: ``app.services.report_rows.COLUMNS``, documented
in docs/report-csv.md).

UTF-8 with a byte-order mark so that Excel reads accented names of practices and areas correctly;
text that Excel would take for a formula is prefixed with an apostrophe (``app.io.csv_cells``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.io.csv_cells import safe_row
from app.io.files import write_atomically


def csv_text(rows: Iterable[dict[str, Any]]) -> str:
    from app.services.report_rows import COLUMNS

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(safe_row(row[c] for c in COLUMNS))
    return out.getvalue()


def write_csv(rows: Iterable[dict[str, Any]], path: Path) -> Path:
    """Write atomically: a half-written file never replaces a good one."""
    return write_atomically(path, csv_text(rows).encode("utf-8-sig"))
