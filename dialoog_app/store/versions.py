"""Per-row version vectors, kept by SQLite triggers so every write path counts.

Each synchronised row has ``versions``: JSON ``{device id: number of writes}``. A write
from a service leaves the column alone, and a trigger adds one for the device that wrote
(``device_id``, stamped by every service). NULL means ``{device_id: 1}`` (written once,
never changed), so inserting a note costs nothing extra. Comparing two vectors tells a
merge whether one copy is simply newer (it contains all the other's writes) or both were
changed since their common version (a conflict). Triggers rather than Python hooks: the
hot paths write with Core statements and ``executemany``, which no ORM hook sees.

While a merge runs (a ``merge_log`` row without ``finished_at``, inside the merge's own
transaction and so never visible to anyone else) the triggers stand aside: the merge
writes the vectors itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

# The plan (issue 14): worked on by two advisors, merged like the rest; a merge summary
# counts these on one line (exchange/merge.py). Parents before children.
PLAN_TABLES = (
    "vote_round",
    "vote_participant",
    "vote",
    "opgave_plan",
    "indicator",
    "measurement",
    "plan_action",
    "action_status_change",
    "expert",
)
# Parents before children (a merge copies them in this order, so every reference finds
# its row: exchange/merge.py).
SYNCED_TABLES = (
    "project",
    "meeting",
    "dialogue_table",
    "agenda_item",
    "clock_event",
    "note",
    "survey_answer",
    "note_draft",
    "opgave",
    "opgave_note",
    *PLAN_TABLES,
)


def trigger_sql(table: str) -> str:
    old = "coalesce(OLD.versions, json_object(OLD.device_id, 1))"
    key = "'$.\"' || NEW.device_id || '\"'"
    return (
        f"CREATE TRIGGER IF NOT EXISTS versions_{table} AFTER UPDATE ON {table} "
        "WHEN NEW.versions IS OLD.versions "
        "AND NOT EXISTS (SELECT 1 FROM merge_log WHERE finished_at IS NULL) "
        f"BEGIN UPDATE {table} SET versions = json_set({old}, {key}, "
        f"coalesce(json_extract({old}, {key}), 0) + 1) WHERE rowid = NEW.rowid; END"
    )


def install_triggers(_target: object, connection: Connection, **_kw: Any) -> None:
    """After ``create_all`` (a new file) and in migration 0002 (an older one)."""
    for table in SYNCED_TABLES:
        connection.exec_driver_sql(trigger_sql(table))
