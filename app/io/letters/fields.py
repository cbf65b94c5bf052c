"""The fields a letter or summary template may use: one dataclass per group.

These classes are the contract with ``resources/templates/``: a template names a field as
``group.field`` (``person.name``) and the template checker reads the names and types from here.
``resources/templates/README.md`` documents every one (a test keeps the two in step).
Values are already limited to what the person agreed to share: the letters service leaves a field
empty rather than trusting a template to hide it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


@dataclass(frozen=True)
class LetterheadFields:
    name: str = ""
    address: str = ""  # several lines
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PersonFields:
    name: str = ""  # given and family name
    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""  # what they like to be called; their given name when none is recorded
    nhs_number: str = ""  # as 943 476 5919
    date_of_birth: date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""  # several lines, with the postcode
    communication_needs: str = ""
    # A young person's letters go to them, their parent or guardian, or both, by the worker's choice:
    addressed_to: str = ""  # the name line(s) of the address: the person's name, else their guardian's
    salutation: str = ""  # after "Dear": their preferred name, the guardian's name, or both
    age_band: str = ""  # "Under 16" or "16 to 17" for a young person, else empty
    guardians: str = ""  # a young person's parents or guardians, one line each, with relationship
    safeguarding_flag: str = ""  # a sentence when a safeguarding concern is open (the GP summary's flag)
    safeguarding: str = ""  # the open concerns in words: only when the worker ticked them into this letter


@dataclass(frozen=True)
class WorkerFields:
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PracticeFields:
    name: str = ""
    address: str = ""
    phone: str = ""
    ods_code: str = ""


@dataclass(frozen=True)
class EpisodeFields:
    referral_date: date | None = None
    referral_source: str = ""  # its label, e.g. "GP"
    referrer_name: str = ""
    referrer_organisation: str = ""
    reasons: list[str] = field(default_factory=list)  # labels
    status: str = ""  # its label, e.g. "Plan agreed"
    offer_outcome: str = ""  # "accepted", "declined" or empty while undecided
    offer_date: date | None = None
    what_matters: str = ""
    strengths: str = ""
    next_contact_due: date | None = None
    closed_on: date | None = None
    closure_reason: str = ""  # its label


@dataclass(frozen=True)
class SessionFields:
    """When a service meets: one weekly rule."""

    when: str = ""  # the directory's own words if it has them, else days and times together
    days: str = ""  # "Tuesday", "Monday and Thursday"
    times: str = ""  # "10:00 to 12:00"


@dataclass(frozen=True)
class PlaceFields:
    name: str = ""
    address: str = ""  # several lines, with the postcode
    how_to_get_there: str = ""


@dataclass(frozen=True)
class ServiceFields:
    name: str = ""
    organisation: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    address: str = ""  # the first place's name and address, for the envelope
    description: str = ""
    cost: str = ""  # "Free", or the cost note
    sessions: list[SessionFields] = field(default_factory=list)
    places: list[PlaceFields] = field(default_factory=list)


@dataclass(frozen=True)
class ConnectionFields:
    service: ServiceFields = field(default_factory=ServiceFields)
    kind: str = ""  # "referral", "signpost", "accompanied visit"
    status: str = ""  # plain words, e.g. "accepted", "waiting for a reply"
    outcome: str = ""  # why it failed or was rejected, if it did
    note: str = ""
    started_on: date | None = None


@dataclass(frozen=True)
class ActionFields:
    text: str = ""
    owner: str = ""
    due_date: date | None = None
    done: bool = False


@dataclass(frozen=True)
class GoalFields:
    text: str = ""
    status: str = ""  # open, achieved, dropped
    target_date: date | None = None
    actions: list[ActionFields] = field(default_factory=list)


@dataclass(frozen=True)
class MeasureFields:
    instrument: str = ""
    timepoint: str = ""  # baseline, review, closure
    taken_on: date | None = None
    answers: str = ""  # "q1 4, q2 6, ..." each item on its own, never summed


@dataclass(frozen=True)
class CodeFields:
    """A SNOMED CT concept recorded with a status move."""

    date: date | None = None
    id: str = ""
    term: str = ""  # the term with its semantic tag, e.g. "Social prescribing declined (situation)"


@dataclass(frozen=True)
class ReferralContext:
    """``referral``: a letter to a community service."""

    letterhead: LetterheadFields
    today: date
    person: PersonFields
    worker: WorkerFields
    episode: EpisodeFields
    service: ServiceFields
    connection: ConnectionFields
    note: str = ""  # what the service is asked to do (the connection's note)


@dataclass(frozen=True)
class PlanContext:
    """``plan`` and ``plan-easy-read``: "My plan", for the person."""

    letterhead: LetterheadFields
    today: date
    person: PersonFields
    worker: WorkerFields
    episode: EpisodeFields
    goals: list[GoalFields] = field(default_factory=list)
    connections: list[ConnectionFields] = field(default_factory=list)  # the live ones only


@dataclass(frozen=True)
class GpContext:
    """``gp-letter`` and ``gp-summary``: the message back to the GP and the referrer.

    When ``shares_detail`` is false every detail field is empty; only identifiers, dates and codes remain.
    """

    letterhead: LetterheadFields
    today: date
    shares_detail: bool
    person: PersonFields
    worker: WorkerFields
    practice: PracticeFields
    episode: EpisodeFields
    codes: list[CodeFields] = field(default_factory=list)
    goals: list[GoalFields] = field(default_factory=list)
    connections: list[ConnectionFields] = field(default_factory=list)  # all of them, with outcomes
    measures: list[MeasureFields] = field(default_factory=list)


@dataclass(frozen=True)
class OutreachContext:
    """``outreach``: a letter to everyone on an outreach list, with support near them."""

    letterhead: LetterheadFields
    today: date
    person: PersonFields
    worker: WorkerFields
    services: list[ServiceFields] = field(default_factory=list)  # open, with room, near them
    note: str = ""  # a paragraph the sender added for this list


@dataclass(frozen=True)
class PausedContext:
    """``paused``: to someone waiting to start at a service that has paused ("Your group is paused")."""

    letterhead: LetterheadFields
    today: date
    person: PersonFields
    worker: WorkerFields
    service: ServiceFields
    connection: ConnectionFields


# Which context each shipped template is written against.
TEMPLATE_CONTEXTS: dict[str, type[DataclassInstance]] = {
    "referral": ReferralContext,
    "plan": PlanContext,
    "plan-easy-read": PlanContext,
    "gp-letter": GpContext,
    "gp-summary": GpContext,
    "outreach": OutreachContext,
    "paused": PausedContext,
}
