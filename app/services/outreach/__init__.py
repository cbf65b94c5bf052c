"""Proactive outreach: lists of people a practice asked the team to contact (cohorts), and calling through
them. The façade is ``Outreach``.

    facade          Outreach: cohorts, the call worklist and its order, recording a call, progress
    cohort_import   a cohort from a GP system search export, matched to the caseload
    letters         a letter to everyone on a list, with support near them from the directory
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.outreach.facade import Outreach

__all__ = ["Outreach"]


def __getattr__(name: str) -> Any:
    if name == "Outreach":
        return import_module("app.services.outreach.facade").Outreach
    raise AttributeError(f"module 'app.services.outreach' has no attribute {name!r}")
