"""Directory feeds: where each service came from, what the feed last said, and the provider's own
words on eligibility and access.

Columns are added in place (ALTER TABLE ADD COLUMN), never by copying the table, so the search
index triggers on ``service`` stay as they are.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_SERVICE_TEXT = ("eligibility", "how_to_access", "local_note", "source", "source_hash")


def upgrade() -> None:
    for column in _SERVICE_TEXT:
        op.add_column("service", sa.Column(column, _TEXT(), nullable=False, server_default=""))
    op.add_column("service", sa.Column("missing_from_source_on", sa.Date(), nullable=True))
    op.create_index("ix_service_source", "service", ["source"], unique=False)
    for table in ("organisation", "location"):
        op.add_column(table, sa.Column("source", _TEXT(), nullable=False, server_default=""))


def downgrade() -> None:
    for table in ("organisation", "location"):
        op.drop_column(table, "source")
    op.drop_index("ix_service_source", table_name="service")
    op.drop_column("service", "missing_from_source_on")
    for column in reversed(_SERVICE_TEXT):
        op.drop_column("service", column)
