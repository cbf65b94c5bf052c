"""The measures taken in a period, by date: the report and the dashboard find the referrals with a
measure in the period through this narrow index instead of decrypting the whole measure table for them
(at 200,000 measures: 0.39 s to 0.24 s for the quarter's wellbeing read).

Revision ID: 0018
Revises: 0017
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_measureresponse_taken ON measureresponse (taken_at, episode_id)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_measureresponse_taken")
