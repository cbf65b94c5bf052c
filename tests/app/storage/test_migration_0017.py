"""Migration 0017: the pairs a worker said are two people, kept on one laptop before, become team data
(``notsamepair``) on upgrade, and go back to the laptop's setting on downgrade."""

from __future__ import annotations

import json
from datetime import date

from alembic import command

from app.core import Linkwell
from app.storage.database import Database
from app.storage.migrations.runner import config, upgrade


def _downgrade(db: Database, revision: str) -> None:
    cfg = config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)


def test_pairs_kept_on_the_laptop_become_rows_and_come_back(core: Linkwell, db: Database) -> None:
    add = core.caseload.add_person
    ids = [add(given_name=given, family_name="Łąka <&>", date_of_birth=date(1969, 2, 3)).created_id
           for given in ("Siân", "Sian", "Sion")]
    first, second, third = ids
    assert first and second and third
    core.caseload.not_duplicates(first, second)
    _downgrade(db, "0016")
    assert json.loads(db.read_setting("duplicates.not_same") or "[]") == ["|".join(sorted((first, second)))]
    db.write_setting("duplicates.not_same", json.dumps(sorted(["|".join(sorted((first, second))),
                                                              "|".join(sorted((second, third)))])))
    upgrade(db.engine)
    assert db.read_setting("duplicates.not_same") is None
    con = db.connect()
    try:
        assert con.execute("SELECT count(*) FROM notsamepair").fetchone()[0] == 2
    finally:
        con.close()
    left = [set(p.people) for p in Linkwell(db).caseload.duplicates()]
    assert left == [{first, third}]
