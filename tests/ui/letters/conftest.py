"""Letters in the window: a person with a full journey (consent, plan, a connection), a PDF reader."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.app.services.test_letters import NOTE, Journey, make_journey

__all__ = ["NOTE", "Journey", "make_journey", "pdf_pages", "pdf_text"]


def pdf_text(path: Path) -> str:
    """The words in reading order, whitespace collapsed."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(re.sub("[☺♥★⌂☀⚑➜✉☎]", " ", text).split())


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
