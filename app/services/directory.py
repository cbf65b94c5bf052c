"""The directory façade: search the local service directory.

Search is FTS5 over name, description, organisation, categories and area, ranked by bm25 with the
name weighted highest; every word typed is quoted and prefix-matched, so FTS5 syntax in a search box
is treated as text and never raises. When nothing matches, a typo-tolerant pass over names and
categories (rapidfuzz) answers instead.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from app.services.caseload_list import from_hex
from app.storage.database import Database

# bm25 column weights: name, description, organisation, categories, area
_WEIGHTS = "10.0, 1.0, 3.0, 6.0, 2.0"
_WORD = re.compile(r"\w+", re.UNICODE)
_HIT_COLUMNS = """
    s.id, s.name, coalesce(o.name, ''), s.status, s.capacity, s.last_verified_on, s.area,
    coalesce((SELECT group_concat(t.name, '; ') FROM servicetaxonomy st
              JOIN taxonomyterm t ON t.id = st.term_id WHERE st.service_id = s.id), '')
"""


@dataclass(frozen=True)
class ServiceHit:
    id: str
    name: str
    organisation: str
    status: str
    capacity: str
    last_verified_on: str | None
    area: str
    categories: str
    match: str  # "text" (full-text) or "fuzzy" (typo-tolerant)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def fts_query(text: str) -> str | None:
    """``walk grp`` → ``"walk"* "grp"*``: each word quoted and prefix-matched, all required."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words) if words else None


class Directory:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, text: str, *, limit: int = 20) -> list[ServiceHit]:
        query = fts_query(text)
        if query is None or limit < 1:
            return []
        con = self.db.connect()
        try:
            rows = con.execute(
                f"""SELECT {_HIT_COLUMNS} FROM service_fts f
                    JOIN service s ON s.rowid = f.rowid
                    LEFT JOIN organisation o ON o.id = s.organisation_id
                    WHERE service_fts MATCH ? ORDER BY bm25(service_fts, {_WEIGHTS}), s.name LIMIT ?""",
                (query, limit),
            ).fetchall()
            if rows:
                return [_hit(r, "text") for r in rows]
            return self._fuzzy(con, text, limit)
        finally:
            con.close()

    def _fuzzy(self, con: Any, text: str, limit: int) -> list[ServiceHit]:
        from rapidfuzz import fuzz, process, utils

        candidates = {
            sid: f"{name} {cats}"
            for sid, name, cats in con.execute(
                """SELECT s.id, s.name, coalesce((SELECT group_concat(t.name, ' ') FROM servicetaxonomy st
                   JOIN taxonomyterm t ON t.id = st.term_id WHERE st.service_id = s.id), '') FROM service s"""
            )
        }
        best = process.extract(
            text, candidates, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit, score_cutoff=75
        )
        ids = [sid for _, _, sid in best]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {
            r[0]: r
            for r in con.execute(
                f"""SELECT {_HIT_COLUMNS} FROM service s LEFT JOIN organisation o ON o.id = s.organisation_id
                    WHERE s.id IN ({marks})""",
                ids,
            )
        }
        return [_hit(found[i], "fuzzy") for i in ids]


def _hit(row: tuple[Any, ...], match: str) -> ServiceHit:
    sid, name, org, status, capacity, verified, area, cats = row
    return ServiceHit(
        id=from_hex(sid), name=name, organisation=org, status=status, capacity=capacity,
        last_verified_on=verified, area=area, categories=cats, match=match,
    )
