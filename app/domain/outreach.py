"""Proactive outreach: a cohort (a list a practice asked the team to contact), the people on it, and every
call made to them.

The people on a cohort are not referrals: they are held here, not as ``person`` rows, so they never show
on the caseload nor count in its figures. One already on the caseload is linked (``person_id``); one who
takes up support becomes a person with a referral (source "outreach") in one step, and is linked then.
Calls are append-only; the member row keeps the latest state for the worklist to sort on.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from app.domain.base import Record
from app.i18n import QT_TRANSLATE_NOOP, Labels

# What a call can come to, in the order the quick form offers them.
OUTCOMES = Labels("outreach", {
    "no_answer": QT_TRANSLATE_NOOP("outreach", "No answer"),
    "spoke": QT_TRANSLATE_NOOP("outreach", "Spoke to them"),
    "support_offered": QT_TRANSLATE_NOOP("outreach", "Support offered"),
    "referral_opened": QT_TRANSLATE_NOOP("outreach", "Referral opened"),
    "declined": QT_TRANSLATE_NOOP("outreach", "Declined"),
    "wrong_number": QT_TRANSLATE_NOOP("outreach", "Wrong number"),
    "died": QT_TRANSLATE_NOOP("outreach", "Died"),
    "moved": QT_TRANSLATE_NOOP("outreach", "Moved away"),
})
REACHED = frozenset({"spoke", "support_offered", "referral_opened", "declined"})
CLOSED = frozenset({"wrong_number", "died", "moved"})  # no more calls, never reached
# The member's state, for the worklist: never tried, to try again, reached, no more calls.
STATES = ("new", "retry", "reached", "closed")


def state_after(outcome: str) -> str:
    if outcome == "no_answer":
        return "retry"
    return "reached" if outcome in REACHED else "closed"


class Cohort(Record, table=True):
    name: str
    reason: str = ""  # why these people, in the practice's words ("told to shield", "over 75, living alone")
    owner: str = ""  # the worker who holds the list
    source: str = ""  # where the list came from, in words (a file's name, "the caseload")
    closed_at: datetime | None = None


class CohortMember(Record, table=True):
    cohort_id: uuid.UUID = Field(foreign_key="cohort.id", index=True, ondelete="CASCADE")
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True, ondelete="CASCADE")
    nhs_number: str | None = Field(default=None, max_length=10)
    given_name: str
    family_name: str
    date_of_birth: date | None = None
    phone: str = ""
    address: str = ""
    postcode: str = ""
    practice: str = ""  # as the list gave it
    assigned_to: str = ""  # the worker calling them, when a cohort is split
    state: str = Field(default="new", index=True)  # one of STATES
    last_outcome: str = ""  # a key of OUTCOMES
    attempts: int = 0  # calls made, answered or not
    last_attempt_at: datetime | None = None
    last_caller: str = ""
    retry_on: date | None = None  # after no answer: the day to try again
    needs: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))  # reason codes


class CohortCall(Record, table=True):
    """One call (or letter) and what came of it. Append-only."""

    member_id: uuid.UUID = Field(foreign_key="cohortmember.id", index=True, ondelete="CASCADE")
    outcome: str  # a key of OUTCOMES
    called_at: datetime
    caller: str = ""
    retry_on: date | None = None
    needs: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    service_id: uuid.UUID | None = Field(default=None, foreign_key="service.id", ondelete="SET NULL")
    letter: bool = False  # support offered by letter
    episode_id: uuid.UUID | None = Field(default=None, foreign_key="episode.id", ondelete="SET NULL")
    note: str = ""
