"""What the duplicates worklist decides, kept so that it syncs and lasts (migration 0017).

- ``NotSamePair``: two records a worker said are two people. Its id is made from the pair, so the same
  decision taken on two laptops is one row of the team's data.
- ``PersonMerge``: one merge, with what undoing it needs (the kept record's values it replaced, the other
  record's NHS number, the rows it moved), so it can be undone later, from any laptop of the team, not only
  while the window that merged is open. ``undone_at`` is set when it is undone.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import Field

from app.domain.base import Record

_PAIRS = uuid.UUID("6f1c2a4e-3b7d-4c59-9a0e-5d8b1f2c7a63")  # the namespace of a pair's id


def pair_id(a: uuid.UUID, b: uuid.UUID) -> uuid.UUID:
    """The same id for a pair however it is named, on every laptop."""
    first, second = sorted((a, b))
    return uuid.uuid5(_PAIRS, f"{first.hex}|{second.hex}")


class NotSamePair(Record, table=True):
    first_id: uuid.UUID = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    second_id: uuid.UUID = Field(foreign_key="person.id", index=True, ondelete="CASCADE")


class PersonMerge(Record, table=True):
    kept_id: uuid.UUID = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    other_id: uuid.UUID = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    undo: str = "{}"  # JSON: kept_before, kept_after, other_nhs_number, moved [[table, column, [ids]]]
    undone_at: datetime | None = None
