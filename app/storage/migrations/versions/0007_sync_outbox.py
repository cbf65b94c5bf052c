"""Team sync's capture: every change to a shared table, by any path, lands in ``sync_outbox`` in the
same transaction, stamped with a hybrid logical clock (HLC) and this database's device id.

SQLite triggers do it, so the ORM, raw SQL, imports and restores are all caught. They capture only
once the database has joined a hub (``sync_state.capturing``), and not while pulled changes are being
applied (``sync_state.applying``, set and cleared inside the applying transaction). The HLC is kept in
``sync_state`` by the triggers themselves: milliseconds, the later of SQLite's clock and the last clock
seen, then a counter, then the device, as text that sorts in clock order. ``sync_row_clock`` holds each
row's latest clock, for last-clock-wins; ``sync_overwritten`` keeps every value that lost.

A later migration that recreates a shared table, or adds a column to one, must call
``create_triggers`` again (the row is captured column by column).

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Parents before children, so a first push (and a replay) never names a row before it exists.
SHARED_TABLES = ("practice", "worker", "organisation", "location", "taxonomyterm", "service", "schedule",
                 "servicelocation", "servicetaxonomy", "person", "episode", "episodestatuschange",
                 "plangoal", "planaction", "contact", "connection", "connectionstatuschange",
                 "measureresponse", "unmetneed", "auditevent")

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_HLC = "printf('%015d:%05d:%s', hlc_ms, hlc_n, device_id)"
_TICK = (f"UPDATE sync_state SET hlc_ms = max(hlc_ms, {_NOW_MS}),"
         f" hlc_n = CASE WHEN {_NOW_MS} > hlc_ms THEN 0 ELSE hlc_n + 1 END;")
_WHEN = "WHEN (SELECT capturing AND NOT applying FROM sync_state)"


def _columns(table: str) -> list[str]:
    return [row[1] for row in op.get_bind().exec_driver_sql(f"PRAGMA table_info('{table}')")]


def _trigger(table: str, verb: str, columns: list[str]) -> str:
    ref = "OLD" if verb == "DELETE" else "NEW"
    row = "NULL" if verb == "DELETE" else "json_object(" + ", ".join(f"'{c}', NEW.\"{c}\"" for c in columns) + ")"
    return (
        f"CREATE TRIGGER sync_{table}_{verb.lower()} AFTER {verb} ON \"{table}\" {_WHEN} BEGIN {_TICK}"
        f" INSERT INTO sync_outbox (change_id, entity_table, entity_id, row_json, tombstone, hlc)"
        f" SELECT lower(hex(randomblob(16))), '{table}', {ref}.id, {row}, {int(verb == 'DELETE')}, {_HLC}"
        f" FROM sync_state;"
        f" INSERT INTO sync_row_clock (entity_table, entity_id, hlc) SELECT '{table}', {ref}.id, {_HLC}"
        f" FROM sync_state WHERE true ON CONFLICT (entity_table, entity_id) DO UPDATE SET hlc = excluded.hlc;"
        f" END"
    )


def create_triggers() -> None:
    for table in SHARED_TABLES:
        columns = _columns(table)
        for verb in ("INSERT", "UPDATE", "DELETE"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{verb.lower()}")
            op.execute(_trigger(table, verb, columns))


def upgrade() -> None:
    op.execute("""CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        device_id TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))),
        capturing INTEGER NOT NULL DEFAULT 0,
        applying INTEGER NOT NULL DEFAULT 0,
        hlc_ms INTEGER NOT NULL DEFAULT 0,
        hlc_n INTEGER NOT NULL DEFAULT 0,
        hub_url TEXT, hub_user TEXT, hub_pcn TEXT, hub_role TEXT, hub_token TEXT,
        last_pulled INTEGER NOT NULL DEFAULT 0,
        last_synced TEXT)""")
    op.execute("INSERT INTO sync_state (id) VALUES (1)")
    op.execute("""CREATE TABLE sync_outbox (
        seq INTEGER PRIMARY KEY,
        change_id TEXT NOT NULL UNIQUE,
        entity_table TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        row_json TEXT,
        tombstone INTEGER NOT NULL,
        hlc TEXT NOT NULL)""")
    op.execute("""CREATE TABLE sync_row_clock (
        entity_table TEXT NOT NULL, entity_id TEXT NOT NULL, hlc TEXT NOT NULL,
        PRIMARY KEY (entity_table, entity_id)) WITHOUT ROWID""")
    op.execute("""CREATE TABLE sync_overwritten (
        seq INTEGER PRIMARY KEY,
        entity_table TEXT NOT NULL, entity_id TEXT NOT NULL,
        row_json TEXT, hlc TEXT NOT NULL, lost_to TEXT NOT NULL, at TEXT NOT NULL)""")
    create_triggers()


def downgrade() -> None:
    for table in SHARED_TABLES:
        for verb in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{verb}")
    for table in ("sync_overwritten", "sync_row_clock", "sync_outbox", "sync_state"):
        op.execute(f"DROP TABLE {table}")
