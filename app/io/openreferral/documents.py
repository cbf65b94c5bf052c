"""Telling what a document is: an HSDS 3 page (``contents``/``total_items``), an ORUK v1 page
(``content``/``totalElements``), a bare list, one service, or NDJSON, and checking its envelope."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from app.errors import InvalidInput
from app.io.openreferral.records import Problem
from app.i18n import translate

V1, HSDS3 = "v1", "hsds3"


@dataclass
class Document:
    """Raw service objects in feed order, each with its generation (None: decide per record)."""

    label: str
    records: list[tuple[str | None, Any]] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    complete: bool = True  # the whole feed, so services missing from it may be flagged

    def warn(self, field_name: str, message: str) -> None:
        self.warnings.append(Problem("", field_name, message))


def parse_text(text: str, name: str, *, feed: bool = False) -> Any:
    """JSON, or NDJSON (one service per line) as a list; anything else is one clear sentence
    (``feed``: ``name`` is the address of a feed)."""
    try:
        return json.loads(text)
    except RecursionError:
        said = (translate("directory", "The feed at {name} is nested too deeply to be a directory; nothing was imported.")
                if feed else
                translate("directory", "{name} is nested too deeply to be a directory; nothing was imported."))
        raise InvalidInput(said.format(name=name)) from None
    except json.JSONDecodeError as error:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 1:
            try:
                return [json.loads(line) for line in lines]
            except (json.JSONDecodeError, RecursionError):
                pass
        said = (translate("directory", "The feed at {name} is not valid JSON ({msg} at line {lineno}, column {colno}); "
                          "nothing was imported.") if feed else
                translate("directory", "{name} is not valid JSON ({msg} at line {lineno}, column {colno}); nothing was imported."))
        raise InvalidInput(said.format(name=name, msg=error.msg, lineno=error.lineno, colno=error.colno)) from None


def from_json(value: Any, label: str, *, whole_feed: bool = True) -> Document:
    """Sort a parsed document into records. ``whole_feed`` False: a page fetched as part of a feed."""
    doc = Document(label)
    if isinstance(value, list):
        doc.records = [(None, item) for item in value]
    elif isinstance(value, dict) and isinstance(value.get("contents"), list):
        doc.records = [(HSDS3, item) for item in value["contents"]]
        if whole_feed:
            check_envelope(doc, value, HSDS3, len(value["contents"]))
    elif isinstance(value, dict) and isinstance(value.get("content"), list):
        doc.records = [(V1, item) for item in value["content"]]
        if whole_feed:
            check_envelope(doc, value, V1, len(value["content"]))
    elif isinstance(value, dict) and ("contents" in value or "content" in value):
        doc.warn("contents", translate("directory", "the page has no list of services; nothing was found in it"))
        doc.complete = False
    elif isinstance(value, dict) and "id" in value:
        doc.records = [(None, value)]
        doc.complete = False  # one service says nothing about the others
    else:
        raise InvalidInput(
            translate("directory", "{label} does not look like an Open Referral directory (a page of services, a list of services or one service); nothing was imported.").format(label=label)
        )
    return doc


_ENVELOPES = {
    HSDS3: ("total_items", "total_pages", "page_number"),
    V1: ("totalElements", "totalPages", "number"),
}


def envelope(value: dict[str, Any], generation: str) -> tuple[int | None, int | None, int | None]:
    """(total services, total pages, this page) as the envelope states them, None where it does not."""
    return tuple(_count(value.get(key)) for key in _ENVELOPES[generation])  # type: ignore[return-value]


def check_envelope(doc: Document, value: dict[str, Any], generation: str, found: int) -> None:
    total, pages, page = envelope(value, generation)
    total_key = _ENVELOPES[generation][0]
    if pages is not None and pages > 1:
        doc.complete = False
        doc.warn(_ENVELOPES[generation][1],
                 translate("directory", "this file is page {page} of {pages}; services on other pages were not "
                           "imported, and none were flagged as gone from the feed").format(
                     page=page if page is not None else "?", pages=pages))
    elif total is not None and total != found:
        said = (translate("directory", "the envelope says {total} service but the document holds {found}") if total == 1
                else translate("directory", "the envelope says {total} services but the document holds {found}"))
        doc.warn(total_key, said.format(total=total, found=found))
    elif total is None and total_key in value:
        doc.warn(total_key, translate("directory", "{value} is not a count; it was ignored").format(value=repr(value[total_key])))


def _count(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        return None
    return int(value) if value == int(value) else None
