"""votes per participant number: vote.participant, vote_round.participants, vote_participant

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 11:50:00

Follows 0004. Plain ADD COLUMNs (no table copy, so the version triggers of vote and
vote_round stay as they are: they name no columns) and one new synced table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dialoog_app.store.versions import trigger_sql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("vote", sa.Column("participant", sa.Integer(), nullable=True))
    op.add_column(
        "vote_round",
        sa.Column("participants", sa.Integer(), server_default="0", nullable=False),
    )
    op.create_table(
        "vote_participant",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("versions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["round_id"], ["vote_round.id"], name=op.f("fk_vote_participant_round_id_vote_round")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_participant")),
    )
    with op.batch_alter_table("vote_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vote_participant_round_id"), ["round_id"], unique=False
        )
    op.execute(trigger_sql("vote_participant"))


def downgrade() -> None:
    op.drop_table("vote_participant")
    with op.batch_alter_table("vote_round", schema=None) as batch_op:
        batch_op.drop_column("participants")
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_column("participant")
