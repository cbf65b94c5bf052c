"""The service directory. The façade is ``Directory``.

    facade        Directory: search, freshness, availability and who a closure affects, unmet needs
    filters       what a search may be narrowed by
    attention     services that need a look (closed, full, not checked lately)
    edit          checking and writing one service from the editor
    feed_import   Open Referral readings applied in one transaction
    export        the directory as HSDS 3.0 UK
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.directory.facade import Directory

__all__ = ["Directory"]


def __getattr__(name: str) -> Any:
    if name == "Directory":
        return import_module("app.services.directory.facade").Directory
    raise AttributeError(f"module 'app.services.directory' has no attribute {name!r}")
