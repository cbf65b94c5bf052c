"""Audit events: append-only, each chained to the one before by hash.

An event about a person names them (``person_id``) and says what happened (``detail``), but its hash
covers neither: it covers the person's pseudonym (``subject``) and a seal of the two made with the
person's own secret (``AuditSubject``). Erasure clears both fields and deletes the secret, so the trail
still verifies and no longer says whom it was about (``app.services.audit``)."""

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
    person_id: uuid.UUID | None = Field(default=None, index=True)  # no FK; cleared on erasure
    detail: str = ""  # about a person: replaced by ERASED_DETAIL on erasure
    subject: str | None = Field(default=None, index=True)  # the person's pseudonym; kept after erasure
    seal: str = ""  # HMAC of (seq, person_id, detail) under the person's secret
    device_id: str = Field(default_factory=device_id, max_length=36)
    prev_hash: str = ""
    hash: str = ""


class AuditSubject(SQLModel, table=True):
    """A person's pseudonym in the audit trail and the secret that seals their events. It goes with the
    person (ON DELETE CASCADE): without the secret, no one can test whom an erased event was about."""

    person_id: uuid.UUID = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")
    pseudonym: str = Field(unique=True, index=True)
    secret: str
