"""plan: vote rounds and votes, plan parts, indicators, measurements, actions, experts

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 07:51:25.664623

Follows 0003. Every plan row merges like a note (store/versions.py: versions and triggers).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dialoog_app.store.versions import trigger_sql

PLAN_TABLES = (
    "vote_round",
    "vote",
    "opgave_plan",
    "indicator",
    "measurement",
    "plan_action",
    "action_status_change",
    "expert",
)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "vote_round",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("counted_per", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("versions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_vote_round_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_round")),
    )
    with op.batch_alter_table("vote_round", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_round_project_id"), ["project_id"], unique=False)

    op.create_table(
        "expert",
        sa.Column("opgave_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("versions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["opgave_id"], ["opgave.id"], name=op.f("fk_expert_opgave_id_opgave")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert")),
    )
    with op.batch_alter_table("expert", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expert_opgave_id"), ["opgave_id"], unique=False)

    op.create_table(
        "indicator",
        sa.Column("opgave_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("versions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["opgave_id"], ["opgave.id"], name=op.f("fk_indicator_opgave_id_opgave")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_opgave_id"), ["opgave_id"], unique=False)

    op.create_table(
        "opgave_plan",
        sa.Column("opgave_id", sa.String(length=36), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("effect", sa.Text(), nullable=False),
        sa.Column("years", sa.String(length=200), nullable=False),
        sa.Column("budget_line", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("versions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["opgave_id"], ["opgave.id"], name=op.f("fk_opgave_plan_opgave_id_opgave")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opgave_plan")),
    )
    with op.batch_alter_table("opgave_plan", schema=None) as batch_op:
        batch_op.create_index(
            "uq_opgave_plan_live_opgave",
            ["opgave_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "plan_action",
        sa.Column("opgave_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("partners", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("versions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["opgave_id"], ["opgave.id"], name=op.f("fk_plan_action_opgave_id_opgave")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_action")),
    )
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_action_opgave_id"), ["opgave_id"], unique=False)

    op.create_table(
        "action_status_change",
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("versions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["plan_action.id"],
            name=op.f("fk_action_status_change_action_id_plan_action"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_status_change")),
    )
    with op.batch_alter_table("action_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_status_change_action_id"), ["action_id"], unique=False
        )

    op.create_table(
        "measurement",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("versions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["indicator_id"], ["indicator.id"], name=op.f("fk_measurement_indicator_id_indicator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement")),
    )
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measurement_indicator_id"), ["indicator_id"], unique=False
        )

    op.create_table(
        "vote",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("opgave_id", sa.String(length=36), nullable=False),
        sa.Column("table_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("versions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["opgave_id"], ["opgave.id"], name=op.f("fk_vote_opgave_id_opgave")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["vote_round.id"], name=op.f("fk_vote_round_id_vote_round")
        ),
        sa.ForeignKeyConstraint(
            ["table_id"], ["dialogue_table.id"], name=op.f("fk_vote_table_id_dialogue_table")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote")),
    )
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_opgave_id"), ["opgave_id"], unique=False)
        batch_op.create_index("ix_vote_round_opgave", ["round_id", "opgave_id"], unique=False)
    for table in PLAN_TABLES:
        op.execute(trigger_sql(table))


def downgrade() -> None:

    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_index("ix_vote_round_opgave")
        batch_op.drop_index(batch_op.f("ix_vote_opgave_id"))

    op.drop_table("vote")
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measurement_indicator_id"))

    op.drop_table("measurement")
    with op.batch_alter_table("action_status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_status_change_action_id"))

    op.drop_table("action_status_change")
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_action_opgave_id"))

    op.drop_table("plan_action")
    with op.batch_alter_table("opgave_plan", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_opgave_plan_live_opgave",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.drop_table("opgave_plan")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_opgave_id"))

    op.drop_table("indicator")
    with op.batch_alter_table("expert", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expert_opgave_id"))

    op.drop_table("expert")
    with op.batch_alter_table("vote_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_round_project_id"))

    op.drop_table("vote_round")
