from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import app.domain.models  # noqa: F401
from app.storage.database import Database
from app.storage.migrations import HEAD_REVISION
from app.storage.migrations.fts import not_search_index
from app.storage.migrations.runner import head, upgrade


def test_head_constant_names_alembics_head() -> None:
    assert HEAD_REVISION == head()


def test_migrated_schema_matches_the_model(db: Database) -> None:
    assert db.schema_revision() == HEAD_REVISION
    with db.engine.connect() as connection:
        diffs = compare_metadata(
            MigrationContext.configure(connection, opts={"include_object": not_search_index}),
            SQLModel.metadata,
        )
    assert diffs == []


def test_downgrade_then_upgrade_round_trips(db: Database) -> None:
    from alembic import command

    from app.storage.migrations.runner import config

    cfg = config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "base")
    con = db.connect()
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert tables <= {"alembic_version"}
    upgrade(db.engine)
    assert db.schema_revision() == HEAD_REVISION


def test_integrity_check_and_pragmas(db: Database) -> None:
    db.check_integrity()
    con = db.connect()
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert con.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    finally:
        con.close()


def test_database_made_by_the_first_release_upgrades_with_its_data(tmp_path) -> None:  # noqa: ANN001
    """A database at revision 0001 (the first schema) holding a person upgrades to head intact."""
    from app.storage import keys

    path = tmp_path / "old.db"
    old = Database(path, keys.new_key())
    upgrade(old.engine, "0001")
    con = old.connect()
    with con:
        con.execute(
            "INSERT INTO person (id, created_at, updated_at, device_id, given_name, family_name, preferred_name, "
            "sex, gender, ethnicity, phone, email, address, postcode, communication_needs, "
            "consent_share_with_gp, risk_note) VALUES (?, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'd', "
            "'Gwenllïan', 'Ap Dafydd', '', '', '', '', '', '', '', '', '', 1, '')",
            ("0" * 31 + "1",),
        )
    con.close()
    old.migrate()
    assert old.schema_revision() == HEAD_REVISION
    con = old.connect()
    assert con.execute("SELECT given_name, family_name FROM person").fetchall() == [("Gwenllïan", "Ap Dafydd")]
    con.close()
    with old.engine.connect() as connection:
        diffs = compare_metadata(
            MigrationContext.configure(connection, opts={"include_object": not_search_index}),
            SQLModel.metadata,
        )
    assert diffs == []
