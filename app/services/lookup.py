"""Finding one record by the id a user gave, with a sentence when it is not there."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from app.errors import NotFound
from app.i18n import translate

M = TypeVar("M", bound=SQLModel)


def as_uuid(value: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFound(translate("errors", "{value} is not a {what} id.").format(value=repr(value), what=what)) from None


def get_record(session: Session, model: type[M], value: Any, what: str) -> M:
    found = session.get(model, as_uuid(value, what))
    if found is None:
        raise NotFound(translate("errors", "There is no {what} with id {value}.").format(what=what, value=value))
    return found
