"""The caseload's default view reads its order from an index, and ids come back in their usual form."""

from __future__ import annotations

import uuid

from app.services.caseload_list import SORTS, from_hex, to_hex
from app.storage.database import Database
from tests.ui.conftest import add_people


def test_from_hex_matches_uuid() -> None:
    for _ in range(50):
        value = uuid.uuid4()
        assert from_hex(value.hex) == str(value) == from_hex(value.hex.upper())
        assert to_hex(from_hex(value.hex)) == value.hex


def test_default_order_comes_from_the_sort_index(db: Database) -> None:
    add_people(db)
    con = db.connect()
    plan = con.execute(f"EXPLAIN QUERY PLAN SELECT p.id FROM person p ORDER BY {SORTS['name']}").fetchall()
    con.close()
    details = " ".join(str(row[-1]) for row in plan)
    assert "ix_person_sort_name" in details and "TEMP B-TREE" not in details
