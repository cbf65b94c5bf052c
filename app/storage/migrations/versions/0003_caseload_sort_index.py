"""An index in the caseload's default order (family then given name, ignoring case), so the list of
100,000 people comes out of the index instead of being sorted on every open.

The index lives in migrations only (SQLModel cannot declare COLLATE NOCASE on an index column);
``fts.not_search_index`` keeps Alembic's comparison from asking to drop it.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SORT_INDEX = "ix_person_sort_name"


def upgrade() -> None:
    op.execute(f"CREATE INDEX {SORT_INDEX} ON person (family_name COLLATE NOCASE, given_name COLLATE NOCASE, id)")


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {SORT_INDEX}")
