"""Safeguarding records replace the single free-text "risk or safeguarding" note: ``safeguarding`` holds a
concern's category, whom it was raised with and when, its status and a note (the wording of each code is in
``resources/safeguarding.json``). Each person's note already written becomes an open concern of the category
"other", not raised with anyone yet, dated the day of the upgrade, and the note is cleared.

``safeguarding`` is team data (a colleague covering must see an open concern), so it is captured for team
sync with the triggers of migration 0008 and applied by ``app/sync/engine.py`` (APPLIED_TABLES).

Revision ID: 0016
Revises: 0015
"""

import importlib.util
import uuid
from pathlib import Path

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_WHEN = sqlmodel.sql.sqltypes.UTCDateTime


def _sync_0008():  # noqa: ANN202 - the module of migration 0008, as it was written
    path = next(Path(__file__).parent.glob("0008_*.py"))
    spec = importlib.util.spec_from_file_location("linkwell_migration_0008_for_0016", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    op.create_table(
        "safeguarding",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", _WHEN(), nullable=False),
        sa.Column("updated_at", _WHEN(), nullable=False),
        sa.Column("device_id", _TEXT(length=36), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("category", _TEXT(), nullable=False),
        sa.Column("raised_with", _TEXT(), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=True),
        sa.Column("status", _TEXT(), nullable=False),
        sa.Column("note", _TEXT(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_safeguarding_person_id", "safeguarding", ["person_id"])
    op.create_index("ix_safeguarding_status", "safeguarding", ["status"])
    # The notes already written become open concerns (before capture starts for the table: a laptop that
    # has joined a hub sends them with its first push of this table's rows, as any seeded row).
    bind = op.get_bind()
    from app import clock  # the one clock, so a pinned day reaches migrations too

    now = clock.now()
    rows = [{"id": uuid.uuid4(), "created_at": now, "updated_at": now, "device_id": device, "person_id": pid,
             "category": "other", "raised_with": "not_raised", "raised_on": None, "status": "open", "note": note,
             "closed_on": None}
            for pid, device, note in bind.execute(sa.text("SELECT id, device_id, risk_note FROM person "
                                                          "WHERE risk_note != ''"))]
    table = sa.Table("safeguarding", sa.MetaData(), sa.Column("id", sa.Uuid()), sa.Column("created_at", _WHEN()),
                     sa.Column("updated_at", _WHEN()), sa.Column("device_id", _TEXT()),
                     sa.Column("person_id", sa.Uuid()), sa.Column("category", _TEXT()),
                     sa.Column("raised_with", _TEXT()), sa.Column("raised_on", sa.Date()),
                     sa.Column("status", _TEXT()), sa.Column("note", _TEXT()), sa.Column("closed_on", sa.Date()))
    for row in rows:
        row["person_id"] = uuid.UUID(hex=str(row["person_id"]))
    if rows:
        bind.execute(table.insert(), rows)
    op.execute("UPDATE person SET risk_note = '' WHERE risk_note != ''")
    sync = _sync_0008()
    columns = sync._columns("safeguarding")
    for verb in ("INSERT", "UPDATE", "DELETE"):
        op.execute("DROP TRIGGER IF EXISTS sync_safeguarding_" + verb.lower())
        op.execute(sync._trigger("safeguarding", verb, columns))


def downgrade() -> None:
    for verb in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS sync_safeguarding_{verb}")
    op.execute("""UPDATE person SET risk_note = coalesce((SELECT group_concat(note, '; ') FROM safeguarding s
                  WHERE s.person_id = person.id AND s.status != 'closed'), '')""")
    op.drop_index("ix_safeguarding_status", table_name="safeguarding")
    op.drop_index("ix_safeguarding_person_id", table_name="safeguarding")
    op.drop_table("safeguarding")
