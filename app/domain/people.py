"""Practices, workers and the people referred to them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Index, text
from sqlmodel import Field

from app.domain.base import Record


class Practice(Record, table=True):
    ods_code: str = Field(max_length=10, unique=True)
    name: str
    pcn: str = ""
    address: str = ""
    postcode: str = ""
    phone: str = ""


class Worker(Record, table=True):
    name: str
    role: str = "link worker"  # link worker, navigator, GP, administrator
    phone: str = ""
    email: str = ""
    practice_id: uuid.UUID | None = Field(default=None, foreign_key="practice.id", index=True)


class Person(Record, table=True):
    # One person per NHS number, in the database itself (migration 0006).
    __table_args__ = (Index("ix_person_nhs_number", "nhs_number", unique=True,
                            sqlite_where=text("nhs_number IS NOT NULL")),)

    nhs_number: str | None = Field(default=None, max_length=10)
    given_name: str
    family_name: str
    preferred_name: str = ""
    date_of_birth: date | None = Field(default=None, index=True)
    sex: str = ""  # female, male, intersex, not stated
    gender: str = ""
    ethnicity: str = ""  # NHS Data Dictionary ethnic category letter, or empty
    phone: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""
    practice_id: uuid.UUID | None = Field(default=None, foreign_key="practice.id", index=True)
    communication_needs: str = ""
    consent_share_with_gp: bool = False
    risk_note: str = ""  # safeguarding or risk: shown as a banner on the record
    # Merged into another record (migration 0011): kept as a marker, hidden everywhere, naming the one kept.
    merged_into: uuid.UUID | None = None
    # A young person (under 18, from the date of birth; migration 0014): their school or college, whether
    # they may be contacted directly, and to whom their letters go ("person", "guardian" or "both").
    school: str = ""
    contact_directly: bool = True
    letters_to: str = "person"


class Guardian(Record, table=True):
    """A young person's parent, guardian or carer (migration 0014): shared with the team, so it syncs."""

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    name: str
    relationship: str = "other"  # a code from resources/reference.json "guardian_relationships"
    parental_responsibility: bool = False
    may_contact: bool = True
    phone: str = ""
    email: str = ""
    address: str = ""
    note: str = ""


class Safeguarding(Record, table=True):
    """A safeguarding concern about a person (migration 0016): its category, whom it was raised with and
    when, and its status; the words of each code are in resources/safeguarding.json. Shared, so it syncs."""

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    category: str = "other"
    raised_with: str = "not_raised"
    raised_on: date | None = None
    status: str = Field(default="open", index=True)  # open, monitoring, closed
    note: str = ""
    closed_on: date | None = None
