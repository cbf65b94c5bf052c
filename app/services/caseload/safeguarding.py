"""Safeguarding records (issue 16 item 3): a concern with its category, whom it was raised with (the
practice's safeguarding lead, the local authority…) and when, its status and a note. The wording of every
code is in ``resources/safeguarding.json``.

Reading the concerns themselves is audited every time ("viewed the safeguarding records"); whether a person
has an open concern (for the banner) says only that, and is not. Letters to services leave concerns out unless
the worker ticks them in (``Letters`` share item ``safeguarding``); the GP summary carries a flag.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from app import clock
from app.domain.models import Person
from app.domain.people import Safeguarding
from app.errors import InvalidInput, NotFound
from app.paths import load_json_resource
from app.services import audit
from app.services.actor import default_actor
from app.services.changes import Changes
from app.services.lookup import get_record
from app.storage.database import Database
from app.i18n import translate

OPEN = ("open", "monitoring")  # a concern still live: the banner shows


def wording() -> dict[str, Any]:
    return dict(load_json_resource("safeguarding.json"))


@dataclass(frozen=True)
class Concern:
    id: str
    category: str
    category_label: str
    raised_with: str
    raised_with_label: str
    raised_on: date | None
    status: str
    status_label: str
    note: str
    closed_on: date | None

    @property
    def live(self) -> bool:
        return self.status in OPEN

    @property
    def line(self) -> str:
        """One line in words: category, whom it was raised with and when, status."""
        raised = self.raised_with_label if self.raised_with == "not_raised" else (
            f"raised with {self.raised_with_label[0].lower()}{self.raised_with_label[1:]}"
            + (f" on {self.raised_on:%d-%b-%Y}" if self.raised_on else ""))
        return f"{self.category_label}: {raised}. {self.status_label}."


def concern_of(row: Safeguarding, words: dict[str, Any] | None = None) -> Concern:
    words = words or wording()
    return Concern(str(row.id), row.category, words["categories"].get(row.category, row.category), row.raised_with,
                   words["raised_with"].get(row.raised_with, row.raised_with), row.raised_on, row.status,
                   words["statuses"].get(row.status, row.status), row.note, row.closed_on)


def live_concerns(session: Session, person_id: uuid.UUID) -> list[Concern]:
    """For letters and the GP summary (their own audit event covers the reading)."""
    words = wording()
    rows = session.exec(select(Safeguarding).where(Safeguarding.person_id == person_id,
                                                   col(Safeguarding.status).in_(OPEN))
                        .order_by(col(Safeguarding.created_at))).all()
    return [concern_of(r, words) for r in rows]


def _checked(fields: dict[str, Any]) -> dict[str, Any]:
    words = wording()
    for key, table, what in (("category", "categories", "category"), ("raised_with", "raised_with", "place"),
                             ("status", "statuses", "status")):
        if key in fields and fields[key] not in words[table]:
            raise InvalidInput(translate("caseload", "{fields} is not a safeguarding {what} Linkwell knows; choose one from the list.").format(fields=repr(fields[key]), what=what))
    if fields.get("raised_on") and fields["raised_on"] > clock.today():
        raise InvalidInput(translate("caseload", "A concern cannot be raised on a day still to come."))
    return fields


class SafeguardingRecords:
    def __init__(self, db: Database, *, actor: str | None = None) -> None:
        self.db = db
        self.actor = actor or default_actor()

    def banner(self, person_id: str) -> str:
        """The banner's words when the person has a live concern (its categories only), else "". Not audited:
        it says no more than that a concern is open."""
        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            live = live_concerns(session, person.id)
        if not live:
            return ""
        kinds = ", ".join(dict.fromkeys(c.category_label for c in live))
        return f"{wording()['banner']}: {kinds}."

    def concerns(self, person_id: str, *, viewed_from: str = "the window") -> list[Concern]:
        """Every concern, newest first. Audited each time."""
        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            words = wording()
            rows = session.exec(select(Safeguarding).where(Safeguarding.person_id == person.id)
                                .order_by(col(Safeguarding.created_at).desc())).all()
            audit.record(session, actor=self.actor, action="view", person_id=person.id,
                         detail=f"viewed the safeguarding records in {viewed_from}")
            return [concern_of(r, words) for r in rows]

    def add(self, person_id: str, *, category: str, raised_with: str = "not_raised", raised_on: date | None = None,
            status: str = "open", note: str = "") -> Changes:
        fields = _checked({"category": category, "raised_with": raised_with, "raised_on": raised_on,
                           "status": status, "note": note.strip()})
        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            row = Safeguarding(person_id=person.id, **fields)
            if status == "closed":
                row.closed_on = clock.today()
            session.add(row)
            audit.record(session, actor=self.actor, action="create", person_id=person.id,
                         detail="added a safeguarding record")
        return Changes(person_ids=frozenset({person_id}), created_id=str(row.id))

    def update(self, concern_id: str, **fields: Any) -> Changes:
        allowed = {"category", "raised_with", "raised_on", "status", "note"}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidInput(translate("caseload", "A safeguarding record has no {join}.").format(join=', '.join(sorted(unknown))))
        fields = _checked(dict(fields))
        with self.db.session() as session:
            try:
                row = session.get(Safeguarding, uuid.UUID(str(concern_id)))
            except ValueError:
                row = None
            if row is None:
                raise NotFound(translate("caseload", "That safeguarding record is no longer there."))
            for key, value in fields.items():
                setattr(row, key, value.strip() if isinstance(value, str) and key == "note" else value)
            if "status" in fields:
                row.closed_on = clock.today() if fields["status"] == "closed" else None
            session.add(row)
            person_id = str(row.person_id)
            audit.record(session, actor=self.actor, action="edit", person_id=row.person_id,
                         detail="changed a safeguarding record")
        return Changes(person_ids=frozenset({person_id}))
