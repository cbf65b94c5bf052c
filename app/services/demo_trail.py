"""The demo's audit trail: the last few weeks of its story as the trail would have recorded them, each
event at the moment it happened and by the link worker on the referral, so Today's recent activity and
the audit trail have something true to show on a demo database."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from app.services import audit
from app.storage.database import Database

TRAIL_EVENTS = 60
WHO = "Linkwell demo"  # for a referral with no worker named
_STORY = """
    SELECT at, action, person_id, actor, detail, subject FROM (
      SELECT e.created_at AS at, 'create' AS action, e.person_id, w.name AS actor,
             'added a referral (' || e.referral_source || ')' AS detail, NULL AS subject
        FROM episode e LEFT JOIN worker w ON w.id = e.worker_id
      UNION ALL
      SELECT h.changed_at, 'edit', e.person_id, w.name, 'referral moved to ' || h.to_status, NULL
        FROM episodestatuschange h JOIN episode e ON e.id = h.episode_id LEFT JOIN worker w ON w.id = e.worker_id
       WHERE h.from_status IS NOT NULL
      UNION ALL
      SELECT c.contact_at, 'create', e.person_id, w.name, 'added a ' || c.kind || ' contact', NULL
        FROM contact c JOIN episode e ON e.id = c.episode_id LEFT JOIN worker w ON w.id = e.worker_id
      UNION ALL
      SELECT s.changed_at, 'edit', e.person_id, w.name, 'moved to ' || s.to_status, n.id
        FROM connectionstatuschange s JOIN connection n ON n.id = s.connection_id
        JOIN episode e ON e.id = n.episode_id LEFT JOIN worker w ON w.id = e.worker_id
       WHERE s.from_status IS NOT NULL
    ) ORDER BY at DESC, detail LIMIT ?"""


def _moment(value: str | datetime) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def write_trail(db: Database, limit: int = TRAIL_EVENTS) -> int:
    """The latest ``limit`` changes of the story, oldest first, appended to the trail; how many."""
    con = db.connect()
    try:
        rows = con.execute(_STORY, (limit,)).fetchall()
    finally:
        con.close()
    with db.session() as session:
        for at, action, person, actor, detail, connection in reversed(rows):
            if connection is not None:  # said as the caseload says it: "connection <id> moved to ..."
                detail = f"connection {uuid.UUID(str(connection))} {detail}"
            audit.record(session, actor=actor or WHO, action=action, person_id=uuid.UUID(str(person)),
                         detail=detail, at=_moment(at))
    return len(rows)
