"""Values that lost to a later edit made at the same time on another laptop: kept by every sync
(``sync_overwritten``) and told here in words, so a person can see what was replaced and put it back by
hand if it mattered."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from app.storage.database import Database

_NAMED = {  # how to name the record a value belonged to
    "service": "SELECT name FROM service WHERE id = ?",
    "organisation": "SELECT name FROM organisation WHERE id = ?",
    "location": "SELECT name FROM location WHERE id = ?",
    "person": "SELECT given_name || ' ' || family_name FROM person WHERE id = ?",
    "episode": "SELECT p.given_name || ' ' || p.family_name FROM episode e JOIN person p ON p.id = e.person_id"
               " WHERE e.id = ?",
}
_KIND = {"episode": "the referral of", "person": "person", "service": "service", "organisation": "organisation",
         "location": "place"}


def _when(text: str) -> str:
    return f"{datetime.fromisoformat(text).astimezone():%-d %B %Y at %H:%M}"


def listing(db: Database) -> list[dict[str, Any]]:
    """Newest first: the record, each field's value that lost, and when it was replaced."""
    con = db.connect()
    try:
        rows = con.execute("SELECT seq, entity_table, entity_id, row_json, at FROM sync_overwritten"
                           " ORDER BY seq DESC").fetchall()
        found = []
        for seq, table, entity_id, values, at in rows:
            named = _NAMED.get(table)
            hit = con.execute(named, (entity_id,)).fetchone() if named else None
            record = f"{_KIND[table]} {hit[0]}" if hit else f"a{'n' if table[0] in 'aeiou' else ''} {table} record"
            lost = {k: v for k, v in json.loads(values or "{}").items() if not k.endswith(("_at", "_id"))}
            if not lost:  # only when it happened: nothing a person typed
                continue
            said = "; ".join(f"{k.replace('_', ' ')} {v!r}" for k, v in lost.items())
            found.append({"id": seq, "table": table, "record": record, "values": lost, "at": at,
                          "said": f"{record[0].upper()}{record[1:]}: {said} was replaced by a later edit made "
                                  f"on another laptop at the same time (seen {_when(at)})."})
        return found
    finally:
        con.close()
