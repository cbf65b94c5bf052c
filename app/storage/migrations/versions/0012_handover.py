"""Handing a person over to another worker of the team, and the team's members as the hub last said.

- ``handover`` (shared, so it syncs): who handed whom to whom, when, with a note; acknowledged on the
  receiving laptop. Captured for team sync with the triggers of migration 0008 (made here for this
  table only), and applied by ``app/sync/engine.py`` (APPLIED_TABLES).
- ``sync_team`` (local to one laptop, not shared: a copy of the hub's list, refreshed by each sync):
  the names a person can be handed over to.

Revision ID: 0012
Revises: 0011
"""

import importlib.util
from pathlib import Path

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_WHEN = sqlmodel.sql.sqltypes.UTCDateTime


def _sync_0008():  # noqa: ANN202 - the module of migration 0008, as it was written
    path = next(Path(__file__).parent.glob("0008_*.py"))
    spec = importlib.util.spec_from_file_location("linkwell_migration_0008_for_0012", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    op.create_table(
        "handover",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", _WHEN(), nullable=False),
        sa.Column("updated_at", _WHEN(), nullable=False),
        sa.Column("device_id", _TEXT(length=36), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("from_user", _TEXT(), nullable=False),
        sa.Column("to_user", _TEXT(), nullable=False),
        sa.Column("note", _TEXT(), nullable=False),
        sa.Column("handed_at", _WHEN(), nullable=False),
        sa.Column("acknowledged_at", _WHEN(), nullable=True),
        sa.Column("acknowledged_by", _TEXT(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_handover_person_id", "handover", ["person_id"])
    op.create_index("ix_handover_to_user", "handover", ["to_user"])
    op.execute("CREATE TABLE sync_team (name TEXT PRIMARY KEY, role TEXT NOT NULL)")
    sync = _sync_0008()
    columns = sync._columns("handover")
    for verb in ("INSERT", "UPDATE", "DELETE"):
        op.execute("DROP TRIGGER IF EXISTS sync_handover_" + verb.lower())
        op.execute(sync._trigger("handover", verb, columns))


def downgrade() -> None:
    for verb in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS sync_handover_{verb}")
    op.execute("DROP TABLE sync_team")
    op.drop_index("ix_handover_to_user", table_name="handover")
    op.drop_index("ix_handover_person_id", table_name="handover")
    op.drop_table("handover")
