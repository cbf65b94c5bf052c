"""What every user-edited table carries: a uuid key, timestamps and the device that last wrote it."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from app import clock
from app.device import device_id


def utcnow() -> datetime:
    """Every timestamp Linkwell stores is timezone-aware UTC."""
    return clock.now()


class Record(SQLModel):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, sa_column_kwargs={"onupdate": utcnow})
    device_id: str = Field(
        default_factory=device_id, max_length=36, sa_column_kwargs={"onupdate": device_id}
    )
