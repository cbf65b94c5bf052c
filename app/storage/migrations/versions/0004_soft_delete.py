"""Soft delete for contacts and connections: a deleted row keeps its text and can be brought back
(undo), and the audit trail says who removed it and when.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("contact", "connection"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in ("contact", "connection"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("deleted_at")
