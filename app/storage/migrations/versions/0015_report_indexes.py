"""Narrow indexes for the commissioner report and the dashboard at a whole PCN's scale.

Under SQLCipher every page read is decrypted and checked, so the report's cost is the pages it reads.
Scanning the contact table (1,000,000 rows, most of each row ids, stamps and notes) for one count took
seconds; these indexes hold only the columns the report reads, so its scans read a fraction of the pages:

- ``ix_contact_counted``: contacts that count (original rows, not deleted) by date, for a period's counts.
- ``ix_contact_episode_live``: live contact rows by referral, for the per-referral CSV.
- ``ix_contact_deleted``: the few deleted contacts, which every count leaves out (their whole chain).
- ``ix_episodestatuschange_steps`` and ``ix_connectionstatuschange_latest``: each referral's and
  connection's status history, read for the steps reached and the status at the end of a period.

The report names them (INDEXED BY), so no statistics are needed to pick them.
Partial indexes, which the model cannot declare: they live in migrations only (``fts.MIGRATION_ONLY_INDEXES``).
Indexes are local to each laptop's file; team sync carries rows, not indexes.

Revision ID: 0015
Revises: 0014
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_contact_counted": "contact (contact_at, episode_id, kind) WHERE supersedes_id IS NULL AND deleted_at IS NULL",
    "ix_contact_episode_live": "contact (episode_id, contact_at, duration_minutes, supersedes_id) "
                               "WHERE deleted_at IS NULL",
    "ix_contact_deleted": "contact (deleted_at) WHERE deleted_at IS NOT NULL",
    "ix_episodestatuschange_steps": "episodestatuschange (episode_id, changed_at, to_status)",
    "ix_connectionstatuschange_latest": "connectionstatuschange (connection_id, changed_at, to_status, outcome_reason)",
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {columns}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
