"""Audit events: append-only, each chained to the one before by hash."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from app.device import device_id
from app.domain.base import utcnow


class AuditEvent(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    seq: int = Field(index=True, unique=True)  # order of the chain
    at: datetime = Field(default_factory=utcnow)
    actor: str = ""  # worker name or id; "cli" for the command line
    action: str  # view, create, edit, export, print, import, erase
    person_id: uuid.UUID | None = Field(default=None, index=True)  # no FK: survives erasure
    detail: str = ""
    device_id: str = Field(default_factory=device_id, max_length=36)
    prev_hash: str = ""
    hash: str = ""
