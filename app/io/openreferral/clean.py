"""Turning a feed's loose values into Linkwell's: each cleaner returns the value to keep (or None)
and tells ``Notes`` what it had to drop or change, so that a bad field is a warning, never a crash."""

from __future__ import annotations

import re
from datetime import date, datetime
from html import unescape
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from app.i18n import translate
from app.io.openreferral.records import Notes
from app.plain_text import HIDDEN, printable

_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[A-Za-z]{2,}$")
_HOST = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")
_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
_POSTCODE = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_UNTIDY = re.compile(r"[\n\t\r\f\v]|  ")
# Anything ``tidy`` would change besides the ends: a hidden character (``printable``) or untidy spacing
_NOT_TIDY = re.compile(f"[{HIDDEN}\n\t]|  ")
_DAY_SEPARATORS = re.compile(r"[,\s]+")
_ORDINAL = re.compile(r"^[+-]?\d+")
_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_NAMES = {name: code for code, name in zip(
    DAYS, ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), strict=True)}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def strip_html(value: str) -> str:
    parser = _TextOnly()
    parser.feed(value)
    parser.close()
    return tidy("".join(parser.parts))


def tidy(value: str) -> str:
    """No control or bidi characters (terminal escapes included); runs of spaces become one; blank lines
    at most one; no spaces at line ends. Every text a feed gives passes through here."""
    if not _NOT_TIDY.search(value):
        return value.strip()  # the usual case, quickly
    value = printable(value)
    if not _UNTIDY.search(value):
        return value.strip()
    lines = [_SPACES.sub(" ", line).strip() for line in value.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def text(value: Any, notes: Notes, field: str, *, html: bool = False) -> str:
    """A string field: None is empty; numbers become text; HTML (where allowed) is reduced to text."""
    if value is None:
        return ""
    if type(value) is str and not html:
        return tidy(value)  # the usual case, quickly
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        notes.warn(field, _not_text(value))
        return ""
    value = str(value)
    if html and _TAG.search(value):
        notes.warn(field, translate("directory", "held HTML; only its text was kept"))
        return strip_html(value)
    return tidy(unescape(value) if html else value)


def url(value: Any, notes: Notes, field: str) -> str:
    raw = text(value, notes, field)
    if not raw:
        return ""
    try:
        parts = urlsplit(raw if "://" in raw else f"https://{raw}")
        host = parts.hostname or ""
    except ValueError:  # e.g. an unclosed [ of an IPv6 address
        parts, host = urlsplit(""), ""
    if parts.scheme not in ("http", "https") or not (_HOST.match(host) or host == "localhost") or " " in raw:
        notes.warn(field, translate("directory", "{value} is not a web address; it was left out").format(value=repr(raw)))
        return ""
    if "://" not in raw:
        notes.warn(field, translate("directory", "{value} had no https:// in front; it was added").format(value=repr(raw)))
        return f"https://{raw}"
    return raw


def email(value: Any, notes: Notes, field: str) -> str:
    raw = text(value, notes, field)
    if raw.lower().startswith("mailto:"):
        raw = raw[7:]
    if raw and not _EMAIL.match(raw):
        notes.warn(field, translate("directory", "{value} is not an email address; it was left out").format(value=repr(raw)))
        return ""
    return raw


def day(value: Any, notes: Notes, field: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    notes.warn(field, translate("directory", "{value} is not a date (YYYY-MM-DD); it was left out").format(value=_show(value)))
    return None


def moment(value: Any) -> datetime | None:
    """A feed timestamp (``last_modified``), or None; never a warning: it is only used to compare."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def age(value: Any, notes: Notes, field: str) -> int | None:
    if value in (None, ""):
        return None
    number = _number(value)
    if number is None or number != int(number) or not 0 <= number <= 130:
        notes.warn(field, translate("directory", "{value} is not an age in years; it was left out").format(value=_show(value)))
        return None
    return int(number)


def coordinates(lat: Any, lon: Any, notes: Notes, field: str) -> tuple[float | None, float | None]:
    """Both or neither: a latitude outside ±90, a longitude outside ±180, or 0,0 drops the pair."""
    if lat in (None, "") and lon in (None, ""):
        return None, None
    la, lo = _number(lat), _number(lon)
    if la is None or lo is None or not (-90 <= la <= 90 and -180 <= lo <= 180) or (la == 0 and lo == 0):
        notes.warn(field, translate("directory", "latitude {lat}, longitude {lon} is not a place on Earth; "
                                    "the coordinates were left out").format(lat=_show(lat), lon=_show(lon)))
        return None, None
    return la, lo


def clock(value: Any, notes: Notes, field: str) -> str:
    """``10:00:00`` or ``9.30`` → ``10:00``, ``09:30``."""
    if value in (None, ""):
        return ""
    found = _TIME.match(value.strip()) if isinstance(value, str) else None
    if found and int(found[1]) < 24 and int(found[2]) < 60:
        return f"{int(found[1]):02d}:{found[2]}"
    notes.warn(field, translate("directory", "{value} is not a time of day; it was left out").format(value=_show(value)))
    return ""


def byday(value: Any, notes: Notes, field: str) -> str:
    """``TH,FR`` or ``Thursday`` → ``TH,FR`` / ``TH``; unknown days are dropped with a warning."""
    if value in (None, ""):
        return ""
    if not isinstance(value, str):
        notes.warn(field, translate("directory", "{value} is not a list of days; it was left out").format(value=_show(value)))
        return ""
    days = []
    for token in _DAY_SEPARATORS.split(value.strip()):
        code = weekday(token)
        if code is None and token:
            notes.warn(field, translate("directory", "{value} is not a day of the week; it was left out").format(
                value=repr(token)))
        elif code and code not in days:
            days.append(code)
    return ",".join(sorted(days, key=DAYS.index))


def weekday(value: Any) -> str | None:
    """``MO``, ``Monday``, ``mon``, ``1`` (Monday) … → ``MO``; anything else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 1 <= value <= 7:
        return DAYS[value - 1]
    if not isinstance(value, str):
        return None
    token = _ORDINAL.sub("", value.strip()).lower()  # RFC 5545 "1MO" (first Monday) → MO
    if token.upper() in DAYS:
        return token.upper()
    if token.isdigit() and 1 <= int(token) <= 7:
        return DAYS[int(token) - 1]
    for name, code in _DAY_NAMES.items():
        if len(token) >= 3 and name.startswith(token):
            return code
    return None


def postcode(value: Any, notes: Notes, field: str) -> str:
    raw = text(value, notes, field).upper()
    compact = raw.replace(" ", "")
    found = _POSTCODE.match(compact)
    if found:
        return f"{found[1]} {found[2]}"
    if raw:
        notes.warn(field, translate("directory", "{value} is not a UK postcode; it was kept as written").format(value=repr(raw)))
    return raw


def district(postcode_text: str) -> str:
    """The outward half of a UK postcode (``LS6 1AA`` → ``LS6``), or "" if it is not one."""
    found = _POSTCODE.match(postcode_text.upper().replace(" ", ""))
    return found[1] if found else ""


def number(value: Any) -> float | None:
    return _number(value)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if value == value and abs(value) != float("inf") else None
    if isinstance(value, str):
        try:
            found = float(value.strip())
        except ValueError:
            return None
        return found if found == found and abs(found) != float("inf") else None
    return None


def _not_text(value: Any) -> str:
    """The warning for a field that should be text, by what it is instead."""
    if isinstance(value, bool):
        return translate("directory", "is true/false, not text; it was left out")
    if isinstance(value, dict):
        return translate("directory", "is an object, not text; it was left out")
    if isinstance(value, list):
        return translate("directory", "is a list, not text; it was left out")
    return translate("directory", "is {kind}, not text; it was left out").format(kind=type(value).__name__)


def _show(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."
