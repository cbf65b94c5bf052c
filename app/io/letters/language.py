"""Letters in English, Welsh or both (issue 17), as NHS Wales writes them.

A letter's language is one of ``CHOICES``: ``en``; ``cy`` (the Welsh template, ``NAME.cy.txt``, Welsh
words for coded values from ``wording.cy.json`` and Welsh dates); ``bilingual``, Welsh and English side by
side, Welsh on the left, paragraph beside paragraph (the default for both languages); or ``cy-first``, the
whole letter in Welsh and then in English from a new page. Each language's letter is made on its own from
its own template and then put together here (``combine``), so either half reads exactly as it would alone,
escaping included: nothing here parses text.

While a letter's fields are gathered, ``writing_in(language)`` says which language the words for coded
values (a reason, a status) are wanted in; ``said(table, code, english)`` gives them.
"""

from __future__ import annotations

import difflib
from dataclasses import replace
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache
from typing import Any

from app.i18n_dates import long_date
from app.io.letters.template import Block, Document, format_value
from app.paths import load_json_resource

CHOICES = ("en", "cy", "bilingual", "cy-first")
BILINGUAL = ("bilingual", "cy-first")
# Templates with no Welsh version: the GP summary is pasted into English GP systems (EMIS Web, SystmOne).
ENGLISH_ONLY = frozenset({"gp-summary"})
_HOISTED = frozenset({"letterhead", "address", "pagebreak"})  # printed once, across the page
_language: ContextVar[str] = ContextVar("letter_language", default="en")


def check(choice: str) -> str:
    if choice not in CHOICES:
        from app.errors import InvalidInput

        raise InvalidInput(f"{choice!r} is not a letter language; choose from {', '.join(CHOICES)}.")
    return choice


def languages(choice: str) -> tuple[str, ...]:
    """The templates' languages a choice needs, Welsh first."""
    return ("cy", "en") if check(choice) in BILINGUAL else (choice,)


@contextmanager
def writing_in(language: str) -> Iterator[None]:
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


def current() -> str:
    return _language.get()


@cache
def words(language: str) -> dict[str, Any]:
    """``wording.json``, with the language's own words (``wording.cy.json``) over it, key by key."""
    english = dict(load_json_resource("templates", "wording.json"))
    if language == "en":
        return english
    own = load_json_resource("templates", f"wording.{language}.json")
    return {**english, **{k: v for k, v in own.items() if not k.startswith("_")}}


def said(table: str, code: str, english: str) -> str:
    """A coded value's words in the letter's language: ``english`` in English, or where Welsh has none."""
    language = current()
    if language == "en":
        return english
    found = words(language).get(table, {})
    return str(found.get(code, found.get(english, english))) if isinstance(found, dict) else english


def value_format(language: str) -> Callable[[Any], str]:
    """How a field value prints in a letter in ``language`` (dates as 5 December 2026 / 5 Rhagfyr 2026)."""
    def date_format(value: date) -> str:
        return long_date(value, language)

    return lambda value: format_value(value, date_format)


def page_label(language: str) -> str:
    return str(words(language).get("page", "Page {number} of {total}"))


def phone_word(language: str) -> str:
    return str(words(language)["phone"]) if language != "en" else "Phone"


def combine(choice: str, documents: dict[str, Document]) -> Document:
    """One letter from each language's: as it is, side by side, or Welsh first."""
    if check(choice) not in BILINGUAL:
        return replace(documents[choice], page_label=page_label(choice))
    cy, en = documents["cy"], documents["en"]
    page = f"{page_label('cy')} / {page_label('en')}"
    title, running = _both(cy.title, en.title), _both(cy.running, en.running)
    footer = "\n".join(p for p in (cy.footer, en.footer) if p)
    if choice == "cy-first":
        rest = tuple(b for b in en.blocks if b.kind not in ("letterhead", "address"))
        return Document(cy.template, (*cy.blocks, Block("pagebreak"), *rest), title=title, running=running,
                        footer=footer, page_label=page)
    return Document(cy.template, _side_by_side(cy.blocks, en.blocks), title=title, running=running,
                    footer=footer, page_label=page)


def _both(welsh: str, english: str) -> str:
    return " / ".join(p for p in (welsh, english) if p) if welsh != english else welsh


def _side_by_side(left: tuple[Block, ...], right: tuple[Block, ...]) -> tuple[Block, ...]:
    """The letterhead and address once across the page (the Welsh letter's: its letterhead names the phone in
    both languages), then each Welsh block beside its English one. The two templates are written in step;
    where an organisation's edited copies differ, blocks are matched by kind and the rest stand alone."""
    out = [b for b in left if b.kind in ("letterhead", "address")]
    if not any(b.kind == "letterhead" for b in out):
        out = [b for b in right if b.kind == "letterhead"] + out
    cy = [b for b in left if b.kind not in _HOISTED]
    en = [b for b in right if b.kind not in _HOISTED]
    matcher = difflib.SequenceMatcher(a=[b.kind for b in cy], b=[b.kind for b in en], autojunk=False)
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(max(i2 - i1, j2 - j1)):
            welsh = (cy[i1 + k],) if i1 + k < i2 else ()
            english = (en[j1 + k],) if j1 + k < j2 else ()
            out.append(Block("pair", sides=(welsh, english)))
    return tuple(out)
