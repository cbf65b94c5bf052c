"""The audit trail: who viewed, changed, exported, printed, imported or erased what, and when.

Events are append-only and chained: each event's hash covers its own fields and the hash before it,
and the newest hash is kept in the ``setting`` table too. So an altered event breaks its hash, a removed
event breaks the chain, and a removed newest event no longer matches the kept head.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from app.domain.audit import AuditEvent
from app.domain.base import utcnow
from app.domain.settings import Setting
from app.io.csv_cells import safe_row
from app.io.files import write_atomically
from app.storage.database import Database

ACTIONS = ("view", "create", "edit", "export", "print", "import", "erase")
_HEAD_KEY = "audit_head"
EXPORT_COLUMNS = ("seq", "at", "actor", "action", "person_id", "detail", "device_id", "hash")


def _event_hash(event: AuditEvent) -> str:
    body = json.dumps(
        [event.seq, event.at.isoformat(), event.actor, event.action,
         str(event.person_id) if event.person_id else None, event.detail, event.device_id, event.prev_hash],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(
    session: Session, *, actor: str, action: str, person_id: str | uuid.UUID | None = None, detail: str = ""
) -> AuditEvent:
    """Append one event inside the caller's transaction (so it lands with the change it records)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    last = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(1)).first()
    event = AuditEvent(
        seq=(last.seq + 1) if last else 1,
        at=utcnow(),
        actor=actor,
        action=action,
        person_id=uuid.UUID(str(person_id)) if person_id else None,
        detail=detail,
        prev_hash=last.hash if last else "",
    )
    event.hash = _event_hash(event)
    session.add(event)
    head = session.get(Setting, _HEAD_KEY) or Setting(key=_HEAD_KEY)
    head.value = json.dumps({"seq": event.seq, "hash": event.hash})
    session.add(head)
    return event


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
                query = query.where(AuditEvent.person_id == uuid.UUID(person_id))
            return list(session.exec(query))

    def verify(self) -> Verification:
        problems: list[str] = []
        events = self.events()
        prev_hash, expected_seq = "", 1
        for event in events:
            if event.seq != expected_seq:
                problems.append(f"Events {expected_seq} to {event.seq - 1} are missing.")
            if event.prev_hash != prev_hash:
                problems.append(f"Event {event.seq} does not follow the event before it (one was removed or altered).")
            if _event_hash(event) != event.hash:
                problems.append(f"Event {event.seq} ({event.action} at {event.at:%d-%b-%Y %H:%M}) has been altered.")
            prev_hash, expected_seq = event.hash, event.seq + 1
        head = self.db.read_setting(_HEAD_KEY)
        if head:
            kept = json.loads(head)
            if not events or kept["seq"] != events[-1].seq or kept["hash"] != events[-1].hash:
                problems.append(f"The newest events after event {events[-1].seq if events else 0} were removed "
                                f"(the trail should end at event {kept['seq']}).")
        elif events:
            problems.append("The record of the newest audit event is missing.")
        return Verification(events=len(events), problems=problems)

    def export_csv(self, *, person_id: str | None = None) -> str:
        """The trail as CSV text."""
        return _csv_text(self.events(person_id=person_id))

    def write_csv(self, path: Path, *, person_id: str | None = None) -> int:
        """Save the trail as a CSV file (owner-only, whole or not at all); the number of events written."""
        events = self.events(person_id=person_id)
        write_atomically(Path(path), _csv_text(events).encode("utf-8"))
        return len(events)

    @staticmethod
    def as_rows(events: list[AuditEvent]) -> list[dict[str, Any]]:
        return [{"seq": e.seq, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                 "person_id": str(e.person_id) if e.person_id else None, "detail": e.detail} for e in events]
