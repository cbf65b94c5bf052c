"""Finding one record by the id a user gave, with a sentence when it is not there."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from app.errors import NotFound

M = TypeVar("M", bound=SQLModel)


def as_uuid(value: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFound(f"{value!r} is not a {what} id.") from None


def get_record(session: Session, model: type[M], value: Any, what: str) -> M:
    found = session.get(model, as_uuid(value, what))
    if found is None:
        raise NotFound(f"There is no {what} with id {value}.")
    return found
