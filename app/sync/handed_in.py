"""A community connector's captures leave the laptop once the team hub has them (issue 16 item 4).

A connector's database (``app.services.profile``) holds people only as captures waiting to be handed in.
After a sync, every person whose rows the hub has (nothing of theirs waits in the outbox) is removed here
as an erasure removes someone (``Privacy.erase``): the referral the capture made and all beneath it, the
audit pseudonym, the freed space overwritten, the trail keeping its events without whom or what, under
an "erase" event that says why. Capture is off for that transaction, so the removal is this laptop's
alone: no tombstone goes to the hub, and the team keeps the capture. Unmet needs stay: they are the
directory's counts and name no one.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import col, select

from app.domain.models import Person
from app.services import audit
from app.services.actor import default_actor
from app.services.erasure import forget_beyond_their_record
from app.storage.database import Database

HANDED_IN = "handed in to the team hub, so no longer kept on this connector's laptop"  # the trail's detail
# The rows that hang from a person: their clocks go with them (the directory's are left alone).
_PERSONAL = ("person", "episode", "episodestatuschange", "contact", "plangoal", "planaction", "connection",
             "connectionstatuschange", "measureresponse", "handover", "guardian", "safeguarding",
             "notsamepair", "personmerge", "cohortmember", "cohortcall")
_SENT = ("SELECT p.id FROM person AS p WHERE NOT EXISTS (SELECT 1 FROM sync_outbox AS o WHERE o.entity_id = p.id"
         " OR instr(coalesce(o.row_json, ''), p.id) > 0"
         " OR o.entity_id IN (SELECT e.id FROM episode AS e WHERE e.person_id = p.id))")


def is_connector(db: Database) -> bool:
    from app.services import profile

    return profile.read(db) == profile.CONNECTOR


def forget_handed_in(db: Database) -> int:
    """On a connector's laptop, remove every captured person the hub already has; how many went."""
    if not is_connector(db):
        return 0
    with db.session() as session:
        run: Any = session.connection().exec_driver_sql
        run("PRAGMA secure_delete = ON")
        sent = [uuid.UUID(hex=r[0]) for r in run(_SENT).fetchall()]
        if not sent:
            return 0
        run("UPDATE sync_state SET capturing = 0")  # this laptop's own removal: nothing of it is sent
        for person in session.exec(select(Person).where(col(Person.id).in_(sent))).all():
            audit.record(session, actor=default_actor(db), action="erase", person_id=person.id, detail=HANDED_IN)
            forget_beyond_their_record(session, person)
            session.flush()
            session.delete(person)  # the referral and all beneath it by ON DELETE CASCADE, the trail by trigger
        session.flush()
        for table in _PERSONAL:
            run(f"DELETE FROM sync_row_clock WHERE entity_table = '{table}' AND entity_id NOT IN"
                f" (SELECT id FROM \"{table}\")")
        run("UPDATE sync_state SET capturing = 1")
    con = db.connect()
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # old pages leave the WAL too
    finally:
        con.close()
    return len(sent)
