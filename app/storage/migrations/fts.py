"""The directory's full-text index (SQLite FTS5), kept in step with the tables by triggers.

One row per service, keyed by the service's rowid, over its name, description, organisation, category
names and area. Migrations call these with ``op.execute``; tests call them too.
"""

from __future__ import annotations

from collections.abc import Callable

_ROW = """
    SELECT s.rowid, s.name, s.description, coalesce(o.name, ''),
           coalesce((SELECT group_concat(t.name, ' ') FROM servicetaxonomy st
                     JOIN taxonomyterm t ON t.id = st.term_id WHERE st.service_id = s.id), ''),
           s.area
    FROM service s LEFT JOIN organisation o ON o.id = s.organisation_id
"""
_INSERT = f"INSERT INTO service_fts(rowid, name, description, organisation, categories, area) {_ROW}"

_STATEMENTS = [
    ("CREATE VIRTUAL TABLE service_fts USING fts5("
     "name, description, organisation, categories, area, "
     "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')"),
    f"""CREATE TRIGGER service_fts_ai AFTER INSERT ON service BEGIN
        {_INSERT} WHERE s.rowid = new.rowid; END""",
    f"""CREATE TRIGGER service_fts_au AFTER UPDATE ON service BEGIN
        DELETE FROM service_fts WHERE rowid = old.rowid;
        {_INSERT} WHERE s.rowid = new.rowid; END""",
    """CREATE TRIGGER service_fts_ad AFTER DELETE ON service BEGIN
        DELETE FROM service_fts WHERE rowid = old.rowid; END""",
    f"""CREATE TRIGGER service_fts_tax_ai AFTER INSERT ON servicetaxonomy BEGIN
        DELETE FROM service_fts WHERE rowid = (SELECT rowid FROM service WHERE id = new.service_id);
        {_INSERT} WHERE s.id = new.service_id; END""",
    f"""CREATE TRIGGER service_fts_tax_ad AFTER DELETE ON servicetaxonomy BEGIN
        DELETE FROM service_fts WHERE rowid = (SELECT rowid FROM service WHERE id = old.service_id);
        {_INSERT} WHERE s.id = old.service_id; END""",
    f"""CREATE TRIGGER service_fts_org_au AFTER UPDATE OF name ON organisation BEGIN
        DELETE FROM service_fts WHERE rowid IN (SELECT rowid FROM service WHERE organisation_id = new.id);
        {_INSERT} WHERE s.organisation_id = new.id; END""",
]
_NAMES = ["service_fts_ai", "service_fts_au", "service_fts_ad", "service_fts_tax_ai", "service_fts_tax_ad",
          "service_fts_org_au"]


def create_search_index(execute: Callable[[str], object]) -> None:
    for statement in _STATEMENTS:
        execute(statement)


def drop_search_index(execute: Callable[[str], object]) -> None:
    for name in _NAMES:
        execute(f"DROP TRIGGER IF EXISTS {name}")
    execute("DROP TABLE IF EXISTS service_fts")


def rebuild_search_index(execute: Callable[[str], object]) -> None:
    """Refill the index from the tables (after a bulk load that bypassed row triggers)."""
    execute("DELETE FROM service_fts")
    execute(_INSERT)


# COLLATE NOCASE (not expressible in the model); Today's lists (migration 0005).
MIGRATION_ONLY_INDEXES = ("ix_person_sort_name", "ix_episode_status_referral", "ix_episode_due_status",
                          # the report's narrow and partial indexes (migration 0015)
                          "ix_contact_counted", "ix_contact_episode_live", "ix_contact_deleted",
                          "ix_episodestatuschange_steps", "ix_connectionstatuschange_latest",
                          "ix_measureresponse_taken")  # and 0018
MIGRATION_ONLY_TABLES = ("caseload_entry",)  # a read model kept by triggers (migration 0005)


def not_search_index(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic ``include_object`` hook: the FTS5 tables, the caseload read model, team sync's tables
    and a few indexes live in migrations only."""
    if type_ == "index" and name in MIGRATION_ONLY_INDEXES:
        return False
    if type_ == "table" and name in MIGRATION_ONLY_TABLES:
        return False
    return not (type_ == "table" and (name or "").startswith(("service_fts", "sync_")))  # sync_: 0007
