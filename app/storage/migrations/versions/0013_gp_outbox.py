"""The GP record outbox: ``gp_message`` (a GP Connect Send Document message queued for MESH, its state,
and its payload inside the encrypted file) and ``gp_message_event`` (each change of state).

Local to the laptop: not captured by team sync (no triggers, not in APPLIED_TABLES), since a message
goes once, from the laptop that queued it, through its own MESH mailbox.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "gp_message",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("person_id", sa.Uuid(), sa.ForeignKey("person.id", ondelete="CASCADE"), nullable=False),
        sa.Column("episode_id", sa.Uuid(), nullable=True),
        sa.Column("practice_ods", AutoString(), nullable=False),
        sa.Column("practice_name", AutoString(), nullable=False),
        sa.Column("codes_only", sa.Boolean(), nullable=False),
        sa.Column("title", AutoString(), nullable=False),
        sa.Column("subject", AutoString(), nullable=False),
        sa.Column("header_id", AutoString(), nullable=False),
        sa.Column("local_id", AutoString(), nullable=False, unique=True),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("state", AutoString(), nullable=False),
        sa.Column("reason", AutoString(), nullable=False),
        sa.Column("mesh_message_id", AutoString(), nullable=True),
        sa.Column("recipient_mailbox", AutoString(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("sending_since", UTCDateTime(), nullable=True),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=True),
        sa.Column("queued_by", AutoString(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_gp_message_person_id", "gp_message", ["person_id"])
    op.create_index("ix_gp_message_header_id", "gp_message", ["header_id"])
    op.create_index("ix_gp_message_state", "gp_message", ["state"])
    op.create_index("ix_gp_message_mesh_message_id", "gp_message", ["mesh_message_id"])
    op.create_table(
        "gp_message_event",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("message_id", sa.Uuid(), sa.ForeignKey("gp_message.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("state", AutoString(), nullable=False),
        sa.Column("detail", AutoString(), nullable=False),
    )
    op.create_index("ix_gp_message_event_message_id", "gp_message_event", ["message_id"])


def downgrade() -> None:
    op.drop_table("gp_message_event")
    op.drop_table("gp_message")
