"""The person's rights: a subject access export of everything held about them, erasure, and the list
of closed referrals past the retention period.

Erasure removes the person and everything recorded on them (referrals, status history, contacts, plans,
connections, measures), their drafts and the notes of their unmet needs, which stay as anonymous counts
(``app.services.erasure``). The audit trail keeps its chain and says that an erasure happened, but no
longer whom it or any earlier event was about (``app.services.audit``).
Backups keep their copy until they age out (``app.storage.backup``, the newest N are kept).
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from app.domain.base import utcnow
from app.domain.models import (
    AuditEvent,
    Connection,
    ConnectionStatusChange,
    Contact,
    Episode,
    EpisodeStatusChange,
    MeasureResponse,
    Person,
    PlanAction,
    PlanGoal,
    Practice,
    Service,
    UnmetNeed,
)
from app.errors import NotFound
from app.io.files import private_folder, write_atomically
from app.services import audit
from app.services.caseload.facade import default_actor
from app.services.changes import Changes
from app.services.erasure import forget_beyond_their_record
from app.storage.database import Database
from app.i18n import translate

DEFAULT_RETENTION_YEARS = 8


def _rows(session: Session, model: type[SQLModel], *where: Any) -> list[dict[str, Any]]:
    return [row.model_dump(mode="json") for row in session.exec(select(model).where(*where))]


def _gp_record(session: Session, person_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    """Messages to the GP record (GP Connect over MESH) and each change of their state; the message itself
    is the GP letter already described, so its bytes are left out."""
    from app.domain.gp_outbox import GpMessage, GpMessageEvent

    messages = session.exec(select(GpMessage).where(GpMessage.person_id == person_id)).all()
    return {
        "gp_record_messages": [m.model_dump(mode="json", exclude={"payload"}) for m in messages],
        "gp_record_history": _rows(session, GpMessageEvent,
                                   col(GpMessageEvent.message_id).in_([m.id for m in messages])),
    }


class Privacy:
    def __init__(self, db: Database, *, actor: str | None = None) -> None:
        self.db = db
        self.actor = actor or default_actor(db)

    def _person(self, session: Session, person_id: str) -> Person:
        try:
            person = session.get(Person, uuid.UUID(person_id))
        except ValueError:
            person = None
        if person is None:
            raise NotFound(translate("storage", "There is no person with id {person_id}.").format(person_id=person_id))
        return person

    def subject_access(self, person_id: str) -> dict[str, Any]:
        """Everything held about one person, as plain JSON-ready data. The export is audited."""
        with self.db.session() as session:
            person = self._person(session, person_id)
            episode_ids = [e.id for e in session.exec(select(Episode).where(Episode.person_id == person.id))]
            goal_ids = [g.id for g in session.exec(select(PlanGoal).where(col(PlanGoal.episode_id).in_(episode_ids)))]
            connections = _rows(session, Connection, col(Connection.episode_id).in_(episode_ids))
            service_ids = {uuid.UUID(c["service_id"]) for c in connections}
            practice = session.get(Practice, person.practice_id) if person.practice_id else None
            from app.domain.people import Guardian, Safeguarding
            from app.services.audit import _with_merged

            whose = _with_merged(session, person.id)  # the records merged into theirs are theirs too
            export = {
                "format": "linkwell-subject-access-v1",
                "exported_at": utcnow().isoformat(),
                "person": person.model_dump(mode="json"),
                "practice": practice.model_dump(mode="json") if practice else None,
                "referrals": _rows(session, Episode, Episode.person_id == person.id),
                "status_history": _rows(session, EpisodeStatusChange,
                                        col(EpisodeStatusChange.episode_id).in_(episode_ids)),
                "contacts": _rows(session, Contact, col(Contact.episode_id).in_(episode_ids)),
                "plan_goals": _rows(session, PlanGoal, col(PlanGoal.episode_id).in_(episode_ids)),
                "plan_actions": _rows(session, PlanAction, col(PlanAction.goal_id).in_(goal_ids)),
                "connections": connections,
                "connection_history": _rows(
                    session, ConnectionStatusChange,
                    col(ConnectionStatusChange.connection_id).in_([uuid.UUID(c["id"]) for c in connections])),
                "services": _rows(session, Service, col(Service.id).in_(service_ids)),
                "measures": _rows(session, MeasureResponse, col(MeasureResponse.episode_id).in_(episode_ids)),
                "unmet_needs": _rows(session, UnmetNeed, UnmetNeed.person_id == person.id),
                "parents_and_guardians": _rows(session, Guardian, Guardian.person_id == person.id),
                "safeguarding": _rows(session, Safeguarding, Safeguarding.person_id == person.id),
                "records_merged_in": _rows(session, Person, col(Person.id).in_(whose - {person.id})),
                **_gp_record(session, person.id),
                "access_log": [{k: v for k, v in row.items() if k not in ("subject", "seal")}
                               for row in _rows(session, AuditEvent, col(AuditEvent.person_id).in_(whose))],
            }
            audit.record(session, actor=self.actor, action="export", person_id=person.id,
                         detail="subject access export")
        return export

    def export(self, person_id: str, folder: Path) -> tuple[Path, Path]:
        """Save the subject access export into ``folder`` (made owner-only if new): the JSON and, to read,
        a PDF. Both are drawn before either is written, and both are written or neither is."""
        from app.io.subject_access_pdf import render

        data = self.subject_access(person_id)
        text, readable = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"), render(data)
        target = private_folder(Path(folder)) / f"subject-access-{data['person']['id']}.json"
        write_atomically(target, text)
        try:
            write_atomically(target.with_suffix(".pdf"), readable)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target, target.with_suffix(".pdf")

    def erase(self, person_id: str) -> Changes:
        """Remove the person and everything recorded on them, overwriting the freed space."""
        with self.db.session() as session:
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            person = self._person(session, person_id)
            # Records merged into them (person.merged_into) hold their details too, and go with them.
            merged: list[Person] = []
            todo = [person.id]
            while todo:
                found = session.exec(select(Person).where(col(Person.merged_into).in_(todo))).all()
                merged += found
                todo = [p.id for p in found]
            for gone in [*merged, person]:
                audit.record(session, actor=self.actor, action="erase", person_id=gone.id,
                             detail="erased everything held about this person")  # while they have a pseudonym
                forget_beyond_their_record(session, gone)
                session.flush()
                session.delete(gone)  # referrals and all beneath them go by ON DELETE CASCADE, the trail by trigger
        con = self.db.connect()
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # old pages leave the WAL too
        finally:
            con.close()
        return Changes(person_ids=frozenset({person_id}), caseload=True)

    def past_retention(self, years: int = DEFAULT_RETENTION_YEARS) -> list[dict[str, Any]]:
        """Closed referrals whose closure is older than the retention period, oldest first, for review."""
        cutoff = utcnow() - timedelta(days=round(365.25 * years))
        with self.db.session() as session:
            found = session.exec(
                select(Episode, Person).join(Person, col(Person.id) == Episode.person_id)
                .where(Episode.status == "closed", col(Episode.closed_at) < cutoff)
                .order_by(col(Episode.closed_at))
            ).all()
            return [{"person_id": str(p.id), "name": f"{p.given_name} {p.family_name}",
                     "episode_id": str(e.id), "closed_at": e.closed_at.isoformat() if e.closed_at else None}
                    for e, p in found]
