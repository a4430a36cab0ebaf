"""merging laptops: version vectors, note origin and concept, merge log and conflicts

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 07:10:00

Name revisions "0003", "0004" … and bump SCHEMA_VERSION in store/fileformat.py to match.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dialoog_app.store.versions import trigger_sql

# The tables as they were at 0002 (later revisions add their own: see 0003).
SYNCED_TABLES = (
    "project",
    "meeting",
    "dialogue_table",
    "agenda_item",
    "clock_event",
    "note",
    "note_draft",
    "opgave",
    "opgave_note",
)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in SYNCED_TABLES:
        op.add_column(table, sa.Column("versions", sa.Text(), nullable=True))
    op.add_column("note", sa.Column("origin_device", sa.String(length=36), nullable=True))
    op.add_column(
        "note", sa.Column("concept", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.create_table(
        "merge_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("source_path", sa.Text(), nullable=False),
        sa.Column("source_device", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=200), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_log")),
    )
    op.create_table(
        "merge_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("other_text", sa.Text(), nullable=False),
        sa.Column("other_device", sa.String(length=36), nullable=False),
        sa.Column("other_updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_conflict")),
    )
    op.create_index(op.f("ix_merge_conflict_row_id"), "merge_conflict", ["row_id"], unique=False)
    for table in SYNCED_TABLES:
        op.execute(trigger_sql(table))


def downgrade() -> None:
    for table in SYNCED_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS versions_{table}")
    op.drop_index(op.f("ix_merge_conflict_row_id"), table_name="merge_conflict")
    op.drop_table("merge_conflict")
    op.drop_table("merge_log")
    with op.batch_alter_table("note") as batch_op:
        batch_op.drop_column("concept")
        batch_op.drop_column("origin_device")
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("versions")
