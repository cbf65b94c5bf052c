"""Migration 0002 (directory feeds) on a database made by the previous release."""

from __future__ import annotations

from alembic import command

from app.storage.database import Database
from app.storage.migrations.runner import config, upgrade


def test_upgrade_from_0001_keeps_services_and_their_search_index(db: Database) -> None:
    cfg = config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0001")
    con = db.connect()
    with con:
        con.execute("INSERT INTO service (id, created_at, updated_at, device_id, name, description, url, email, "
                    "phone, contact_name, area, status, capacity, capacity_note, alert, verified_by, is_free, "
                    "cost_note, attend_in_person, attend_phone, attend_online, attend_home_visit, access) VALUES "
                    "('0123456789abcdef0123456789abcdef', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'dev', "
                    "'Allotment Club', '', '', '', '', '', 'Armley', 'active', 'has capacity', '', '', '', 1, '', "
                    "1, 0, 0, 0, 'self-refer')")
    con.close()

    upgrade(db.engine)

    con = db.connect()
    try:
        row = con.execute("SELECT name, source, source_hash, eligibility, missing_from_source_on FROM service").fetchone()
        assert row == ("Allotment Club", "", "", "", None)
        con.execute("UPDATE service SET name = 'Allotment Society'")
        assert con.execute("SELECT name FROM service_fts WHERE service_fts MATCH 'society'").fetchall() == [
            ("Allotment Society",)]
        indexes = {r[1] for r in con.execute("PRAGMA index_list('service')")}
        assert "ix_service_source" in indexes
    finally:
        con.close()
