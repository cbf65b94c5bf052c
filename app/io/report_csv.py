"""The report's one-row-per-referral CSV (columns: ``app.services.report_rows.COLUMNS``, documented
in docs/report-csv.md).

UTF-8 with a byte-order mark so that Excel reads accented names of practices and areas correctly;
text that Excel would take for a formula is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_text(rows: Iterable[dict[str, Any]]) -> str:
    from app.services.report_rows import COLUMNS

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_safe(row[c]) for c in COLUMNS])
    return out.getvalue()


def write_csv(rows: Iterable[dict[str, Any]], path: Path) -> Path:
    """Write atomically: a half-written file never replaces a good one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            handle.write(csv_text(rows))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
