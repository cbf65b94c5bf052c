"""The local service directory, shaped after Open Referral (HSDS 3.0 with ORUK v1 fields kept)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field

from app.domain.base import Record

SERVICE_STATUSES = ("active", "temporarily closed", "inactive", "defunct")
CAPACITIES = ("has capacity", "waiting list", "full")


class Organisation(Record, table=True):
    source_id: str | None = Field(default=None, index=True)  # the id in an imported feed
    source: str = ""  # the feed it came from (a URL or file name); "" when made here
    name: str
    description: str = ""
    charity_number: str = ""
    informal: bool = False  # an unincorporated group: no charity number, a contact's mobile
    email: str = ""
    url: str = ""
    phone: str = ""


class Service(Record, table=True):
    source_id: str | None = Field(default=None, index=True)
    organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id", index=True)
    name: str
    description: str = ""
    url: str = ""
    email: str = ""
    phone: str = ""
    contact_name: str = ""
    area: str = ""
    status: str = Field(default="active", index=True)
    capacity: str = "has capacity"
    capacity_note: str = ""
    capacity_updated_on: date | None = None
    alert: str = ""  # a short-term notice
    funding_ends_on: date | None = None
    last_verified_on: date | None = None
    verified_by: str = ""
    is_free: bool = True
    cost_note: str = ""
    minimum_age: int | None = None
    maximum_age: int | None = None
    attend_in_person: bool = True
    attend_phone: bool = False
    attend_online: bool = False
    attend_home_visit: bool = False
    access: str = "self-refer"  # drop-in, self-refer, referral needed
    eligibility: str = ""  # who it is for, in the provider's words (HSDS eligibility_description)
    how_to_access: str = ""  # how to get in, in the provider's words (HSDS application_process)
    local_note: str = ""  # the team's own note: import and export never touch it
    source: str = Field(default="", index=True)  # the feed it came from; "" when made here
    source_hash: str = ""  # fingerprint of the feed record last applied (an unchanged re-import skips it)
    missing_from_source_on: date | None = None  # set when a full re-import of its feed no longer lists it


class Location(Record, table=True):
    source_id: str | None = Field(default=None, index=True)
    source: str = ""
    name: str = ""
    address: str = ""
    city: str = ""
    postcode: str = ""
    latitude: float | None = None
    longitude: float | None = None
    how_to_get_there: str = ""


class ServiceLocation(Record, table=True):
    service_id: uuid.UUID = Field(foreign_key="service.id", index=True, ondelete="CASCADE")
    location_id: uuid.UUID = Field(foreign_key="location.id", index=True, ondelete="CASCADE")


class Schedule(Record, table=True):
    """RFC 5545-style weekly rule: ``byday`` as MO,TU,... and opening times as HH:MM."""

    service_id: uuid.UUID = Field(foreign_key="service.id", index=True, ondelete="CASCADE")
    freq: str = "WEEKLY"
    byday: str = ""
    opens_at: str = ""
    closes_at: str = ""
    description: str = ""


class TaxonomyTerm(Record, table=True):
    code: str = Field(index=True)
    name: str
    vocabulary: str = "linkwell"
    parent_id: uuid.UUID | None = Field(default=None, foreign_key="taxonomyterm.id")


class ServiceTaxonomy(Record, table=True):
    service_id: uuid.UUID = Field(foreign_key="service.id", index=True, ondelete="CASCADE")
    term_id: uuid.UUID = Field(foreign_key="taxonomyterm.id", index=True, ondelete="CASCADE")
