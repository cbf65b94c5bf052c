"""The duplicates worklist's decisions become team data (issue 16):

- ``notsamepair``: two records a worker said are two people. They were kept on one laptop only (the
  setting ``duplicates.not_same``); each pair kept there becomes a row, and the setting goes.
- ``personmerge``: each merge from now on, with what undoing it needs, so a merge can be undone later
  (``linkwell person unmerge``), not only while the window that made it is open.

Both are captured for team sync with the triggers of migration 0008 and applied by ``app/sync/engine.py``
(APPLIED_TABLES).

Revision ID: 0017
Revises: 0016
"""

import importlib.util
import json
import uuid
from pathlib import Path

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_WHEN = sqlmodel.sql.sqltypes.UTCDateTime
_PAIRS = uuid.UUID("6f1c2a4e-3b7d-4c59-9a0e-5d8b1f2c7a63")  # as app.domain.duplicates, frozen here
TABLES = ("notsamepair", "personmerge")


def _sync_0008():  # noqa: ANN202 - the module of migration 0008, as it was written
    path = next(Path(__file__).parent.glob("0008_*.py"))
    spec = importlib.util.spec_from_file_location("linkwell_migration_0008_for_0017", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record_columns() -> list[sa.Column]:
    return [sa.Column("id", sa.Uuid(), nullable=False), sa.Column("created_at", _WHEN(), nullable=False),
            sa.Column("updated_at", _WHEN(), nullable=False), sa.Column("device_id", _TEXT(length=36), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "notsamepair", *_record_columns(),
        sa.Column("first_id", sa.Uuid(), nullable=False),
        sa.Column("second_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["first_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["second_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_notsamepair_first_id", "notsamepair", ["first_id"])
    op.create_index("ix_notsamepair_second_id", "notsamepair", ["second_id"])
    op.create_table(
        "personmerge", *_record_columns(),
        sa.Column("kept_id", sa.Uuid(), nullable=False),
        sa.Column("other_id", sa.Uuid(), nullable=False),
        sa.Column("undo", _TEXT(), nullable=False),
        sa.Column("undone_at", _WHEN(), nullable=True),
        sa.ForeignKeyConstraint(["kept_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["other_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_personmerge_kept_id", "personmerge", ["kept_id"])
    op.create_index("ix_personmerge_other_id", "personmerge", ["other_id"])
    bind = op.get_bind()
    kept = bind.execute(sa.text("SELECT value FROM setting WHERE key = 'duplicates.not_same'")).scalar()
    people = {r[0] for r in bind.execute(sa.text("SELECT id FROM person"))}
    device = bind.execute(sa.text("SELECT device_id FROM sync_state WHERE id = 1")).scalar() or ""
    from app import clock  # the one clock, so a pinned day reaches migrations too

    now = clock.now()
    rows = []
    for pair in json.loads(kept or "[]"):
        a, b = sorted(uuid.UUID(p) for p in pair.split("|"))
        if a.hex in people and b.hex in people:  # an erased person's pairs go with them
            rows.append({"id": uuid.uuid5(_PAIRS, f"{a.hex}|{b.hex}"), "created_at": now, "updated_at": now,
                         "device_id": device, "first_id": a, "second_id": b})
    table = sa.Table("notsamepair", sa.MetaData(), *_record_columns(), sa.Column("first_id", sa.Uuid()),
                     sa.Column("second_id", sa.Uuid()))
    if rows:  # before capture starts for the table: a joined laptop sends them as seeded rows
        bind.execute(table.insert(), rows)
    op.execute("DELETE FROM setting WHERE key = 'duplicates.not_same'")
    sync = _sync_0008()
    for name in TABLES:
        columns = sync._columns(name)
        for verb in ("INSERT", "UPDATE", "DELETE"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{name}_{verb.lower()}")
            op.execute(sync._trigger(name, verb, columns))


def downgrade() -> None:
    bind = op.get_bind()
    pairs = sorted("|".join(str(uuid.UUID(hex=str(v))) for v in sorted(r))
                   for r in bind.execute(sa.text("SELECT first_id, second_id FROM notsamepair")))
    if pairs:
        bind.execute(sa.text("INSERT OR REPLACE INTO setting (key, value) VALUES ('duplicates.not_same', :v)"),
                     {"v": json.dumps(pairs)})
    for name in TABLES:
        for verb in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{name}_{verb}")
        for column in (("kept_id", "other_id") if name == "personmerge" else ("first_id", "second_id")):
            op.drop_index(f"ix_{name}_{column}", table_name=name)
        op.drop_table(name)
