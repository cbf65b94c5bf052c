"""Making user text safe to print: one place for every value that reaches a letter or a summary."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from xml.sax.saxutils import escape

# C0/C1 controls except newline, lone surrogates, and noncharacters: none can be printed or encoded.
_UNPRINTABLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# Plain-text forms for pasting into a GP record: no smart quotes, no tabs, no exotic spaces or dashes.
_PLAIN = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2026": "...", "\t": " ", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2007": " ", "\u2009": " ",
    "\u200a": " ", "\u202f": " ", "\u3000": " ", "\u2028": "\n", "\u2029": "\n",
    "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "",
})


def clean(text: str) -> str:
    """NFC-normalised text with line breaks as ``\\n`` and nothing that cannot be printed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return unicodedata.normalize("NFC", _UNPRINTABLE.sub("", text))


def plain(text: str) -> str:
    """``clean`` text made safe to paste into EMIS Web, SystmOne or Vision."""
    return clean(text.translate(_PLAIN))


def markup(text: str) -> str:
    """``clean`` text escaped for reportlab's paragraph markup, line breaks kept."""
    return escape(clean(text)).replace("\n", "<br/>")


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # English whatever the locale


def long_date(value: date) -> str:
    """For letters: ``22 November 2026``."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def gp_date(value: date) -> str:
    """For the GP record: ``22-Nov-2026``."""
    return f"{value.day:02d}-{_MONTHS[value.month - 1][:3]}-{value.year}"


def as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
