"""Builds the person record's typed view (``app.domain.record.RecordView``) from the tables, in the
caller's session: the person, each referral oldest first with its steps, contacts (with every
version, deleted ones apart), connections (each with its service) and plan."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from collections.abc import Sequence

from sqlmodel import Session, col, select

from app.domain.audit import AuditEvent
from app.domain.models import (
    Connection,
    Contact,
    Episode,
    EpisodeStatusChange,
    Person,
    PlanAction,
    PlanGoal,
    Practice,
    Service,
)
from app.domain.record import (
    ActionView,
    ConnectionView,
    ContactView,
    EpisodeView,
    GoalView,
    GpRecordStep,
    PersonView,
    PlanView,
    RecordView,
    ServiceBrief,
    StatusStep,
)
from app.domain.status import EPISODE_LABELS, EpisodeStatus


def build_record(session: Session, person: Person) -> RecordView:
    practice = session.get(Practice, person.practice_id) if person.practice_id else None
    episodes = session.exec(
        select(Episode).where(Episode.person_id == person.id)
        .order_by(col(Episode.referral_date), col(Episode.created_at))
    ).all()
    connections = {e.id: session.exec(select(Connection).where(Connection.episode_id == e.id)
                                      .order_by(col(Connection.created_at))).all() for e in episodes}
    service_ids = {c.service_id for rows in connections.values() for c in rows}
    services = {s.id: ServiceBrief(id=str(s.id), name=s.name, status=s.status, capacity=s.capacity)
                for s in (session.exec(select(Service).where(col(Service.id).in_(service_ids))).all()
                          if service_ids else [])}
    moves = [(e.at, e.actor, e.detail) for e in session.exec(
        select(AuditEvent).where(AuditEvent.person_id == person.id)
        .where(col(AuditEvent.detail).like("referral moved to %") | col(AuditEvent.detail).like("added a referral%")))]
    return RecordView(
        person=PersonView(
            id=str(person.id), given_name=person.given_name, family_name=person.family_name,
            nhs_number=person.nhs_number, practice=practice.name if practice else None,
            date_of_birth=person.date_of_birth, phone=person.phone, email=person.email,
            postcode=person.postcode, communication_needs=person.communication_needs,
            consent_share_with_gp=person.consent_share_with_gp, risk_note=person.risk_note),
        episodes=tuple(_episode(session, e, connections[e.id], services, moves) for e in episodes),
    )


def _episode(session: Session, episode: Episode, connections: Sequence[Connection],
             services: dict[uuid.UUID, ServiceBrief], moves: list[tuple[datetime, str, str]]) -> EpisodeView:
    history = session.exec(select(EpisodeStatusChange).where(EpisodeStatusChange.episode_id == episode.id)
                           .order_by(col(EpisodeStatusChange.changed_at))).all()
    contacts = session.exec(select(Contact).where(Contact.episode_id == episode.id)
                            .order_by(col(Contact.contact_at), col(Contact.created_at))).all()
    superseded = {c.supersedes_id for c in contacts if c.supersedes_id}

    def contact(c: Contact) -> ContactView:
        return ContactView(id=str(c.id), kind=c.kind, at=c.contact_at, duration_minutes=c.duration_minutes,
                           notes=c.notes, supersedes=str(c.supersedes_id) if c.supersedes_id else None,
                           current=c.id not in superseded, deleted_at=c.deleted_at)

    def connection(c: Connection) -> ConnectionView:
        return ConnectionView(id=str(c.id), service_id=str(c.service_id), kind=c.kind, status=c.status,
                              outcome_reason=c.outcome_reason, deleted_at=c.deleted_at,
                              service=services.get(c.service_id))

    return EpisodeView(
        id=str(episode.id), referral_date=episode.referral_date, referral_source=episode.referral_source,
        referrer_name=episode.referrer_name, reasons=tuple(episode.reasons),
        consent_to_contact=episode.consent_to_contact, status=episode.status,
        status_label=EPISODE_LABELS[EpisodeStatus(episode.status)], closure_reason=episode.closure_reason,
        status_history=tuple(StatusStep(from_status=h.from_status, to_status=h.to_status, at=h.changed_at,
                                        snomed=h.snomed_concept, note=h.note, by=_by(h, moves)) for h in history),
        contacts=tuple(contact(c) for c in contacts if c.deleted_at is None),
        connections=tuple(connection(c) for c in connections if c.deleted_at is None),
        deleted_contacts=tuple(contact(c) for c in contacts if c.deleted_at is not None),
        deleted_connections=tuple(connection(c) for c in connections if c.deleted_at is not None),
        plan=_plan(session, episode),
        gp_record=_gp_record(session, episode),
    )


def _gp_record(session: Session, episode: Episode) -> tuple[GpRecordStep, ...]:
    from app.domain.gp_outbox import GpMessage, GpMessageEvent

    rows = session.exec(select(GpMessageEvent).join(GpMessage, col(GpMessage.id) == col(GpMessageEvent.message_id))
                        .where(GpMessage.episode_id == episode.id).order_by(col(GpMessageEvent.at))).all()
    return tuple(GpRecordStep(at=e.at, state=e.state, said=e.detail) for e in rows)


def _by(step: EpisodeStatusChange, moves: list[tuple[datetime, str, str]]) -> str:
    """Who made a move: the audit event that recorded it (the same move, within a minute)."""
    said = "added a referral" if step.from_status is None else f"referral moved to {step.to_status}"
    near = [(abs((_utc(at) - _utc(step.changed_at)).total_seconds()), actor) for at, actor, detail in moves
            if detail.startswith(said) and (step.from_status is not None or detail[len(said):len(said) + 2] == " (")]
    near = [n for n in near if n[0] <= 60]
    return min(near)[1] if near else ""


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _plan(session: Session, episode: Episode) -> PlanView:
    goals = session.exec(select(PlanGoal).where(PlanGoal.episode_id == episode.id)
                         .order_by(col(PlanGoal.created_at))).all()
    out = []
    for goal in goals:
        actions = session.exec(select(PlanAction).where(PlanAction.goal_id == goal.id)
                               .order_by(col(PlanAction.created_at))).all()
        out.append(GoalView(id=str(goal.id), text=goal.text, status=goal.status, target_date=goal.target_date,
                            actions=tuple(ActionView(id=str(a.id), text=a.text, owner=a.owner,
                                                     due_date=a.due_date, done=a.done_at is not None)
                                          for a in actions)))
    return PlanView(what_matters=episode.what_matters, strengths=episode.strengths, goals=tuple(out))


__all__ = ["build_record"]
