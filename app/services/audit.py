"""The audit trail: who viewed, changed, exported, printed, imported or erased what, and when.

Events are append-only and chained: each event's hash covers its own fields and the hash before it,
and the newest hash is kept in the ``setting`` table and, out of SQL's reach, in a file beside the
database (``app.storage.audit_anchor``). So an altered event breaks its hash, a removed event breaks the
chain, and a trail cut back or wiped no longer holds the anchored event.

An event about a person is hashed by their pseudonym and a seal (an HMAC of its number, the person's id
and its detail under the person's own secret) instead of the id and detail themselves. Erasure clears
the id, replaces the detail with ``ERASED_DETAIL`` and deletes the secret: every hash still holds, and
nothing left can say, or test a guess at, whom the event was about. Verification checks each seal while
the person is on record, and that an event no longer naming anyone belongs to a recorded erasure (or
says it was erased on another laptop of the team, whose erase event is in that laptop's trail).
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event as orm_event
from sqlmodel import Session, col, select

from app.domain.audit import AuditEvent, AuditSubject
from app.domain.base import utcnow
from app.domain.settings import Setting
from app.io.csv_cells import safe_row
from app.io.files import write_atomically
from app.errors import StorageError
from app.storage import audit_anchor
from app.storage.database import Database

if TYPE_CHECKING:
    from app.services.audit_words import AuditLine

ACTIONS = ("view", "create", "edit", "export", "print", "import", "erase")
_HEAD_KEY = "audit_head"
_UPGRADE_PROBLEMS_KEY = "audit_problems_before_reseal"  # written by migration 0009 if the old trail was broken
ERASED_DETAIL = "about a person since erased"
ERASED_ELSEWHERE = "about a person erased on another laptop of the team"  # by a tombstone team sync pulled
EXPORT_COLUMNS = ("seq", "at", "actor", "action", "person_id", "detail", "device_id", "hash")


def _event_hash(event: AuditEvent) -> str:
    who: str | None = str(event.person_id) if event.person_id else None
    what = event.detail
    if event.subject:  # about a person: whom and what are in the seal, so erasure can clear them
        who, what = f"subject:{event.subject}", f"seal:{event.seal}"
    body = json.dumps(
        [event.seq, event.at.isoformat(), event.actor, event.action, who, what, event.device_id, event.prev_hash],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def seal(secret: str, seq: int, person_id: uuid.UUID, detail: str) -> str:
    message = json.dumps([seq, str(person_id), detail], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(bytes.fromhex(secret), message.encode("utf-8"), hashlib.sha256).hexdigest()


def _subject(session: Session, person_id: uuid.UUID) -> AuditSubject:
    found = session.get(AuditSubject, person_id)
    if found is None:
        found = AuditSubject(person_id=person_id, pseudonym=secrets.token_hex(16), secret=secrets.token_hex(32))
        session.add(found)
    return found


def record(
    session: Session, *, actor: str, action: str, person_id: str | uuid.UUID | None = None, detail: str = "",
    at: datetime | None = None,
) -> AuditEvent:
    """Append one event inside the caller's transaction (so it lands with the change it records); ``at``
    only for the demo's story, told as it happened."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    last = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(1)).first()
    event = AuditEvent(
        seq=(last.seq + 1) if last else 1,
        at=at or utcnow(),
        actor=actor,
        action=action,
        person_id=uuid.UUID(str(person_id)) if person_id else None,
        detail=detail,
        prev_hash=last.hash if last else "",
    )
    if event.person_id is not None:
        subject = _subject(session, event.person_id)
        event.subject, event.seal = subject.pseudonym, seal(subject.secret, event.seq, event.person_id, detail)
    event.hash = _event_hash(event)
    session.add(event)
    head = session.get(Setting, _HEAD_KEY) or Setting(key=_HEAD_KEY)
    head.value = json.dumps({"seq": event.seq, "hash": event.hash})
    session.add(head)
    _anchor_when_committed(session, event)
    return event


def _anchor_when_committed(session: Session, event: AuditEvent) -> None:
    """Move the anchor file on to this event once the transaction holding it has committed."""
    db = session.info.get("database")
    if db is None:
        return
    if not session.info.get("audit_anchor_listening"):
        session.info["audit_anchor_listening"] = True
        orm_event.listen(session, "after_commit", _advance_anchor)
    session.info["audit_anchor"] = (db.path, event.seq, event.hash)


def _advance_anchor(session: Session) -> None:
    kept = session.info.pop("audit_anchor", None)
    if kept is not None:
        audit_anchor.advance(*kept)


@dataclass(frozen=True)
class Verification:
    events: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _csv_text(events: list[AuditEvent]) -> str:
    """One row per event; a cell a spreadsheet would run as a formula (an actor such as "=HYPERLINK(…)",
    taken from the login name) is disarmed."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    for e in events:
        writer.writerow(safe_row([e.seq, e.at.isoformat(), e.actor, e.action, e.person_id or "", e.detail,
                                  e.device_id, e.hash]))
    return out.getvalue()


class Audit:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, *, actor: str, action: str, person_id: str | None = None, detail: str = "") -> None:
        with self.db.session() as session:
            record(session, actor=actor, action=action, person_id=person_id, detail=detail)

    def events(self, *, person_id: str | None = None) -> list[AuditEvent]:
        with self.db.session() as session:
            query = select(AuditEvent).order_by(col(AuditEvent.seq))
            if person_id:
                query = query.where(col(AuditEvent.person_id).in_(_with_merged(session, uuid.UUID(person_id))))
            return list(session.exec(query))

    def lines(self, *, who: str = "", action: str | None = None) -> list[AuditLine]:
        """The trail as sentences, newest first: names, not ids (``app.services.audit_words``).
        ``who``: a person's name (any part, any case, accents optional) or NHS number; ``action``: one
        of ``ACTIONS``."""
        from app.services.audit_words import search

        events = [e for e in self.events() if action is None or e.action == action]
        events.reverse()
        con = self.db.connect()
        try:
            return search(con, events, who)
        finally:
            con.close()

    def verify(self) -> Verification:
        problems: list[str] = []
        events = self.events()
        with self.db.session() as session:
            living = {s.person_id: s for s in session.exec(select(AuditSubject))}
        on_record = {s.pseudonym for s in living.values()}
        erased = {e.subject for e in events if e.action == "erase" and e.subject}
        prev_hash, expected_seq = "", 1
        for event in events:
            if event.seq != expected_seq:
                problems.append(f"Events {expected_seq} to {event.seq - 1} are missing.")
            if event.prev_hash != prev_hash:
                problems.append(f"Event {event.seq} does not follow the event before it (one was removed or altered).")
            if _event_hash(event) != event.hash or _whom_altered(event, living, on_record):
                problems.append(f"Event {event.seq} ({event.action} at {event.at:%d-%b-%Y %H:%M}) has been altered.")
            elif event.subject and event.person_id is None and event.detail == ERASED_DETAIL \
                    and event.subject not in erased:
                problems.append(f"Event {event.seq} ({event.action} at {event.at:%d-%b-%Y %H:%M}) no longer names "
                                "the person it is about, but no erasure of them is recorded.")
            prev_hash, expected_seq = event.hash, event.seq + 1
        head = self.db.read_setting(_HEAD_KEY)
        if head:
            kept = json.loads(head)
            if not events or kept["seq"] != events[-1].seq or kept["hash"] != events[-1].hash:
                problems.append(f"The newest events after event {events[-1].seq if events else 0} were removed "
                                f"(the trail should end at event {kept['seq']}).")
        elif events:
            problems.append("The record of the newest audit event is missing.")
        return Verification(events=len(events), problems=problems + self._outside_problems(events))

    def _outside_problems(self, events: list[AuditEvent]) -> list[str]:
        """What the anchor file says against the trail, and what was wrong before an upgrade sealed it again."""
        problems = [f"Before the trail was sealed again on upgrade: {p}"
                    for p in json.loads(self.db.read_setting(_UPGRADE_PROBLEMS_KEY) or "[]")]
        try:
            anchor = audit_anchor.read(self.db.path)
        except StorageError as exc:
            return [*problems, str(exc)]
        if anchor is not None and anchor.seq > 0:
            held = next((e for e in events if e.seq == anchor.seq), None)
            if held is None or held.hash != anchor.hash:
                name = audit_anchor.anchor_path(self.db.path).name
                problems.append(f"The trail was cut back or replaced: the file {name} beside the database says it "
                                f"held event {anchor.seq}, and the database no longer holds that event as it was.")
        return problems

    def export_csv(self, *, person_id: str | None = None) -> str:
        """The trail as CSV text."""
        return _csv_text(self.events(person_id=person_id))

    def write_csv(self, path: Path, *, person_id: str | None = None, who: str = "") -> int:
        """Save the trail as a CSV file (owner-only, whole or not at all); the number of events written.
        ``who``: only the events about people of that name or NHS number (as ``lines``)."""
        events = self.events(person_id=person_id)
        if who.strip():
            wanted = {line.seq for line in self.lines(who=who)}
            events = [e for e in events if e.seq in wanted]
        write_atomically(Path(path), _csv_text(events).encode("utf-8"))
        return len(events)

    @staticmethod
    def as_rows(events: list[AuditEvent]) -> list[dict[str, Any]]:
        return [{"seq": e.seq, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                 "person_id": str(e.person_id) if e.person_id else None, "detail": e.detail} for e in events]


def _with_merged(session: Session, person_id: uuid.UUID) -> set[uuid.UUID]:
    """A person and every record merged into them (``person.merged_into``), whose events are theirs too."""
    from app.domain.people import Person

    found, todo = {person_id}, [person_id]
    while todo:
        merged = set(session.exec(select(Person.id).where(col(Person.merged_into).in_(todo)))) - found
        found |= merged
        todo = list(merged)
    return found


def _whom_altered(event: AuditEvent, living: dict[uuid.UUID, AuditSubject], on_record: set[str]) -> bool:
    """An event's person or detail changed outside its hash: its seal, or its place as erased, no longer holds."""
    if not event.subject:
        return bool(event.seal)
    if event.person_id is None:  # erased: nothing of whom is left, and its pseudonym is no one's on record
        return event.detail not in (ERASED_DETAIL, ERASED_ELSEWHERE) or event.subject in on_record
    subject = living.get(event.person_id)
    return (subject is None or subject.pseudonym != event.subject
            or not hmac.compare_digest(seal(subject.secret, event.seq, event.person_id, event.detail), event.seal))
