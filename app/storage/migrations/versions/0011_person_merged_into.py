"""Two records of one person merged into one: ``person.merged_into``.

- The record merged away is kept as a marker naming the person it was merged into (``merged_into``), with no
  referral or need left on it. It syncs as an ordinary change of the person row, so every laptop of the team
  hides it too (a delete would be a tombstone that cannot be undone, and would make the audit trail forget
  the events about that record as if it were erased: the marker keeps them, linked to the kept person).
- The caseload's name index (migration 0003) leaves merged records out (a partial index), so the list of
  everyone by name still comes out of the index alone.
- ``caseload_entry`` (migration 0005) drops a merged record's row, and puts it back if the merge is undone.
- ``person`` is shared: team sync's capture triggers are made again to capture the new column (0008).

Revision ID: 0011
Revises: 0010
"""

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

SORT_INDEX = "ix_person_sort_name"
_ADD = ("INSERT OR REPLACE INTO caseload_entry (person_id, family_name, given_name, practice_id) "
        "VALUES (new.id, new.family_name, new.given_name, new.practice_id);")
TRIGGERS = {
    "caseload_entry_person_merged_au": (
        "AFTER UPDATE OF merged_into ON person WHEN new.merged_into IS NOT NULL AND old.merged_into IS NULL "
        "BEGIN DELETE FROM caseload_entry WHERE person_id = new.id; END"),
    "caseload_entry_person_unmerged_au": (
        f"AFTER UPDATE OF merged_into ON person WHEN new.merged_into IS NULL AND old.merged_into IS NOT NULL "
        f"BEGIN {_ADD} END"),
}


def _migration(number: str):  # noqa: ANN202 - a module
    path = next(Path(__file__).parent.glob(f"{number}_*.py"))
    spec = importlib.util.spec_from_file_location(f"linkwell_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    op.add_column("person", sa.Column("merged_into", sa.Uuid(), nullable=True))
    op.execute(f"DROP INDEX IF EXISTS {SORT_INDEX}")
    # merged_into is in the index too (always NULL there), so the query that names it reads the index alone
    op.execute(f"CREATE INDEX {SORT_INDEX} ON person (family_name COLLATE NOCASE, given_name COLLATE NOCASE, id,"
               " merged_into) WHERE merged_into IS NULL")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    _migration("0008").create_triggers()


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP INDEX IF EXISTS {SORT_INDEX}")
    for table in ("person",):  # the capture triggers name the column: drop them, then make them again
        for verb in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{verb}")
    op.drop_column("person", "merged_into")
    op.execute(f"CREATE INDEX {SORT_INDEX} ON person (family_name COLLATE NOCASE, given_name COLLATE NOCASE, id)")
    _migration("0008").create_triggers()
