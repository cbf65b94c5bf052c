"""Team sync, second step: field-level clocks, clinical conflicts, choices that sync, and tombstones.

- An update is captured with the columns it changed (``sync_outbox.fields``, a JSON object of each column
  and the clock of the value it replaced), and each row's
  clock keeps a clock per column set since the whole row was written (``sync_row_clock.base`` and
  ``.fields``), so two laptops editing different fields of one row both keep their edit.
- ``sync_row_clock.tombstone`` marks a row deleted (erased): a later edit from an offline laptop does
  not bring it back. ``author`` is the team member whose change set the row, when it came from the hub.
- A delete drops this laptop's unsent changes to that row and the values it kept that lost, so an
  erased person's name is not left in the outbox (the tombstone carries no name).
- ``sync_parked`` (local) keeps a pulled change this copy could not take (a second person with an NHS
  number already here, or a row whose parent was set aside), whole, so the sync goes on and nothing is lost.
- ``sync_conflict`` (local) holds two status moves made from the same state on different laptops;
  ``sync_resolution`` (shared, so it syncs) holds the choice a person made.

A later migration that recreates a shared table, or adds a column to one, must call
``create_triggers`` from here again.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SHARED_TABLES = ("practice", "worker", "organisation", "location", "taxonomyterm", "service", "schedule",
                 "servicelocation", "servicetaxonomy", "person", "episode", "episodestatuschange",
                 "plangoal", "planaction", "contact", "connection", "connectionstatuschange",
                 "measureresponse", "unmetneed", "auditevent", "sync_resolution")

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_HLC = "printf('%015d:%05d:%s', hlc_ms, hlc_n, device_id)"
_TICK = (f"UPDATE sync_state SET hlc_ms = max(hlc_ms, {_NOW_MS}),"
         f" hlc_n = CASE WHEN {_NOW_MS} > hlc_ms THEN 0 ELSE hlc_n + 1 END;")
_WHEN = "WHEN (SELECT capturing AND NOT applying FROM sync_state)"


def _columns(table: str) -> list[str]:
    return [row[1] for row in op.get_bind().exec_driver_sql(f"PRAGMA table_info('{table}')")]


def _changed(table: str, columns: list[str]) -> str:
    """The columns an UPDATE changed, as a JSON object: each column's name and the clock of the value it
    replaced, so a laptop receiving it can tell an edit made after seeing its value from a concurrent one."""
    picks = ", ".join(f"CASE WHEN OLD.\"{c}\" IS NOT NEW.\"{c}\" THEN '{c}' END" for c in columns)
    return (f"(SELECT json_group_object(j.value, coalesce(json_extract(c.fields, '$.\"' || j.value || '\"'),"
            f" c.base, '')) FROM json_each(json_array({picks})) AS j LEFT JOIN sync_row_clock AS c"
            f" ON c.entity_table = '{table}' AND c.entity_id = NEW.id WHERE j.value IS NOT NULL)")


def _trigger(table: str, verb: str, columns: list[str]) -> str:
    ref = "OLD" if verb == "DELETE" else "NEW"
    row = "NULL" if verb == "DELETE" else "json_object(" + ", ".join(f"'{c}', NEW.\"{c}\"" for c in columns) + ")"
    fields = _changed(table, columns) if verb == "UPDATE" else "NULL"
    when = _WHEN
    if verb == "UPDATE":  # an update that changes nothing is not a change
        when += " AND (" + " OR ".join(f"OLD.\"{c}\" IS NOT NEW.\"{c}\"" for c in columns) + ")"
    forget = ""
    if verb == "DELETE":
        forget = (f" DELETE FROM sync_outbox WHERE entity_table = '{table}' AND entity_id = OLD.id;"
                  f" DELETE FROM sync_overwritten WHERE entity_table = '{table}' AND entity_id = OLD.id;"
                  f" DELETE FROM sync_conflict WHERE entity_id = OLD.id;")
    if verb == "INSERT":
        clock = (f" INSERT INTO sync_row_clock (entity_table, entity_id, hlc, base, fields, tombstone, author)"
                 f" SELECT '{table}', NEW.id, {_HLC}, {_HLC}, NULL, 0, NULL FROM sync_state WHERE true"
                 f" ON CONFLICT (entity_table, entity_id) DO UPDATE SET hlc = excluded.hlc, base = excluded.base,"
                 f" fields = NULL, tombstone = 0, author = NULL;")
    elif verb == "UPDATE":
        clock = (f" INSERT INTO sync_row_clock (entity_table, entity_id, hlc, base, fields, tombstone)"
                 f" SELECT '{table}', NEW.id, {_HLC}, '', (SELECT json_group_object(key, {_HLC})"
                 f" FROM json_each((SELECT fields FROM sync_outbox WHERE seq = last_insert_rowid()))), 0"
                 f" FROM sync_state WHERE true ON CONFLICT (entity_table, entity_id) DO UPDATE SET"
                 f" hlc = excluded.hlc, fields = json_patch(coalesce(fields, '{{}}'), excluded.fields);")
    else:
        clock = (f" INSERT INTO sync_row_clock (entity_table, entity_id, hlc, base, fields, tombstone)"
                 f" SELECT '{table}', OLD.id, {_HLC}, {_HLC}, NULL, 1 FROM sync_state WHERE true"
                 f" ON CONFLICT (entity_table, entity_id) DO UPDATE SET hlc = excluded.hlc, tombstone = 1;")
    return (
        f"CREATE TRIGGER sync_{table}_{verb.lower()} AFTER {verb} ON \"{table}\" {when} BEGIN {_TICK}{forget}"
        f" INSERT INTO sync_outbox (change_id, entity_table, entity_id, row_json, fields, tombstone, hlc)"
        f" SELECT lower(hex(randomblob(16))), '{table}', {ref}.id, {row}, {fields}, {int(verb == 'DELETE')},"
        f" {_HLC} FROM sync_state;{clock}"
        f" END"
    )


def create_triggers() -> None:
    for table in SHARED_TABLES:
        columns = _columns(table)
        for verb in ("INSERT", "UPDATE", "DELETE"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{verb.lower()}")
            op.execute(_trigger(table, verb, columns))


def upgrade() -> None:
    op.execute("ALTER TABLE sync_outbox ADD COLUMN fields TEXT")
    op.execute("ALTER TABLE sync_row_clock ADD COLUMN base TEXT NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE sync_row_clock ADD COLUMN fields TEXT")
    op.execute("ALTER TABLE sync_row_clock ADD COLUMN tombstone INTEGER NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE sync_row_clock ADD COLUMN author TEXT")
    op.execute("UPDATE sync_row_clock SET base = hlc")
    op.execute("""CREATE TABLE sync_resolution (
        id TEXT PRIMARY KEY,
        kept_change TEXT NOT NULL,
        set_aside_change TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL)""")
    op.execute("""CREATE TABLE sync_conflict (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('episode', 'connection')),
        entity_id TEXT NOT NULL,
        first_change TEXT NOT NULL,
        second_change TEXT NOT NULL,
        first_by TEXT,
        second_by TEXT,
        detected_at TEXT NOT NULL)""")
    op.execute("""CREATE TABLE sync_parked (
        seq INTEGER PRIMARY KEY,
        entity_table TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        change_json TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL)""")
    create_triggers()


def downgrade() -> None:
    for table in SHARED_TABLES:
        for verb in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{verb}")
    op.execute("DROP TABLE sync_parked")
    op.execute("DROP TABLE sync_conflict")
    op.execute("DROP TABLE sync_resolution")
    for table, column in (("sync_row_clock", "author"), ("sync_row_clock", "tombstone"),
                          ("sync_row_clock", "fields"), ("sync_row_clock", "base"), ("sync_outbox", "fields")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("sync_0007", Path(__file__).with_name("0007_sync_outbox.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.create_triggers()
