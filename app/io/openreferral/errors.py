"""Errors of directory import, as sentences a link worker can act on."""

from __future__ import annotations

from app.errors import LinkwellError
from app.i18n import translate


class ImportCancelled(LinkwellError):
    def __init__(self) -> None:
        super().__init__(translate("directory", "The import was cancelled; the directory is as it was before."))
