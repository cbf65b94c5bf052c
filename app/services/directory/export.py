"""Open Referral export: the whole directory as one HSDS 3.0 UK JSON page, written atomically."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from app.errors import InvalidInput
from app.io.files import atomic_path
from app.io.openreferral import export
from app.storage.database import Database
from app.i18n import translate

FORMATS = ("hsds3",)
_BOOLS = {"is_free", "attend_in_person", "attend_phone", "attend_online", "attend_home_visit", "informal"}


def directory_document(db: Database) -> dict[str, Any]:
    con = db.connect()
    try:
        services = _rows(con, "SELECT * FROM service")
        orgs = {r["id"]: r for r in _rows(con, "SELECT * FROM organisation")}
        locations = {r["id"]: r for r in _rows(con, "SELECT * FROM location")}
        terms = {r["id"]: r for r in _rows(con, "SELECT * FROM taxonomyterm")}
        links = _grouped(con, "SELECT service_id, location_id FROM servicelocation ORDER BY rowid")
        categories = _grouped(con, """SELECT st.service_id, st.term_id FROM servicetaxonomy st
                                      JOIN taxonomyterm t ON t.id = st.term_id ORDER BY t.vocabulary, t.code""")
        schedules: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in _rows(con, "SELECT * FROM schedule ORDER BY byday, opens_at, closes_at, freq, description"):
            schedules[row["service_id"]].append(row)
    finally:
        con.close()
    for table in (orgs.values(), locations.values(), services):
        _export_ids(table)
    services.sort(key=lambda s: (s["name"].casefold(), s["export_id"]))
    for term in terms.values():  # a term is its vocabulary and code, whichever database holds it
        term["export_id"] = export.derived_id("taxonomy_term", term["vocabulary"], term["code"])
    contents = []
    for s in services:
        _schedule_ids(s["export_id"], schedules[s["id"]])
        contents.append(export.service_object(
            s, orgs.get(s["organisation_id"]), [locations[i] for i in links[s["id"]] if i in locations],
            schedules[s["id"]], [terms[i] for i in categories[s["id"]] if i in terms],
        ))
    return export.page(contents)


def export_directory(db: Database, out: Path, *, fmt: str = "hsds3") -> int:
    """Write the directory to ``out``; returns the number of services. The file appears whole or not at all."""
    if fmt not in FORMATS:
        raise InvalidInput(translate("directory", "{fmt} is not an export format; use one of: {join}.").format(fmt=repr(fmt), join=', '.join(FORMATS)))
    document = directory_document(db)
    with atomic_path(Path(out)) as partial, partial.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return len(document["contents"])


def _rows(con: Any, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    out = []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        for key in _BOOLS & row.keys():
            row[key] = bool(row[key])
        out.append(row)
    return out


def _grouped(con: Any, sql: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for key, value in con.execute(sql):
        out[key].append(value)
    return out


def _export_ids(rows: Any) -> None:
    """The feed's uuid where there is one (and not already used), else the Linkwell id."""
    used: set[str] = set()
    for row in rows:
        chosen = str(uuid.UUID(row["id"]))
        try:
            candidate = str(uuid.UUID(row["source_id"])) if row["source_id"] else None
        except ValueError:
            candidate = None
        if candidate and candidate not in used:
            chosen = candidate
        used.add(chosen)
        row["export_id"] = chosen


def _schedule_ids(service_id: str, rows: list[dict[str, Any]]) -> None:
    """Ids from the service and what each rule says (rows are remade on every import, new ids and all)."""
    seen: dict[tuple[Any, ...], int] = defaultdict(int)
    for row in rows:
        content = (row["freq"], row["byday"], row["opens_at"], row["closes_at"], row["description"])
        row["export_id"] = export.derived_id(service_id, "schedule", *content, seen[content])
        seen[content] += 1
