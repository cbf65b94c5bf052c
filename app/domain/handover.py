"""A person handed over from one worker of the team to another (team sync: it syncs like any record).

``from_user`` and ``to_user`` are team members' names as the hub knows them. The hand-over waits on the
receiving worker's Today list until they open the record there or acknowledge it (``acknowledged_at``).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import Field

from app.domain.base import Record, utcnow


class Handover(Record, table=True):
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    from_user: str
    to_user: str = Field(index=True)
    note: str = ""
    handed_at: datetime = Field(default_factory=utcnow)
    acknowledged_at: datetime | None = None
    acknowledged_by: str = ""
