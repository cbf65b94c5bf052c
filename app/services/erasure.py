"""What erasure reaches beyond the person's own rows, which go by ON DELETE CASCADE (referrals, status
history, contacts, plan, connections, measures) and by triggers (the caseload's read model; the audit
trail's names and details, ``audit_forget_person``; team sync's unsent changes to deleted rows):

- unmet needs stay as anonymous counts, but their notes, which may name the person, are emptied;
- drafts about them (kept per form in ``setting``: a contact typed for their referral, a correction of
  their contact, or an unsaved intake naming them) are discarded;
- team sync's unsent changes and kept losing values that still quote their id (an unmet need or an audit
  event as it was before) are dropped; tombstones, which carry ids only, stay for the hub to erase too.

Every table with a text column was checked for where their words can be: the directory's tables and
its search index hold services, not people; workers and practices are staff and surgeries.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlmodel import Session, col, select, update

from app.domain.models import Contact, Episode, Person, UnmetNeed
from app.services.caseload.drafts import PREFIX


def forget_beyond_their_record(session: Session, person: Person) -> None:
    """Inside the erasing transaction, before the person's row is deleted."""
    session.exec(update(UnmetNeed).where(col(UnmetNeed.person_id) == person.id).values(note=""))
    _discard_drafts(session, person)
    run = session.connection().exec_driver_sql
    for table in ("sync_outbox", "sync_overwritten"):
        run(f"DELETE FROM {table} WHERE row_json IS NOT NULL AND instr(row_json, ?) > 0", (person.id.hex,))


def _discard_drafts(session: Session, person: Person) -> None:
    episodes = list(session.exec(select(Episode.id).where(Episode.person_id == person.id)))
    contacts = list(session.exec(select(Contact.id).where(col(Contact.episode_id).in_(episodes))))
    ids = {person.id, *episodes, *contacts}
    run = session.connection().exec_driver_sql
    for key, value in run("SELECT key, value FROM setting WHERE key LIKE ?", (PREFIX + "%",)).fetchall():
        if _names(key.rsplit("/", 1)[-1], ids) or _mentions(value, person):
            run("DELETE FROM setting WHERE key = ?", (key,))


def _names(subject: str, ids: set[uuid.UUID]) -> bool:
    try:
        return uuid.UUID(subject.removeprefix("edit-")) in ids
    except ValueError:
        return False


def _mentions(value: str, person: Person) -> bool:
    """A draft's typing holds their NHS number, or both their given and family names."""
    try:
        text = " ".join(_strings(json.loads(value))).casefold()
    except ValueError:
        text = value.casefold()
    if person.nhs_number and person.nhs_number in text.replace(" ", ""):
        return True
    names = [n.strip().casefold() for n in (person.given_name, person.family_name)]
    return all(names) and all(n in text for n in names)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []
