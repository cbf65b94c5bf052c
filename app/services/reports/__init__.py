"""The commissioner report and the dashboard. The façade is ``Reports``.

    facade    Reports: build a report for a period and practices, export it (PDF, CSV), the dashboard
    scope     what a report covers, and the referrals in it
    figures   the report's tables of exact figures
    rows      one pseudonymised row per referral, for the CSV
    people    the people behind a figure, and the practices to choose from
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.reports.facade import Reports

__all__ = ["Reports"]


def __getattr__(name: str) -> Any:
    if name == "Reports":
        return import_module("app.services.reports.facade").Reports
    raise AttributeError(f"module 'app.services.reports' has no attribute {name!r}")
