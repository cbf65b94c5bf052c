"""What a reader hands to the importer: one ``ServiceRecord`` per service, in Linkwell's terms,
whatever the feed's generation or shape, plus the problems found on the way."""

from __future__ import annotations

import hashlib
import json
import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.i18n import translate


@dataclass(frozen=True)
class Problem:
    """A rejected record or a warning: the record's id (as the feed gave it), the field, a sentence.
    ``shown``: how a record without an id is named to a person ("record 3" in the chosen language),
    where ``id`` keeps the English for JSON."""

    id: str
    field: str
    message: str
    shown: str = dataclasses.field(default="", compare=False, repr=False)

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "field": self.field, "message": self.message}

    def __str__(self) -> str:
        where = " ".join(p for p in (self.shown or self.id, self.field) if p)
        return f"{where}: {self.message}" if where else self.message


class Notes:
    """Collects the warnings about one record (or the document, with id "")."""

    def __init__(self, record_id: str, into: list[Problem]) -> None:
        self.id = record_id
        self._into = into

    def warn(self, field: str, message: str) -> None:
        self._into.append(Problem(self.id, field, message))

    def at(self, prefix: str) -> Notes:
        """Notes whose fields are prefixed, e.g. ``organization.email``."""
        return _Prefixed(self, prefix)


class _Prefixed(Notes):
    def __init__(self, parent: Notes, prefix: str) -> None:
        self.id = parent.id
        self._parent, self._prefix = parent, prefix

    def warn(self, field: str, message: str) -> None:
        self._parent.warn(f"{self._prefix}.{field}" if field else self._prefix, message)


@dataclass
class OrganisationRecord:
    source_id: str | None
    name: str
    description: str = ""
    email: str = ""
    url: str = ""
    phone: str = ""
    charity_number: str = ""
    informal: bool = False

    def key(self) -> str:
        """How this organisation is known within one feed: its id, else its name."""
        return self.source_id or f"name:{self.name.casefold()}"


@dataclass
class LocationRecord:
    source_id: str | None
    name: str = ""
    address: str = ""
    city: str = ""
    postcode: str = ""
    latitude: float | None = None
    longitude: float | None = None
    how_to_get_there: str = ""

    def key(self) -> str:
        return self.source_id or f"at:{self.name.casefold()}|{self.address.casefold()}|{self.postcode}"


@dataclass
class ScheduleRecord:
    byday: str = ""
    opens_at: str = ""
    closes_at: str = ""
    freq: str = "WEEKLY"
    description: str = ""


@dataclass
class TermRecord:
    vocabulary: str
    code: str
    name: str


@dataclass
class ServiceRecord:
    """``fields`` holds only what the feed speaks to: a Linkwell-only field it does not mention (say,
    capacity) is left as the team set it. Verification is applied only if newer than the local one."""

    source_id: str
    fields: dict[str, Any]
    verified_on: date | None = None
    verified_by: str = ""
    organisation: OrganisationRecord | None = None
    locations: list[LocationRecord] = field(default_factory=list)
    schedules: list[ScheduleRecord] = field(default_factory=list)
    terms: list[TermRecord] = field(default_factory=list)

    def fingerprint(self) -> str:
        """A hash of everything the import would write, ids left out: equal means nothing to do."""
        body = [
            self.fields, str(self.verified_on), self.verified_by,
            _without_id(self.organisation) if self.organisation else None,
            [_without_id(loc) for loc in self.locations],
            [vars(s) for s in self.schedules], [vars(t) for t in self.terms],
        ]
        encoded = json.dumps(body, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(encoded.encode()).hexdigest()


def _without_id(record: Any) -> dict[str, Any]:
    return {k: v for k, v in vars(record).items() if k != "source_id"}


def unnamed(position: int, field_name: str, message: str) -> Problem:
    """A problem with the record at ``position`` (from 1), which has no usable id."""
    return Problem(f"record {position}", field_name, message,
                   shown=translate("directory", "record {position}").format(position=position))
