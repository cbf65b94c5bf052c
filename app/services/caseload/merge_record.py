"""A merge kept with what undoing it needs (``personmerge``, migration 0017), so that it can be undone later:
from the command line (``linkwell person unmerge``) or the person's history, on any laptop of the team,
and not only while the window that merged is open.

The values are kept as JSON: a date or an id is tagged, so it comes back as it went in.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlmodel import Session, col, or_, select

from app import clock
from app.domain.duplicates import PersonMerge
from app.errors import InvalidInput, NotFound
from app.i18n import translate


@dataclass(frozen=True)
class MergeUndo:
    """What a merge changed, so it can be undone while the window that made it is open."""

    kept_id: str
    other_id: str
    kept_before: dict[str, Any]  # the kept record's values replaced by the other's
    other_nhs_number: str | None
    moved: dict[tuple[str, str], tuple[str, ...]]  # (table, column) -> the ids of the rows moved
    kept_after: dict[str, Any] = field(default_factory=dict)  # what the merge set them to
    merge_id: str = ""  # its ``personmerge`` row, kept so that it can be undone later


def _out(value: Any) -> Any:
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, uuid.UUID):
        return {"uuid": value.hex}
    return value


def _in(value: Any) -> Any:
    if isinstance(value, dict) and "date" in value:
        return date.fromisoformat(value["date"])
    if isinstance(value, dict) and "uuid" in value:
        return uuid.UUID(value["uuid"])
    return value


def remember(session: Session, undo: MergeUndo) -> MergeUndo:
    """Keep a merge just made, in the merge's own transaction; ``undo`` with the id it is kept under."""
    body = {"kept_before": {k: _out(v) for k, v in undo.kept_before.items()},
            "kept_after": {k: _out(v) for k, v in undo.kept_after.items()},
            "other_nhs_number": undo.other_nhs_number,
            "moved": [[table, column, list(ids)] for (table, column), ids in undo.moved.items()]}
    row = PersonMerge(kept_id=uuid.UUID(undo.kept_id), other_id=uuid.UUID(undo.other_id),
                      undo=json.dumps(body, ensure_ascii=False))
    session.add(row)
    session.flush()
    return replace(undo, merge_id=str(row.id))


def forget(session: Session, undo: MergeUndo) -> None:
    """The merge is undone: it cannot be undone again, by anyone."""
    query = select(PersonMerge).where(col(PersonMerge.undone_at).is_(None),
                                      PersonMerge.kept_id == uuid.UUID(undo.kept_id),
                                      PersonMerge.other_id == uuid.UUID(undo.other_id))
    if undo.merge_id:
        query = query.where(PersonMerge.id == uuid.UUID(undo.merge_id))
    for row in session.exec(query).all():
        row.undone_at = clock.now()
        session.add(row)


def latest(session: Session, person_id: str) -> MergeUndo:
    """How to undo the latest merge not yet undone that kept this record or merged it away."""
    try:
        key = uuid.UUID(str(person_id))
    except ValueError:
        raise NotFound(translate("caseload", "No person has the id {person_id}.").format(
            person_id=repr(person_id))) from None
    row = session.exec(select(PersonMerge).where(
        col(PersonMerge.undone_at).is_(None), or_(PersonMerge.kept_id == key, PersonMerge.other_id == key))
        .order_by(col(PersonMerge.created_at).desc())).first()
    if row is None:
        raise InvalidInput(translate("caseload", "This record has no merge to undo: it was not merged with "
                                                 "another, or its merge has been undone already."))
    body = json.loads(row.undo)
    return MergeUndo(str(row.kept_id), str(row.other_id), {k: _in(v) for k, v in body["kept_before"].items()},
                     body["other_nhs_number"], {(t, c): tuple(ids) for t, c, ids in body["moved"]},
                     {k: _in(v) for k, v in body["kept_after"].items()}, str(row.id))
