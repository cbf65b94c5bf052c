"""Team sync as the window sees it: the laptop's side (``app.sync``) through the core, so the window
never reaches below ``app.core`` and always syncs the database the core holds now."""

from __future__ import annotations

from typing import Any

from app.services.changes import Changes
from app.storage.database import Database
from app.sync import conflicts, engine


class Sync:
    def __init__(self, db: Database) -> None:
        self.db = db

    def status(self) -> dict[str, Any]:
        """Whether this laptop has joined a hub, what waits to be pushed, when it last synced."""
        return engine.status(self.db)

    def now(self, *, timeout: float = 60) -> engine.SyncResult:
        """Push what waits, pull what the team did; ``HubNotReachable`` when the hub does not answer."""
        return engine.sync_now(self.db, timeout=timeout)

    def conflicts(self, *, include_resolved: bool = False) -> list[dict[str, Any]]:
        """Moves that cannot both stand, each in words."""
        return conflicts.listing(self.db, include_resolved=include_resolved)

    def replaced(self) -> list[dict[str, Any]]:
        """Values that lost to a later edit on another laptop, in words."""
        from app.sync import replaced

        return replaced.listing(self.db)

    def resolve(self, conflict: str, keep: str) -> Changes:
        """A person's choice, recorded as a change that syncs."""
        return conflicts.resolve(self.db, conflict, keep)

    # --- handing a person over to another worker of the team ---------------------------------

    def team(self) -> list[str]:
        """Who a person can be handed over to (the team as the hub last said, less this worker)."""
        from app.services.caseload.handover import Handovers

        return Handovers(self.db).team()

    def hand_over(self, person_id: str, to_user: str, note: str = "") -> Changes:
        """Hand a person over to another worker; it reaches their laptop on the next sync."""
        from app.services.caseload.handover import Handovers

        return Handovers(self.db).hand_over(person_id, to_user, note)

    def acknowledge(self, person_id: str) -> Changes:
        """Take up a person handed to this worker without opening the record."""
        from app.services.caseload.handover import Handovers

        return Handovers(self.db).acknowledge(person_id)

    def handed_over(self, person_id: str) -> list[str]:
        """Every hand-over of one person, in words."""
        from app.services.caseload.handover import Handovers

        return Handovers(self.db).history(person_id)

    def who_looked(self, person_id: str) -> list[dict[str, Any]]:
        """Who in the team looked at this person's record, newest first, in words (asks the hub)."""
        from app.sync.who_looked import who_looked

        return who_looked(self.db, person_id)

    def set_aside(self) -> list[dict[str, Any]]:
        """Records a sync could not take here (one NHS number added on two laptops), in words, each with
        what to do about it."""
        from app.sync import set_aside

        return set_aside.listing(self.db)
