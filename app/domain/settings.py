"""Settings kept inside the database (they travel with it): a key and a JSON-encoded value."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: str = ""
