"""The plans of action as the screens and documents show them, read as SQL.

One reading of plans, on a DB-API connection like the rest of the read side
(services/reading.py): the Plan and Voortgang tabs (``Workspace.read``), and the plan and
voortgang documents inside their unit of work (``plans_of`` on its session's connection).
The writes stay on the ORM (services/plan.py). Six queries whatever the number of opgaven.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from dialoog_app.store.reader import utc

from .plan_views import (
    ActionView,
    ExpertView,
    IndicatorView,
    MeasurementView,
    PlanView,
    StatusChangeView,
)
from .project_rows import marks

# The live opgaven as the Plan screen lists them: highest priority first, then the board's.
PLANNED_OPGAVEN = (
    "SELECT id, title, priority FROM opgave WHERE deleted_at IS NULL "
    "ORDER BY priority DESC, position"
)


def _live(
    db: Any, columns: str, source: str, parent: str, ids: Sequence[str] | None, order: str
) -> list[dict[str, Any]]:
    """Live rows of ``source`` (its first word is the table; a join may follow), of the
    opgaven ``ids`` (``parent`` holds the opgave) or of all, in ``order``; as dicts by
    column name, which the views take as they are (pydantic reads the ISO dates)."""
    where = f"{source.split()[0]}.deleted_at IS NULL"
    parameters: tuple[str, ...] = ()
    if ids is not None:
        parameters = tuple(ids)
        where += f" AND {parent} IN ({marks(parameters)})"
    cursor = db.execute(
        f"SELECT {columns} FROM {source} WHERE {where} ORDER BY {order}", parameters
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _ordered(db: Any, table: str, ids: Sequence[str] | None, columns: str) -> list[dict[str, Any]]:
    """An opgave's ordered rows (indicators, actions, experts): live, in screen order."""
    return _live(db, columns, table, "opgave_id", ids, "position")


def plans_read(db: Any, opgave_ids: Sequence[str] | None = None) -> dict[str, PlanView]:
    """The plans of these opgaven (None: every opgave that has a part of one)."""
    ids = None if opgave_ids is None else list(opgave_ids)
    parts = {
        row.pop("opgave_id"): row
        for row in _live(
            db,
            "opgave_id, goal, effect, years, budget_line",
            "opgave_plan",
            "opgave_id",
            ids,
            "rowid",
        )
    }
    measured: dict[str, list[MeasurementView]] = defaultdict(list)
    for row in _live(
        db,
        "measurement.id, indicator_id, measured_on, value, source, measurement.note",
        "measurement JOIN indicator ON indicator.id = measurement.indicator_id"
        " AND indicator.deleted_at IS NULL",
        "indicator.opgave_id",
        ids,
        "measured_on, measurement.rowid",
    ):
        measured[row["indicator_id"]].append(MeasurementView(**row))
    history: dict[str, list[StatusChangeView]] = defaultdict(list)
    for row in _live(
        db,
        "action_status_change.id, action_id, changed_on, action_status_change.status,"
        " action_status_change.note",
        "action_status_change JOIN plan_action ON plan_action.id = action_id"
        " AND plan_action.deleted_at IS NULL",
        "plan_action.opgave_id",
        ids,
        "changed_on, action_status_change.created_at",
    ):
        history[row["action_id"]].append(StatusChangeView(**row))
    found: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for row in _ordered(
        db, "indicator", ids, "id, opgave_id, name, unit, baseline, target, target_date"
    ):
        found[row["opgave_id"]]["indicators"].append(
            IndicatorView(**row, measurements=tuple(measured[row["id"]]))
        )
    for row in _ordered(
        db,
        "plan_action",
        ids,
        "id, opgave_id, what, owner, partners, starts_on, ends_on, status, created_at",
    ):
        created_at = utc(row.pop("created_at"))  # stored naive, meant UTC (store/reader.py)
        found[row["opgave_id"]]["actions"].append(
            ActionView(**row, created_at=created_at, history=tuple(history[row["id"]]))
        )
    for row in _ordered(db, "expert", ids, "id, opgave_id, organisation, role, contact_name"):
        found[row["opgave_id"]]["experts"].append(ExpertView(**row))
    wanted = ids if ids is not None else list({*parts, *found})
    return {
        opgave_id: PlanView(
            opgave_id=opgave_id,
            **parts.get(opgave_id, {}),
            indicators=tuple(found[opgave_id]["indicators"]),
            actions=tuple(found[opgave_id]["actions"]),
            experts=tuple(found[opgave_id]["experts"]),
        )
        for opgave_id in wanted
    }
