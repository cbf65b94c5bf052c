"""Errors of directory import, as sentences a link worker can act on."""

from __future__ import annotations

from app.errors import LinkwellError


class ImportCancelled(LinkwellError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; the directory is as it was before.")
