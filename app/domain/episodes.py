"""One person's journey: referral in, status history, contacts, plan, connections, measures, needs."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from app.domain.base import Record, utcnow
from app.domain.status import ConnectionStatus, EpisodeStatus


class Episode(Record, table=True):
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    worker_id: uuid.UUID | None = Field(default=None, foreign_key="worker.id", index=True)
    referral_date: date = Field(index=True)
    referral_source: str  # a code from resources/referral_sources.json; "self" for self-referral
    referrer_name: str = ""
    referrer_organisation: str = ""
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    consent_to_contact: bool = True
    urgency: str = "routine"  # routine, soon, urgent
    status: str = Field(default=EpisodeStatus.REFERRED.value, index=True)
    status_changed_at: datetime = Field(default_factory=utcnow)
    next_contact_due: date | None = Field(default=None, index=True)
    what_matters: str = ""
    strengths: str = ""
    closure_reason: str | None = None
    closed_at: datetime | None = None


class EpisodeStatusChange(Record, table=True):
    """Every transition of an episode, with when and who."""

    episode_id: uuid.UUID = Field(foreign_key="episode.id", index=True, ondelete="CASCADE")
    from_status: str | None = None
    to_status: str
    changed_at: datetime = Field(default_factory=utcnow)
    worker_id: uuid.UUID | None = Field(default=None, foreign_key="worker.id")
    snomed_concept: str | None = None  # the code recorded with this move, if any
    note: str = ""


class Contact(Record, table=True):
    """Append-only: an edit adds a row that supersedes the earlier one, which is kept."""

    episode_id: uuid.UUID = Field(foreign_key="episode.id", index=True, ondelete="CASCADE")
    kind: str  # face_to_face, phone, video, home_visit, waiting_room, message, other
    contact_at: datetime
    duration_minutes: int = 0
    notes: str = ""
    worker_id: uuid.UUID | None = Field(default=None, foreign_key="worker.id")
    supersedes_id: uuid.UUID | None = Field(default=None, foreign_key="contact.id", index=True)
    deleted_at: datetime | None = None  # soft delete: hidden, kept, and undoable


class PlanGoal(Record, table=True):
    episode_id: uuid.UUID = Field(foreign_key="episode.id", index=True, ondelete="CASCADE")
    text: str  # in the person's own words
    status: str = "open"  # open, achieved, dropped
    target_date: date | None = None


class PlanAction(Record, table=True):
    goal_id: uuid.UUID = Field(foreign_key="plangoal.id", index=True, ondelete="CASCADE")
    text: str
    owner: str = ""  # the person, the link worker, a named service
    due_date: date | None = None
    done_at: datetime | None = None


class Connection(Record, table=True):
    """An episode linked to a directory service: signposted or referred."""

    episode_id: uuid.UUID = Field(foreign_key="episode.id", index=True, ondelete="CASCADE")
    service_id: uuid.UUID = Field(foreign_key="service.id", index=True)
    kind: str = "refer"  # signpost, refer, accompany
    status: str = Field(default=ConnectionStatus.DRAFT.value, index=True)
    status_changed_at: datetime = Field(default_factory=utcnow)
    outcome_reason: str | None = None
    note: str = ""
    deleted_at: datetime | None = None  # soft delete: hidden, kept, and undoable


class ConnectionStatusChange(Record, table=True):
    connection_id: uuid.UUID = Field(foreign_key="connection.id", index=True, ondelete="CASCADE")
    from_status: str | None = None
    to_status: str
    changed_at: datetime = Field(default_factory=utcnow)
    outcome_reason: str | None = None


class MeasureResponse(Record, table=True):
    episode_id: uuid.UUID = Field(foreign_key="episode.id", index=True, ondelete="CASCADE")
    instrument: str  # an id from resources/instruments/, e.g. ons4, ucla3
    timepoint: str  # baseline, review, closure
    taken_at: datetime = Field(default_factory=utcnow)
    answers: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class UnmetNeed(Record, table=True):
    category: str = Field(index=True)
    area: str = ""
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    worker_id: uuid.UUID | None = Field(default=None, foreign_key="worker.id")
    recorded_on: date
    note: str = ""
