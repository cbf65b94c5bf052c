"""One translation function for every sentence a person reads: ``translate(context, text)``.

Source strings are English. In the window, ``ui/language.py`` hands the work to Qt's translators
(the ``.qm`` files built from ``resources/i18n/<language>/*.ts`` at set-up); without Qt (the command
line, letters made by the core) the same ``.ts`` files are read here. ``pyside6-lupdate`` finds each
call by its name, so context and text are literal strings, with values filled in afterwards::

    translate("core", "{count} people were merged.").format(count=n)

Words kept in a table at import time (a status's label, a reason) are marked where they are written
with ``QT_TRANSLATE_NOOP(context, text)``, which lupdate also finds, and translated when they are looked
up: ``Labels`` does that for a table of codes, and keeps the English for what is stored or exported.

Welsh is checked by ``tests/test_translations.py``: no unfinished entry, and every call has one.
"""

from __future__ import annotations

import json
from datetime import date, datetime
import xml.etree.ElementTree as ET
from collections.abc import Callable, Hashable, Iterator, Mapping
from functools import cache
from typing import TypeVar

from app.paths import resource, user_config_dir

LANGUAGES = {"en": "English", "cy": "Cymraeg"}
SOURCE_LANGUAGE = "en"

PREFERENCES = "preferences.json"

Backend = Callable[[str, str], str]
_state: dict[str, object] = {"language": SOURCE_LANGUAGE, "backend": None}


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language (itself where no translation exists)."""
    backend = _state["backend"]
    if callable(backend):
        return str(backend(context, text))
    language = str(_state["language"])
    if language == SOURCE_LANGUAGE:
        return text
    return catalogue(language).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as Qt names it: lupdate looks for this name
    """``text`` as it is: marks it for lupdate where it is written, for ``translate`` at the point of use."""
    return text


def english(context: str, text: str) -> str:
    """``text`` as written, whatever the language: passed as ``translate=english`` where the same words go
    into data (JSON, CSV, the audit trail) as well as before a person's eyes."""
    return text


K = TypeVar("K", bound=Hashable)


class Labels(Mapping[K, str]):
    """Code -> words a person reads, translated at each lookup (so after the language is chosen).

    ``english`` is the table as written: for what is stored, exported or printed as data, never translated.
    Each English text is marked with ``QT_TRANSLATE_NOOP`` under the same ``context``.
    """

    def __init__(self, context: str, english: Mapping[K, str]) -> None:
        self.context, self.english = context, dict(english)

    def __getitem__(self, code: K) -> str:
        return translate(self.context, self.english[code])

    def __iter__(self) -> Iterator[K]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)


def language() -> str:
    """The chosen language code: ``en`` or ``cy``."""
    return str(_state["language"])


def use_language(code: str, backend: Backend | None = None) -> None:
    """Choose the language; ``backend`` (Qt's ``QCoreApplication.translate``) replaces the ``.ts`` reader."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    _state["language"], _state["backend"] = code, backend


def saved_language() -> str:
    """The language this person chose last time (kept per user, outside any database)."""
    try:
        code = json.loads((user_config_dir() / PREFERENCES).read_text(encoding="utf-8")).get("language")
    except (OSError, ValueError, AttributeError):
        return SOURCE_LANGUAGE
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def save_language(code: str) -> None:
    """Keep the choice for the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    folder = user_config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PREFERENCES
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        kept = {}
    kept = kept if isinstance(kept, dict) else {}
    kept["language"] = code
    path.write_text(json.dumps(kept), encoding="utf-8")


def ts_files(code: str) -> list[str]:
    """The names of the ``.ts`` files for one language, sorted."""
    folder = resource("i18n", code)
    if not folder.is_dir():
        return []
    return sorted(item.name for item in folder.iterdir() if item.name.endswith(".ts"))


def compiled_files(code: str) -> list[str]:
    """The paths of the compiled ``.qm`` files for one language (made by ``make setup``), sorted."""
    folder = resource("i18n", code)
    if not folder.is_dir():
        return []
    return sorted(str(item) for item in folder.iterdir() if item.name.endswith(".qm"))


@cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, from every ``.ts`` file of one language."""
    found: dict[tuple[str, str], str] = {}
    for name in ts_files(code):
        root = ET.fromstring(resource("i18n", code, name).read_bytes())
        for context in root.iter("context"):
            context_name = context.findtext("name") or ""
            for message in context.iter("message"):
                done = message.find("translation")
                if done is None or done.get("type") in ("unfinished", "obsolete", "vanished") or not done.text:
                    continue
                found[(context_name, message.findtext("source") or "")] = done.text
    return found


# Months as the window shortens them (22-Tach-2026): English as strftime's C locale gives them.
SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "cy": ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"),
}


def short_date(value: date, *, time: bool = False, seconds: bool = False) -> str:
    """``22-Nov-2026`` (``22-Tach-2026`` in Welsh), with ``HH:MM`` (and ``:SS``) after it when asked."""
    said = f"{value.day:02d}-{SHORT_MONTHS[language()][value.month - 1]}-{value.year}"
    if time and isinstance(value, datetime):
        said += f" {value:%H:%M:%S}" if seconds else f" {value:%H:%M}"
    return said
