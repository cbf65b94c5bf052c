"""The person record as the person window reads it: frozen value types, built by the core
(``core.caseload.record``) and read by attribute in ui/.

``RecordView`` holds the person (``PersonView``) and each referral (``EpisodeView``) oldest first,
with its steps, contacts, connections (each with the service it is to) and plan. Deleted contacts and
connections are kept apart (``deleted_contacts``, ``deleted_connections``) so they can be shown and
restored. Nothing here touches the database; ``person show --json`` keeps its own dict shape."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class PersonView:
    id: str
    given_name: str
    family_name: str
    nhs_number: str | None
    practice: str | None
    date_of_birth: date | None
    phone: str
    email: str
    postcode: str
    communication_needs: str
    consent_share_with_gp: bool
    risk_note: str

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass(frozen=True)
class StatusStep:
    """One move of a referral's journey, with the SNOMED CT concept recorded with it."""

    from_status: str | None
    to_status: str
    at: datetime
    snomed: str | None
    note: str
    by: str = ""  # who made the move, from the audit trail ("" when it came from another laptop)


@dataclass(frozen=True)
class GpRecordStep:
    """A change of state of a message to the GP record (GP Connect over MESH) about this referral."""

    at: datetime
    state: str  # queued, sent, delivered, acknowledged, failed
    said: str  # what happened, in words


@dataclass(frozen=True)
class ContactView:
    """One version of a contact: ``supersedes`` names the version it corrected; ``current`` is False
    for a version a later correction replaced."""

    id: str
    kind: str
    at: datetime
    duration_minutes: int
    notes: str
    supersedes: str | None
    current: bool
    deleted_at: datetime | None


@dataclass(frozen=True)
class ServiceBrief:
    """The name, status and capacity of a service a person is connected to."""

    id: str
    name: str
    status: str
    capacity: str


@dataclass(frozen=True)
class ConnectionView:
    """A connection to a service; ``service`` is None when the service is no longer in the directory."""

    id: str
    service_id: str
    kind: str
    status: str
    outcome_reason: str | None
    deleted_at: datetime | None
    service: ServiceBrief | None


@dataclass(frozen=True)
class ActionView:
    id: str
    text: str
    owner: str
    due_date: date | None
    done: bool


@dataclass(frozen=True)
class GoalView:
    id: str
    text: str
    status: str
    target_date: date | None
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class PlanView:
    what_matters: str
    strengths: str
    goals: tuple[GoalView, ...]


EMPTY_PLAN = PlanView(what_matters="", strengths="", goals=())


@dataclass(frozen=True)
class EpisodeView:
    """One referral (episode) and everything recorded on it."""

    id: str
    referral_date: date
    referral_source: str
    referrer_name: str
    reasons: tuple[str, ...]
    consent_to_contact: bool
    status: str
    status_label: str
    closure_reason: str | None
    status_history: tuple[StatusStep, ...]
    contacts: tuple[ContactView, ...]
    connections: tuple[ConnectionView, ...]
    deleted_contacts: tuple[ContactView, ...]
    deleted_connections: tuple[ConnectionView, ...]
    plan: PlanView
    gp_record: tuple[GpRecordStep, ...] = ()  # messages to the GP record, each change of state

    def contact(self, contact_id: str) -> ContactView | None:
        return next((c for c in self.contacts if c.id == contact_id), None)


@dataclass(frozen=True)
class RecordView:
    """What the person window shows: the person, and each referral oldest first."""

    person: PersonView
    episodes: tuple[EpisodeView, ...]

    @property
    def id(self) -> str:
        return self.person.id

    @property
    def current_status(self) -> str | None:
        """The latest referral's status, or None with no referral."""
        return self.episodes[-1].status if self.episodes else None

    def episode(self, episode_id: str | None) -> EpisodeView | None:
        return next((e for e in self.episodes if e.id == episode_id), None)


__all__ = ["EMPTY_PLAN", "ActionView", "ConnectionView", "ContactView", "EpisodeView", "GoalView", "PersonView",
           "PlanView", "RecordView", "ServiceBrief", "StatusStep"]
