"""Messages to the GP record waiting for, or on, their way: the laptop's own outbox.

Local to this laptop: neither table is captured by team sync (not in app/sync/engine.py's APPLIED_TABLES,
no capture triggers), since a message is sent once, from the laptop that queued it, through that laptop's
MESH mailbox. Both go with the person (ON DELETE CASCADE), so erasure leaves no message behind.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from app.domain.base import utcnow

QUEUED, SENT, DELIVERED, ACKNOWLEDGED, FAILED = "queued", "sent", "delivered", "acknowledged", "failed"
STATES = (QUEUED, SENT, DELIVERED, ACKNOWLEDGED, FAILED)
STATE_WORDS = {
    QUEUED: "waiting to be sent",
    SENT: "sent, not yet collected by the practice",
    DELIVERED: "collected by the practice's GP system",
    ACKNOWLEDGED: "filed in the GP record",
    FAILED: "not delivered",
}


class GpMessage(SQLModel, table=True):
    __tablename__ = "gp_message"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    episode_id: uuid.UUID | None = None
    practice_ods: str
    practice_name: str = ""
    codes_only: bool = False  # the codes-only form: the person has not agreed to share detail with the GP
    title: str
    subject: str  # Mex-Subject
    header_id: str = Field(index=True)  # the ITK MessageHeader id an acknowledgement answers
    local_id: str = Field(unique=True)  # Mex-LocalID: the same for every try, so a retry cannot send twice
    payload: bytes  # the FHIR message as queued (inside the encrypted database)
    state: str = Field(default=QUEUED, index=True)
    reason: str = ""  # in words, when failed or waiting after a failed try
    mesh_message_id: str | None = Field(default=None, index=True)
    recipient_mailbox: str | None = None
    attempts: int = 0
    sending_since: datetime | None = None  # set just before a send: a crash then leaves it, and tracking decides
    next_attempt_at: datetime | None = None
    queued_by: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class GpMessageEvent(SQLModel, table=True):
    """Each change of a message's state, for the person's timeline and `outbox list`."""

    __tablename__ = "gp_message_event"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    message_id: uuid.UUID = Field(foreign_key="gp_message.id", index=True, ondelete="CASCADE")
    at: datetime = Field(default_factory=utcnow)
    state: str
    detail: str = ""
