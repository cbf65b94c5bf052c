"""Who still needs a word after a service closed, paused or filled up (for the Today screen).

Plain SQL over a DB-API connection and no ORM, since Today is on the path to the first screen.

A connection needs attention while it is open (not deleted, its referral not closed), its service is
closed, paused or full, and no one has dealt with it since the service changed. Dealt with means the
connection's status moved after the change (moved on, put on hold, ended), or the same referral was
connected to another service since. The change's moment is the one the directory keeps in the settings
table when a service becomes unavailable (``directory.changed_at.<id>``), else the service row's last
update (a change that came from an import).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.services.caseload.listing import from_hex

CHANGED_AT = "directory.changed_at."  # + the service id in hex
OPEN = ("draft", "requested", "accepted", "in-progress", "on-hold")
UNAVAILABLE = ("temporarily closed", "inactive", "defunct")


@dataclass(frozen=True)
class NeedsAttention:
    connection_id: str
    person_id: str
    given_name: str
    family_name: str
    service_id: str
    service_name: str
    reason: str  # the service's status, or "full"
    since: datetime  # when the service changed


def moment(value: Any) -> datetime:
    """A stored timestamp (text or datetime, with or without zone) as aware UTC."""
    found = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def needing_attention(con: Any, limit: int | None = None) -> list[NeedsAttention]:
    opens, shut = ",".join("?" * len(OPEN)), ",".join("?" * len(UNAVAILABLE))
    rows = con.execute(
        f"""SELECT c.id, c.episode_id, c.status_changed_at, p.id, p.given_name, p.family_name, s.id, s.name,
                   s.status, s.capacity, coalesce(st.value, s.updated_at),
                   (SELECT max(o.created_at) FROM connection o WHERE o.episode_id = c.episode_id
                    AND o.id != c.id AND o.service_id != c.service_id AND o.deleted_at IS NULL)
            FROM connection c JOIN service s ON s.id = c.service_id JOIN episode e ON e.id = c.episode_id
            JOIN person p ON p.id = e.person_id LEFT JOIN setting st ON st.key = ? || s.id
            WHERE c.deleted_at IS NULL AND c.status IN ({opens}) AND e.status != 'closed'
              AND (s.status IN ({shut}) OR s.capacity = 'full')
            ORDER BY s.name COLLATE NOCASE, p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE""",
        (CHANGED_AT, *OPEN, *UNAVAILABLE)).fetchall()
    out = []
    for cid, _eid, moved, pid, given, family, sid, sname, status, _capacity, changed, newer in rows:
        since = moment(changed)
        if moment(moved) >= since or (newer is not None and moment(newer) >= since):
            continue
        out.append(NeedsAttention(
            connection_id=from_hex(cid), person_id=from_hex(pid), given_name=given, family_name=family,
            service_id=from_hex(sid), service_name=sname,
            reason=status if status in UNAVAILABLE else "full", since=since))
        if limit is not None and len(out) >= limit:
            break
    return out
