"""imported notes (source, stable key), survey answers, linked duplicates

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 07:00:00

Imported notes and survey answers; follows 0002 (the merge's version counts).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dialoog_app.store.versions import trigger_sql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survey_answer",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("question_position", sa.Integer(), nullable=False),
        sa.Column("respondent", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("import_key", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("versions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_survey_answer_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answer")),
    )
    with op.batch_alter_table("survey_answer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_answer_import_key"), ["import_key"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_survey_answer_meeting_id"), ["meeting_id"], unique=False
        )

    # Plain ADD COLUMNs: SQLite needs no table copy for these.
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("source", sa.String(length=20), server_default="table", nullable=False)
        )
        batch_op.add_column(sa.Column("import_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("same_as_id", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_note_import_key"), ["import_key"], unique=False)
    # Survey answers merge like every other row (store/versions.py).
    op.execute(trigger_sql("survey_answer"))


def downgrade() -> None:
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_import_key"))
        batch_op.drop_column("same_as_id")
        batch_op.drop_column("import_key")
        batch_op.drop_column("source")
    op.drop_table("survey_answer")
