"""The caseload: people, their referrals and everything done with them. The façade is ``Caseload``.

    facade          Caseload: people, referrals, status moves, contacts, connections (one transaction a call)
    listing         the caseload's ORM-free read path (the window's first paint)
    today           what needs doing today
    quick_find      find anyone as you type
    plans           what matters, goals and actions
    drafts          forms kept while they are typed
    matching        is this person already known?
    people_import   people and referrals from a spreadsheet, under the write lock

The façade is imported on first use, so the first paint (``listing``) never loads the ORM.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.caseload.facade import Caseload

__all__ = ["Caseload"]


def __getattr__(name: str) -> Any:
    if name == "Caseload":
        return import_module("app.services.caseload.facade").Caseload
    raise AttributeError(f"module 'app.services.caseload' has no attribute {name!r}")
