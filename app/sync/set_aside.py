"""Records set aside by a sync (``sync_parked``), said in words with what to do about them.

A pulled change this laptop cannot take is kept whole rather than lost: most often a person another
laptop added with an NHS number already on this one (the database holds one person per NHS number), with
everything that belongs to them (their referral, its steps, contacts...). Each set-aside record that is
not merely "belonging to" another is listed once, with how many records belong to it.

Nothing is resolved automatically: taking the other laptop's person in here would make two people with
one NHS number, and dropping them would lose what the other worker recorded. So the words say how a
person settles it: if they are one person, merge the two records on the laptop that added the second one
(where both stand side by side) and sync; if they are two people, one NHS number was mistyped: correct it
where it was typed and sync, and the record is no longer refused here.
"""

from __future__ import annotations

import json
from typing import Any

from app.domain.nhs_number import format_display
from app.services.caseload.handover import when
from app.storage.database import Database

BELONGS = "what it belongs to was set aside on this laptop"
_PARENTS = ("person_id", "episode_id", "connection_id", "goal_id")
_KIND = {"person": "person", "episode": "referral", "episodestatuschange": "referral step", "contact": "contact",
         "connection": "connection to a service", "connectionstatuschange": "connection step",
         "plangoal": "goal", "planaction": "action", "measureresponse": "measure", "practice": "practice",
         "unmetneed": "unmet need", "handover": "hand-over", "service": "service", "organisation": "organisation"}


def _resolve(table: str, same: str | None) -> str:
    if table == "person":
        return ("If they are the same person, open their record on the laptop that added the second one and "
                f"merge the two records there{f' (this laptop has {same})' if same else ''}, then sync; if they are "
                "two people, one NHS number was mistyped: correct it where it was typed and sync, and the record "
                "comes in. Nothing is lost meanwhile.")
    return ("Check which record is right with whoever added it, correct the one that is wrong where it was "
            "typed, and sync again. Nothing is lost meanwhile.")


def listing(db: Database) -> list[dict[str, Any]]:
    """Newest first, one item per record set aside for its own reason (with what belongs to it)."""
    con = db.connect()
    try:
        rows = con.execute("SELECT seq, entity_table, entity_id, change_json, reason, at FROM sync_parked"
                           " ORDER BY seq").fetchall()
        parked = {r[2]: r for r in rows}
        parent_of: dict[str, str] = {}
        for _seq, _table, entity, change, _reason, _at in rows:
            row = json.loads(change).get("row") or {}
            for column in _PARENTS:
                if row.get(column) in parked and row.get(column) != entity:
                    parent_of[entity] = row[column]
                    break
        belonging: dict[str, int] = {}
        for entity in parked:
            root, hops = entity, 0
            while root in parent_of and hops < 20:
                root, hops = parent_of[root], hops + 1
            if root != entity:
                belonging[root] = belonging.get(root, 0) + 1
        out = []
        for seq, table, entity, change, reason, at in reversed(rows):
            if entity in parent_of:  # told with what it belongs to
                continue
            data = json.loads(change)
            row = data.get("row") or {}
            by = data.get("author")
            same = None
            if table == "person":
                name = f"{row.get('given_name', '')} {row.get('family_name', '')}".strip() or "someone"
                nhs = row.get("nhs_number")
                what = f"{name} (NHS number {format_display(nhs)})" if nhs else name
                hit = con.execute("SELECT given_name || ' ' || family_name FROM person WHERE nhs_number = ?",
                                  (nhs,)).fetchone() if nhs else None
                same = hit[0] if hit else None
            else:
                named = row.get("name") or row.get("ods_code") or ""
                what = f"the {_KIND.get(table, 'record')} {named}".strip() if named else \
                    f"a {_KIND.get(table, 'record')}"
            n = belonging.get(entity, 0)
            more = (f", with {n} record{'s' if n != 1 else ''} that belong{'s' if n == 1 else ''} to it,"
                    if n else "")
            added = f" added on {by}'s laptop" if by else " from another laptop"
            because = reason + (f" ({same})" if same and "NHS number" in reason else "")
            said = (f"{what[0].upper()}{what[1:]}{added}{more} was set aside here on {when(at)}: {because}.")
            out.append({"id": seq, "table": table, "what": what, "by": by, "reason": reason, "belonging": n,
                        "at": at, "said": said, "resolve": _resolve(table, same)})
        return out
    finally:
        con.close()
