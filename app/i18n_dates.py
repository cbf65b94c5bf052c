"""Dates as a letter writes them, in English or Welsh, whatever the computer's locale.

``long_date(date(2026, 12, 5), "cy", weekday=True)`` is ``Dydd Sadwrn 5 Rhagfyr 2026``; in English,
``Saturday 5 December 2026``. Welsh words as in ``resources/i18n/glossary-cy.md``. Welsh writes the day
as a plain number ("5 Rhagfyr"), as NHS Wales letters do; no ordinals in either language.
"""

from __future__ import annotations

from datetime import date

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"),
}
WEEKDAYS = {  # Monday first, as date.weekday() counts
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "cy": ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"),
}


def long_date(value: date, language: str = "en", *, weekday: bool = False) -> str:
    """``5 December 2026`` / ``5 Rhagfyr 2026``; with ``weekday``, the day's name first."""
    if language not in MONTHS:
        raise ValueError(f"no dates in {language!r}; choose from {', '.join(MONTHS)}")
    said = f"{value.day} {MONTHS[language][value.month - 1]} {value.year}"
    return f"{WEEKDAYS[language][value.weekday()]} {said}" if weekday else said
