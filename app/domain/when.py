"""A date and time typed the way people say them: "20/11 14:30", "today 2pm", "yesterday 9.15",
"20-Nov-2026 10:00", "14:30" (today) or "now".

One field that Tab leaves in one step, instead of a spin box with five sections. A date without a year
is the latest one not in the future (a contact is recorded after it happened); a date without a time
keeps the time already there. Times are local wall-clock times, as the person sees them.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP, translate

MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                      "nov", "dec"), start=1)}
WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "heddiw": 0, "ddoe": -1, "doe": -1, "yfory": 1}
NOW = ("now", "nawr", "rŵan")
HELP = QT_TRANSLATE_NOOP("caseload", "Type a date and time such as 20/11/2026 14:30, 20/11 2pm, today 14:30 or yesterday 9am.")


def help_text() -> str:
    """How to type a date and time, in the chosen language (Welsh words are understood too)."""
    return translate("caseload", HELP)

_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$|^(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NAMED = re.compile(r"^(\d{1,2})[\s-]*([a-z]{3})[a-z]*\.?(?:[\s-]*(\d{2}|\d{4}))?$")


def format_when(value: datetime) -> str:
    """How the field shows a value, and how it is typed back: 20/11/2026 14:30."""
    return value.strftime("%d/%m/%Y %H:%M")


def say_when(value: datetime) -> str:
    """The value in words under the field: Fri 20-Nov-2026 14:30."""
    return value.strftime("%a %d-%b-%Y %H:%M")


def parse_when(text: str, *, now: datetime, keep: datetime | None = None) -> datetime:
    """The moment ``text`` names, as a naive local datetime; ``now`` is the local time now, ``keep`` the
    value already in the field (its time is kept when only a date is typed)."""
    words = text.strip().lower().replace(",", " ").split()
    if len(words) == 1 and words[0] in NOW:
        return now.replace(second=0, microsecond=0)
    for split in range(len(words), -1, -1):  # the longest date first: "20 nov 2026" before "20 nov"
        day_words, time_words = " ".join(words[:split]), " ".join(words[split:])
        day = _day(day_words, now.date()) if day_words else (now.date() if time_words else None)
        at = _time(time_words) if time_words else (keep or now).time().replace(second=0, microsecond=0)
        if day is not None and at is not None:
            return datetime.combine(day, at)
    if not words:
        raise InvalidInput(translate("caseload", "Say when. {help}").format(help=help_text()))
    raise InvalidInput(translate("caseload", "{strip} is not a date and time Linkwell understands. {help}").format(strip=repr(text.strip()), help=HELP))


def _time(text: str) -> time | None:
    found = _TIME.match(text.strip())
    if not found:
        return None
    hours, minutes, half, compact_h, compact_m = found.groups()
    if compact_h is not None:
        hours, minutes = compact_h, compact_m
    h, m = int(hours), int(minutes or 0)
    if half:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if half == "pm" else 0)
    if h > 23 or m > 59:
        return None
    return time(h, m)


def _day(text: str, today: date) -> date | None:
    text = text.strip()
    if text in WORDS:
        return today + timedelta(days=WORDS[text])
    try:
        if found := _ISO.match(text):
            return date(*(int(part) for part in found.groups()))
        if found := _NUMERIC.match(text):
            d, m, y = found.groups()
            return _dated(int(d), int(m), y, today)
        if found := _NAMED.match(text):
            d, month, y = found.groups()
            if month[:3] not in MONTHS:
                return None
            return _dated(int(d), MONTHS[month[:3]], y, today)
    except ValueError:  # 31/02 and the like
        return None
    return None


def _dated(d: int, m: int, year: str | None, today: date) -> date:
    if year is None:
        candidate = date(today.year, m, d)
        return candidate if candidate <= today else date(today.year - 1, m, d)
    y = int(year)
    return date(2000 + y if y < 100 else y, m, d)
