"""Proactive outreach: cohorts (lists a practice asked the team to contact), the people on them and each
call made (``cohort``, ``cohortmember``, ``cohortcall``).

Cohorts are team data: a cohort is split between workers, and a call made on one laptop must be seen on
the others, so all three tables are captured for team sync with the triggers of migration 0008 (made here
for these tables only), and ``app/sync/engine.py`` applies them (APPLIED_TABLES).

Revision ID: 0010
Revises: 0009
"""

import importlib.util
from pathlib import Path

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = ("cohort", "cohortmember", "cohortcall")  # parents first
_TEXT = sqlmodel.sql.sqltypes.AutoString
_WHEN = sqlmodel.sql.sqltypes.UTCDateTime


def _record() -> list[sa.Column]:
    return [sa.Column("id", sa.Uuid(), nullable=False),
            sa.Column("created_at", _WHEN(), nullable=False),
            sa.Column("updated_at", _WHEN(), nullable=False),
            sa.Column("device_id", _TEXT(length=36), nullable=False)]


def _sync_0008():  # noqa: ANN202 - the module of migration 0008, as it was written
    path = next(Path(__file__).parent.glob("0008_*.py"))
    spec = importlib.util.spec_from_file_location("linkwell_migration_0008_for_0010", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    op.create_table(
        "cohort", *_record(),
        sa.Column("name", _TEXT(), nullable=False),
        sa.Column("reason", _TEXT(), nullable=False),
        sa.Column("owner", _TEXT(), nullable=False),
        sa.Column("source", _TEXT(), nullable=False),
        sa.Column("closed_at", _WHEN(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "cohortmember", *_record(),
        sa.Column("cohort_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("nhs_number", _TEXT(length=10), nullable=True),
        sa.Column("given_name", _TEXT(), nullable=False),
        sa.Column("family_name", _TEXT(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("phone", _TEXT(), nullable=False),
        sa.Column("address", _TEXT(), nullable=False),
        sa.Column("postcode", _TEXT(), nullable=False),
        sa.Column("practice", _TEXT(), nullable=False),
        sa.Column("assigned_to", _TEXT(), nullable=False),
        sa.Column("state", _TEXT(), nullable=False),
        sa.Column("last_outcome", _TEXT(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", _WHEN(), nullable=True),
        sa.Column("last_caller", _TEXT(), nullable=False),
        sa.Column("retry_on", sa.Date(), nullable=True),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["cohort_id"], ["cohort.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cohortmember_cohort_id", "cohortmember", ["cohort_id"])
    op.create_index("ix_cohortmember_person_id", "cohortmember", ["person_id"])
    op.create_index("ix_cohortmember_state", "cohortmember", ["state"])
    op.create_table(
        "cohortcall", *_record(),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("outcome", _TEXT(), nullable=False),
        sa.Column("called_at", _WHEN(), nullable=False),
        sa.Column("caller", _TEXT(), nullable=False),
        sa.Column("retry_on", sa.Date(), nullable=True),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("service_id", sa.Uuid(), nullable=True),
        sa.Column("letter", sa.Boolean(), nullable=False),
        sa.Column("episode_id", sa.Uuid(), nullable=True),
        sa.Column("note", _TEXT(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["cohortmember.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["service_id"], ["service.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["episode_id"], ["episode.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cohortcall_member_id", "cohortcall", ["member_id"])
    sync = _sync_0008()
    for table in TABLES:
        columns = sync._columns(table)
        for verb in ("INSERT", "UPDATE", "DELETE"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{verb.lower()}")
            op.execute(sync._trigger(table, verb, columns))


def downgrade() -> None:
    for table in reversed(TABLES):
        for verb in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{verb}")
    op.drop_index("ix_cohortcall_member_id", table_name="cohortcall")
    op.drop_table("cohortcall")
    for index in ("ix_cohortmember_state", "ix_cohortmember_person_id", "ix_cohortmember_cohort_id"):
        op.drop_index(index, table_name="cohortmember")
    op.drop_table("cohortmember")
    op.drop_table("cohort")
