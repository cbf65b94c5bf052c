"""The people behind a report figure (``Count.who``), for the dashboard's lists, and the practices a
report can be limited to. Plain reads; listing names in the worker's own window is not an export."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from app.storage.database import Database

CHUNK = 500  # ids per query (SQLite's limit on bound parameters is far above this)


def people_behind(db: Database, person_ids: Iterable[str]) -> list[dict[str, Any]]:
    """Name, NHS number, birth date and practice of each person, by family then given name."""
    ids = sorted({uuid.UUID(str(p)).hex for p in person_ids})
    con = db.connect()
    try:
        practices = dict(con.execute("SELECT id, name FROM practice").fetchall())
        found: list[dict[str, Any]] = []
        for k in range(0, len(ids), CHUNK):
            part = ids[k:k + CHUNK]
            for pid, given, family, nhs, born, practice in con.execute(
                    f"""SELECT id, given_name, family_name, nhs_number, date_of_birth, practice_id FROM person
                        WHERE id IN ({','.join('?' * len(part))})""", part):
                found.append({"id": str(uuid.UUID(pid)), "name": f"{given} {family}", "family": family,
                              "given": given, "nhs_number": nhs or "", "date_of_birth": (born or "")[:10],
                              "practice": practices.get(practice, "")})
    finally:
        con.close()
    return sorted(found, key=lambda p: (p["family"].casefold(), p["given"].casefold(), p["id"]))


def practice_choices(db: Database) -> list[tuple[str, str]]:
    """(ODS code, "name (ODS code)") of every practice, by name."""
    con = db.connect()
    try:
        return [(ods, f"{name} ({ods})") for ods, name in
                con.execute("SELECT ods_code, name FROM practice ORDER BY name COLLATE NOCASE")]
    finally:
        con.close()
