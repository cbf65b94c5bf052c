"""Handing a person over to another worker of the team (through the team hub).

A hand-over is a ``Handover`` row, shared like any record, so it reaches the other worker's laptop on the
next sync. There it waits on Today ("Handed to you", with who handed over and when) until the worker
opens the record on that laptop (a "view" in its audit trail after the hand-over) or acknowledges it
(``acknowledged_at``, which syncs back, so the worker who handed over can see it was taken up).

Names are team members' names as the hub knows them; the laptop keeps the hub's list of its team
(``sync_team``, refreshed by every sync), so a hand-over can be made offline and checked all the same.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app import clock
from app.errors import InvalidInput
from app.services.actor import default_actor
from app.services.changes import Changes
from app.storage.database import Database
from app.i18n import translate

NOT_JOINED = ("Handing a person over needs the team hub, and this laptop has not joined one "
              "('linkwell sync join').")

# The latest hand-over of each person, when it is to ``?`` and not yet opened here or acknowledged.
_WAITING = """
    SELECT h.person_id, p.given_name, p.family_name, h.from_user, h.handed_at, h.note
    FROM handover h JOIN person p ON p.id = h.person_id
    WHERE h.to_user = ? AND h.acknowledged_at IS NULL
      AND h.handed_at = (SELECT max(l.handed_at) FROM handover l WHERE l.person_id = h.person_id)
      AND NOT EXISTS (SELECT 1 FROM auditevent a WHERE a.person_id = h.person_id AND a.action = 'view'
                      AND a.at > h.handed_at)
    ORDER BY h.handed_at DESC, h.id
"""


@dataclass(frozen=True)
class HandedOver:
    person_id: str
    name: str
    by: str
    at: datetime
    note: str

    @property
    def said(self) -> str:
        note = f" They noted: {self.note}" if self.note else ""
        return f"Handed to you by {self.by} on {when(self.at)}.{note}"


def when(moment: datetime | str) -> str:
    """A moment in the laptop's own time, in words: 4 December 2026 at 14:05."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:  # stored as UTC
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y} at {local:%H:%M}"


def _dashed(stored: Any) -> str:
    return str(uuid.UUID(str(stored)))


class Handovers:
    def __init__(self, db: Database, *, actor: str | None = None) -> None:
        self.db = db
        self.actor = actor or default_actor()

    def _me(self, con: Any) -> str | None:
        row = con.execute("SELECT hub_user FROM sync_state").fetchone()
        return row[0] if row and row[0] else None

    def team(self) -> list[str]:
        """Who a person can be handed over to: the team as the hub last said, less this laptop's worker
        and navigators (who do not receive the caseload). Empty until this laptop has synced."""
        con = self.db.connect()
        try:
            me = self._me(con)
            return [name for (name,) in con.execute(
                "SELECT name FROM sync_team WHERE role <> 'navigator' AND name IS NOT ? ORDER BY name COLLATE NOCASE",
                (me,))]
        finally:
            con.close()

    def hand_over(self, person_id: str, to_user: str, note: str = "") -> Changes:
        """Hand ``person_id`` over to ``to_user``, a team member's name. It goes to them on the next sync."""
        from app.domain.handover import Handover
        from app.domain.people import Person
        from app.services.lookup import get_record  # the ORM only when handing over, not at start-up
        from app.services import audit

        to_user, note = to_user.strip(), note.strip()
        con = self.db.connect()
        try:
            me = self._me(con)
            team = dict(con.execute("SELECT name, role FROM sync_team").fetchall())
        finally:
            con.close()
        if me is None:
            raise InvalidInput(NOT_JOINED)
        if not to_user:
            raise InvalidInput(translate("caseload", "Choose the team member to hand this person over to."))
        if to_user == me:
            raise InvalidInput(translate("caseload", "This person is already yours: choose another member of the team."))
        if not team:
            raise InvalidInput(translate("caseload", "This laptop does not know the team yet: sync once (F9, or 'linkwell sync now'), then hand over."))
        if to_user not in team:
            known = ", ".join(sorted((n for n, r in team.items() if r != "navigator" and n != me), key=str.lower))
            raise InvalidInput(translate("caseload", "{to_user} is not a member of the team on the hub{value}.").format(to_user=to_user, value=f' (the team: {known})' if known else ''))
        if team[to_user] == "navigator":
            raise InvalidInput(translate("caseload", "{to_user} is a navigator and does not receive the caseload, so cannot take a person over.").format(to_user=to_user))
        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            session.add(Handover(person_id=person.id, from_user=me, to_user=to_user, note=note,
                                 handed_at=clock.now()))
            audit.record(session, actor=self.actor, action="edit", person_id=person.id,
                         detail=f"handed over to {to_user}")
            pid = str(person.id)
        return Changes(person_ids=frozenset({pid}), caseload=True)

    def acknowledge(self, person_id: str) -> Changes:
        """Take up what was handed to this laptop's worker, without opening the record."""
        from app.domain.handover import Handover
        from app.domain.people import Person
        from app.services.lookup import get_record  # the ORM only when handing over, not at start-up
        from app.services import audit
        from sqlmodel import col, select

        con = self.db.connect()
        try:
            me = self._me(con)
        finally:
            con.close()
        if me is None:
            raise InvalidInput(NOT_JOINED)
        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            waiting = session.exec(select(Handover).where(Handover.person_id == person.id,
                                                          Handover.to_user == me,
                                                          col(Handover.acknowledged_at).is_(None))).all()
            if not waiting:
                raise InvalidInput(translate("caseload", "Nothing about this person is waiting for you to take up."))
            now = clock.now()
            for handover in waiting:
                handover.acknowledged_at, handover.acknowledged_by = now, me
                session.add(handover)
            audit.record(session, actor=self.actor, action="edit", person_id=person.id,
                         detail="took up a hand-over")
            pid = str(person.id)
        return Changes(person_ids=frozenset({pid}), caseload=True)

    def waiting(self) -> list[HandedOver]:
        """People handed to this laptop's worker, not yet opened here or acknowledged: newest first."""
        con = self.db.connect()
        try:
            return waiting(con)
        finally:
            con.close()

    def history(self, person_id: str) -> list[str]:
        """Every hand-over of one person, oldest first, each a sentence."""
        con = self.db.connect()
        try:
            rows = con.execute("SELECT from_user, to_user, handed_at, note, acknowledged_at FROM handover"
                               " WHERE person_id = ? ORDER BY handed_at, id",
                               (uuid.UUID(person_id).hex,)).fetchall()
        except ValueError:
            raise InvalidInput(translate("caseload", "That is not a person's id.")) from None
        finally:
            con.close()
        said = []
        for by, to, at, note, taken in rows:
            text = f"{by} handed this person over to {to} on {when(at)}."
            if note:
                text += f" They noted: {note}"
            if taken:
                text += f" {to} took it up on {when(taken)}."
            said.append(text)
        return said


def waiting(con: Any) -> list[HandedOver]:
    """``Handovers.waiting`` on an open connection (Today reads it with its other lists)."""
    row = con.execute("SELECT hub_user FROM sync_state").fetchone()
    if not row or not row[0]:
        return []
    return [HandedOver(_dashed(pid), f"{family}, {given}", by, datetime.fromisoformat(at), note)
            for pid, given, family, by, at, note in con.execute(_WAITING, (row[0],)).fetchall()]
