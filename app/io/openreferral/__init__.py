"""Open Referral UK: reading ORUK v1 and HSDS 3.0 (UK profile) directories, writing HSDS 3.0.

``read(source)`` takes a file (JSON: a page, a list or one service; NDJSON; a CSV datapackage folder
or .zip) or a feed URL, and gives a ``Reading``: one ``ServiceRecord`` per service, the records
rejected for breaking a required rule, and warnings, each naming the record and the field. Reading
never touches the database; ``app.services.directory.feed_import`` applies a reading in one transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from app.errors import InvalidInput
from app.io.openreferral import csvpackage, feed, hsds3, v1
from app.io.openreferral.documents import HSDS3, V1, Document, from_json, parse_text
from app.io.openreferral.errors import ImportCancelled
from app.io.openreferral.limits import Allowance, Limits, TooLarge
from app.io.openreferral.records import Notes, Problem, ServiceRecord, unnamed
from app.i18n import translate

__all__ = ["ImportCancelled", "Limits", "Problem", "Reading", "ServiceRecord", "read", "read_document", "read_value"]

Progress = Callable[[int, int, str], "bool | None"]


@dataclass
class Reading:
    label: str  # the feed's name: its URL, or the file's name
    records: list[ServiceRecord] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    complete: bool = True  # the whole feed: services of this feed missing from it may be flagged
    seen_ids: set[str] = field(default_factory=set)  # every service id present, rejected ones too


def read(source: str | Path, *, modified_after: datetime | None = None,
         progress: Progress | None = None, limits: Limits | None = None) -> Reading:
    """``limits``: the most one import reads, and how long a feed may take (``Limits()`` by default)."""
    limits = limits or Limits()
    text_source = str(source)
    if feed.is_url(text_source):
        return read_document(feed.fetch(text_source, modified_after=modified_after, progress=progress,
                                        limits=limits))
    if modified_after is not None:
        raise InvalidInput(translate("directory", "--modified-after works only with a feed URL, not a file."))
    path = Path(source)
    if not path.exists():
        raise InvalidInput(translate("directory", "There is no file or folder at {path}; nothing was imported.").format(path=path))
    if csvpackage.is_package(path):
        return read_document(csvpackage.read_package(path, limits))
    try:
        if path.is_file() and path.stat().st_size > limits.max_bytes:
            raise TooLarge("file", path, limits.max_bytes)
        with path.open("rb") as handle:  # read in chunks: a device or a growing file has no size to trust
            raw = Allowance(limits).read(handle, "file", path)
    except OSError as error:
        raise InvalidInput(translate("directory", "{path} cannot be read ({strerror}); nothing was imported.").format(path=path, strerror=error.strerror)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(translate("directory", "{name} is not UTF-8 text; nothing was imported.").format(name=path.name)) from None
    del raw
    return read_value(parse_text(text, path.name), path.name)


def read_value(value: Any, label: str) -> Reading:
    """A parsed JSON document (or a list of NDJSON lines) → a ``Reading``."""
    return read_document(from_json(value, label))


def read_document(doc: Document) -> Reading:
    """Records in feed order; of copies sharing an id, the last usable one (a later copy is the newer)."""
    reading = Reading(label=doc.label, warnings=list(doc.warnings), complete=doc.complete)
    described = _organisations_described(doc)
    found: dict[int, tuple[ServiceRecord | None, list[Problem], list[Problem]]] = {}
    kept: set[str] = set()
    for position in range(len(doc.records), 0, -1):  # the last first: copies before a kept one go unread
        generation, raw = doc.records[position - 1]
        rid = _raw_id(raw)
        if rid:
            reading.seen_ids.add(rid)
        if rid not in kept:
            found[position] = record, _, _ = _read_one(generation, raw, position, described)
            if record is not None:
                kept.add(record.source_id)
    for position in sorted(found):
        record, warnings, rejected = found[position]
        reading.records += [record] if record is not None else []
        reading.warnings += warnings
        reading.rejected += rejected
    for rid, count in Counter(_raw_id(raw) for _, raw in doc.records).items():
        if rid and count > 1:
            said = (translate("directory", "appears {count} times in this document; the last usable copy was imported, "
                              "as a later copy is the newer, and the rest were ignored")
                    if rid in kept else translate("directory", "appears {count} times in this document"))
            reading.warnings.append(Problem(rid, "id", said.format(count=count)))
    return reading


def _read_one(generation: str | None, raw: Any, position: int, described: dict[str, tuple[str | None, Any]]
              ) -> tuple[ServiceRecord | None, list[Problem], list[Problem]]:
    """One service and its warnings and rejections; an organisation given only by id gets the one
    described elsewhere in the document."""
    warnings: list[Problem] = []
    rejected: list[Problem] = []
    if not isinstance(raw, dict):
        rejected.append(unnamed(position, "", translate("directory", "is not a service object; it was not imported")))
        return None, warnings, rejected
    record = _reader(generation, raw).read_service(raw, position, warnings, rejected)
    org = record.organisation if record is not None else None
    if record is not None and org is not None and not org.name and org.source_id in described:
        other_generation, other = described[org.source_id]
        record.organisation = _reader(other_generation, other).organisation(other, Notes(record.source_id, warnings))
    return record, warnings, rejected


def _reader(generation: str | None, raw: dict[str, Any]) -> ModuleType:
    return v1 if (generation or (V1 if v1.looks_like_v1(raw) else HSDS3)) == V1 else hsds3


def _organisations_described(doc: Document) -> dict[str, tuple[str | None, Any]]:
    """The service that last describes each organisation (with a name), by the organisation's id."""
    out: dict[str, tuple[str | None, Any]] = {}
    for generation, raw in doc.records:
        org = raw.get("organization") if isinstance(raw, dict) else None
        if isinstance(org, dict) and _raw_id(org) and isinstance(org.get("name"), str) and org["name"].strip():
            out[_raw_id(org)] = (generation, raw)
    return out


def _raw_id(raw: Any) -> str:
    if not isinstance(raw, dict):
        return ""
    value = raw.get("id")
    return str(value).strip() if isinstance(value, int | str) and not isinstance(value, bool) else ""
