"""Drafts: what a person has typed into a form or note, kept as they type, so nothing is lost.

A draft lives in the encrypted database's key-value ``setting`` table under ``draft/<form>/<id>``
(``id`` is what the form is about: a referral's id, a person's id, or ``new``), as JSON text
``{"saved_at": ISO time, "fields": {...}}``. No schema change is needed, and a draft travels with
the database and its backups like everything else a link worker typed.

Writes are one short statement each (SQLite's own transaction), so a crash keeps the last draft
written; the window saves about a second after typing stops, on the background runner.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.base import utcnow
from app.errors import InvalidInput
from app.storage.database import Database
from app.i18n import translate

PREFIX = "draft/"


def draft_key(form: str, subject: str = "new") -> str:
    if not form or "/" in form:
        raise InvalidInput(translate("caseload", "{form} is not a form name for a draft.").format(form=repr(form)))
    return f"{PREFIX}{form}/{subject or 'new'}"


@dataclass(frozen=True)
class Draft:
    form: str
    subject: str
    saved_at: datetime
    fields: dict[str, Any]

    @property
    def key(self) -> str:
        return draft_key(self.form, self.subject)

    @property
    def is_empty(self) -> bool:
        return not any(_has_text(v) for v in self.fields.values())


def _has_text(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | dict):
        return bool(value)
    return False  # ticks, numbers and dates alone are defaults, not typing worth offering back


class Drafts:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, form: str, subject: str, fields: dict[str, Any], *, at: datetime | None = None) -> Draft:
        """Keep ``fields`` (JSON-able values) as the draft; an empty form discards it instead."""
        draft = Draft(form, subject or "new", at or utcnow(), dict(fields))
        if draft.is_empty:
            self.discard(form, subject)
            return draft
        payload = {"saved_at": draft.saved_at.isoformat(), "fields": draft.fields}
        self.db.write_setting(draft.key, json.dumps(payload, ensure_ascii=False))
        return draft

    def load(self, form: str, subject: str = "new") -> Draft | None:
        raw = self.db.read_setting(draft_key(form, subject))
        return _parse(raw, form, subject or "new")

    def discard(self, form: str, subject: str = "new") -> None:
        con = self.db.connect()
        try:
            with con:
                con.execute("DELETE FROM setting WHERE key = ?", (draft_key(form, subject),))
        finally:
            con.close()

    def all(self) -> list[Draft]:
        """Every draft waiting, newest first (for a "you have unsaved drafts" list)."""
        con = self.db.connect()
        try:
            rows = con.execute("SELECT key, value FROM setting WHERE key LIKE ?", (PREFIX + "%",)).fetchall()
        finally:
            con.close()
        drafts = []
        for key, raw in rows:
            _, form, subject = key.split("/", 2)
            draft = _parse(raw, form, subject)
            if draft is not None:
                drafts.append(draft)
        return sorted(drafts, key=lambda d: d.saved_at, reverse=True)


def _parse(raw: str | None, form: str, subject: str) -> Draft | None:
    if not raw:
        return None
    try:
        payload = json.loads(raw)
        saved_at = datetime.fromisoformat(payload["saved_at"])
        fields = dict(payload["fields"])
    except (ValueError, KeyError, TypeError):
        return None  # a damaged draft is not worth an error; the form opens empty
    return Draft(form, subject, saved_at, fields)


__all__ = ["Draft", "Drafts", "draft_key"]
