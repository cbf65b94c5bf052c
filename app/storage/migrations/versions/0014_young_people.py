"""Young people: a school or college, whether they may be contacted directly and to whom letters go
(``person.school``, ``contact_directly``, ``letters_to``), and their parents, guardians or carers
(``guardian``: relationship, parental responsibility, whether they may be contacted).

``guardian`` is team data (a colleague covering must reach the same parent), so it is captured for team
sync with the triggers of migration 0008 and applied by ``app/sync/engine.py`` (APPLIED_TABLES);
``person`` gains columns, so its capture triggers are made again to carry them.

Revision ID: 0014
Revises: 0013
"""

import importlib.util
from pathlib import Path

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_WHEN = sqlmodel.sql.sqltypes.UTCDateTime


def _sync_0008():  # noqa: ANN202 - the module of migration 0008, as it was written
    path = next(Path(__file__).parent.glob("0008_*.py"))
    spec = importlib.util.spec_from_file_location("linkwell_migration_0008_for_0014", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    op.add_column("person", sa.Column("school", _TEXT(), nullable=False, server_default=""))
    op.add_column("person", sa.Column("contact_directly", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.add_column("person", sa.Column("letters_to", _TEXT(), nullable=False, server_default="person"))
    op.create_table(
        "guardian",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", _WHEN(), nullable=False),
        sa.Column("updated_at", _WHEN(), nullable=False),
        sa.Column("device_id", _TEXT(length=36), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("name", _TEXT(), nullable=False),
        sa.Column("relationship", _TEXT(), nullable=False),
        sa.Column("parental_responsibility", sa.Boolean(), nullable=False),
        sa.Column("may_contact", sa.Boolean(), nullable=False),
        sa.Column("phone", _TEXT(), nullable=False),
        sa.Column("email", _TEXT(), nullable=False),
        sa.Column("address", _TEXT(), nullable=False),
        sa.Column("note", _TEXT(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_guardian_person_id", "guardian", ["person_id"])
    sync = _sync_0008()
    sync.create_triggers()  # person's capture triggers name every column: made again, they carry the new ones
    columns = sync._columns("guardian")
    for verb in ("INSERT", "UPDATE", "DELETE"):
        op.execute("DROP TRIGGER IF EXISTS sync_guardian_" + verb.lower())
        op.execute(sync._trigger("guardian", verb, columns))


def downgrade() -> None:
    for verb in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS sync_guardian_{verb}")
        op.execute(f"DROP TRIGGER IF EXISTS sync_person_{verb}")
    op.drop_index("ix_guardian_person_id", table_name="guardian")
    op.drop_table("guardian")
    for column in ("letters_to", "contact_directly", "school"):
        op.drop_column("person", column)
    _sync_0008().create_triggers()
