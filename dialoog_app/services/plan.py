"""The plan of action per opgave: goal and meerjarenplan link, indicators and their
measurements, actions with a dated status history, the expert pool — every edit undoable.

Edits return what undo needs: an update returns the old values as a patch (apply it to
undo), an add returns the new row's id (``delete_item`` undoes it, ``restore_item`` redoes
it), a status change returns its history row and the previous status.
"""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from dialoog_app.domain import validate
from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.domain.plan import ActionStatus, plan_part_id
from dialoog_app.store.models import Opgave, Row
from dialoog_app.store.plan_models import (
    ActionStatusChange,
    Expert,
    Indicator,
    Measurement,
    OpgavePlan,
    PlanAction,
)

from .events import Topic
from .ordering import insert_at
from .patch import Patch
from .plan_read import plans_read
from .plan_views import (
    ActionPatch,
    ActionView,
    ExpertPatch,
    ExpertView,
    IndicatorPatch,
    IndicatorView,
    MeasurementView,
    PlanPatch,
    PlanView,
    StatusChangeView,
)
from .rows import get_row, revive, tombstone
from .workspace import Workspace

INDICATOR_NEEDS_NAME = QT_TRANSLATE_NOOP("Errors", "An indicator needs a name.")
ACTION_NEEDS_WHAT = QT_TRANSLATE_NOOP("Errors", "An action needs a description.")
EXPERT_NEEDS_ORGANISATION = QT_TRANSLATE_NOOP("Errors", "An expert needs an organisation.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "Enter a number, for example 12 or 3.5.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "An action cannot end before it starts.")

_TEXTS = {"goal", "effect", "partners", "note"}
_LINES = {"unit", "owner", "years", "budget_line", "source", "role", "contact_name"}
_TITLES = {"name": INDICATOR_NEEDS_NAME, "what": ACTION_NEEDS_WHAT}
_TITLES["organisation"] = EXPERT_NEEDS_ORGANISATION
_NUMBERS = {"baseline", "target", "value"}


class PlanItem(StrEnum):
    """The kinds of row of a plan that are added, deleted and restored the same way."""

    INDICATOR = "indicator"
    MEASUREMENT = "measurement"
    ACTION = "action"
    EXPERT = "expert"


_MODELS: dict[PlanItem, type[Row]] = {
    PlanItem.INDICATOR: Indicator,
    PlanItem.MEASUREMENT: Measurement,
    PlanItem.ACTION: PlanAction,
    PlanItem.EXPERT: Expert,
}


def _clean(changes: dict[str, Any]) -> dict[str, Any]:
    """Every stored text through domain/validate.py; numbers must be finite."""
    cleaned: dict[str, Any] = {}
    for name, value in changes.items():
        if name in _TITLES:
            value = validate.title(value or "", _TITLES[name])
        elif name in _TEXTS:
            value = validate.text(value)
        elif name in _LINES:
            value = validate.line(value)
        elif name in _NUMBERS and value is not None:
            if isinstance(value, bool) or not math.isfinite(float(value)):
                raise ValidationError(NOT_A_NUMBER)
            value = float(value)
        cleaned[name] = value
    return cleaned


def _apply(row: Row, changes: dict[str, Any]) -> dict[str, Any]:
    """Write the changes; returns the old values of the fields changed (for undo)."""
    before = {name: getattr(row, name) for name in changes}
    for name, value in changes.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    return before


def _check_dates(action: PlanAction) -> None:
    if action.starts_on and action.ends_on and action.ends_on < action.starts_on:
        raise ValidationError(ENDS_BEFORE_START)


def _live(session: Session, model: Any, **where: str) -> list[Any]:
    query = select(model).where(model.deleted_at.is_(None))
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    if hasattr(model, "position"):
        query = query.order_by(model.position)
    return list(session.scalars(query))


def _plan_row(session: Session, opgave_id: str) -> OpgavePlan | None:
    rows: list[OpgavePlan] = _live(session, OpgavePlan, opgave_id=opgave_id)
    return rows[0] if rows else None


# -- reading ---------------------------------------------------------------------------------
def plans_of(session: Session, opgave_ids: list[str] | None = None) -> dict[str, PlanView]:
    """The plans of these opgaven (None: all), read as SQL on the session's connection
    (services/plan_read.py: the one reading of plans), within its unit of work."""
    return plans_read(session.connection().connection.driver_connection, opgave_ids)


def plan_view(session: Session, opgave_id: str) -> PlanView:
    return plans_of(session, [opgave_id])[opgave_id]


def get_plan(ws: Workspace, opgave_id: str) -> PlanView:
    with ws.unit_of_work() as uow:
        get_row(uow.session, Opgave, opgave_id)
        return plan_view(uow.session, opgave_id)


# -- the plan part ---------------------------------------------------------------------------
def update_plan(ws: Workspace, opgave_id: str, patch: PlanPatch) -> PlanPatch:
    """Write the goal / meerjarenplan fields; returns the old values (apply them to undo)."""
    changes = _clean(patch.model_dump(exclude_unset=True))
    with ws.unit_of_work() as uow:
        get_row(uow.session, Opgave, opgave_id, live=True)
        plan = _plan_row(uow.session, opgave_id)
        if plan is None:
            plan = _new_plan_row(uow.session, opgave_id, ws.store.device_id)
        before = _apply(plan, changes)
        uow.changed(Topic.PLAN)
        return PlanPatch(**before)


def _new_plan_row(session: Session, opgave_id: str, device_id: str) -> OpgavePlan:
    """The plan part, under the id derived from its opgave (see ``plan_part_id``)."""
    plan = session.get(OpgavePlan, plan_part_id(opgave_id))
    if plan is not None:  # tombstoned once: the same row comes back
        revive(plan)
    else:
        plan = OpgavePlan(id=plan_part_id(opgave_id), opgave_id=opgave_id, device_id=device_id)
        session.add(plan)
    for name in PlanPatch.model_fields:
        setattr(plan, name, "")
    return plan


# -- rows of the plan ------------------------------------------------------------------------
def add_indicator(
    ws: Workspace,
    opgave_id: str,
    name: str,
    *,
    unit: str = "",
    baseline: float | None = None,
    target: float | None = None,
    target_date: dt.date | None = None,
) -> IndicatorView:
    fields = _clean({"name": name, "unit": unit, "baseline": baseline, "target": target}) | {
        "target_date": target_date
    }
    with ws.unit_of_work() as uow:
        get_row(uow.session, Opgave, opgave_id, live=True)
        row = Indicator(opgave_id=opgave_id, device_id=ws.store.device_id, **fields)
        insert_at(_live(uow.session, Indicator, opgave_id=opgave_id), row, None)
        uow.session.add(row)
        uow.session.flush()
        uow.changed(Topic.PLAN)
        return IndicatorView.model_validate(row)


def add_measurement(
    ws: Workspace,
    indicator_id: str,
    measured_on: dt.date,
    value: float,
    *,
    source: str = "",
    note: str = "",
) -> MeasurementView:
    fields = _clean({"value": value, "source": source, "note": note})
    with ws.unit_of_work() as uow:
        get_row(uow.session, Indicator, indicator_id, live=True)
        row = Measurement(
            indicator_id=indicator_id,
            measured_on=measured_on,
            device_id=ws.store.device_id,
            **fields,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.changed(Topic.PLAN)
        return MeasurementView.model_validate(row)


def add_action(
    ws: Workspace,
    opgave_id: str,
    what: str,
    *,
    owner: str = "",
    partners: str = "",
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
) -> ActionView:
    fields = _clean({"what": what, "owner": owner, "partners": partners})
    with ws.unit_of_work() as uow:
        get_row(uow.session, Opgave, opgave_id, live=True)
        row = PlanAction(
            opgave_id=opgave_id,
            starts_on=starts_on,
            ends_on=ends_on,
            status=ActionStatus.PLANNED.value,
            device_id=ws.store.device_id,
            **fields,
        )
        _check_dates(row)
        insert_at(_live(uow.session, PlanAction, opgave_id=opgave_id), row, None)
        uow.session.add(row)
        uow.session.flush()
        uow.changed(Topic.PLAN)
        return ActionView.model_validate(row)


def add_expert(
    ws: Workspace, opgave_id: str, organisation: str, *, role: str = "", contact_name: str = ""
) -> ExpertView:
    fields = _clean({"organisation": organisation, "role": role, "contact_name": contact_name})
    with ws.unit_of_work() as uow:
        get_row(uow.session, Opgave, opgave_id, live=True)
        row = Expert(opgave_id=opgave_id, device_id=ws.store.device_id, **fields)
        insert_at(_live(uow.session, Expert, opgave_id=opgave_id), row, None)
        uow.session.add(row)
        uow.session.flush()
        uow.changed(Topic.PLAN)
        return ExpertView.model_validate(row)


def _update(ws: Workspace, model: type[Row], row_id: str, patch: Patch) -> dict[str, Any]:
    changes = _clean(patch.model_dump(exclude_unset=True))
    with ws.unit_of_work() as uow:
        row = get_row(uow.session, model, row_id, live=True)
        before = _apply(row, changes)
        if isinstance(row, PlanAction):
            _check_dates(row)
        uow.changed(Topic.PLAN)
        return before


def update_indicator(ws: Workspace, indicator_id: str, patch: IndicatorPatch) -> IndicatorPatch:
    return IndicatorPatch(**_update(ws, Indicator, indicator_id, patch))


def update_action(ws: Workspace, action_id: str, patch: ActionPatch) -> ActionPatch:
    return ActionPatch(**_update(ws, PlanAction, action_id, patch))


def update_expert(ws: Workspace, expert_id: str, patch: ExpertPatch) -> ExpertPatch:
    return ExpertPatch(**_update(ws, Expert, expert_id, patch))


def delete_item(ws: Workspace, kind: PlanItem, row_id: str) -> None:
    """Tombstone an indicator, measurement, action or expert (``restore_item`` undoes it)."""
    with ws.unit_of_work() as uow:
        tombstone(get_row(uow.session, _MODELS[kind], row_id, live=True))
        uow.changed(Topic.PLAN)


def restore_item(ws: Workspace, kind: PlanItem, row_id: str) -> None:
    with ws.unit_of_work() as uow:
        revive(get_row(uow.session, _MODELS[kind], row_id))
        uow.changed(Topic.PLAN)


# -- status history --------------------------------------------------------------------------
class StatusChange(BaseModel):
    """A recorded status change and the status before it: what undo writes back."""

    model_config = ConfigDict(frozen=True)

    change: StatusChangeView
    previous: ActionStatus


def set_action_status(
    ws: Workspace, action_id: str, status: ActionStatus, on: dt.date, note: str = ""
) -> StatusChange:
    """Change an action's status and record the change, dated, in its history."""
    status = ActionStatus(status)
    note = validate.text(note)
    with ws.unit_of_work() as uow:
        action = get_row(uow.session, PlanAction, action_id, live=True)
        previous = ActionStatus(action.status)
        action.status = status.value
        change = ActionStatusChange(
            action_id=action_id,
            changed_on=on,
            status=status.value,
            note=note,
            device_id=ws.store.device_id,
        )
        uow.session.add(change)
        uow.session.flush()
        uow.changed(Topic.PLAN)
        return StatusChange(change=StatusChangeView.model_validate(change), previous=previous)


def undo_status_change(ws: Workspace, done: StatusChange) -> None:
    with ws.unit_of_work() as uow:
        tombstone(get_row(uow.session, ActionStatusChange, done.change.id))
        get_row(uow.session, PlanAction, done.change.action_id).status = done.previous.value
        uow.changed(Topic.PLAN)


def redo_status_change(ws: Workspace, done: StatusChange) -> None:
    with ws.unit_of_work() as uow:
        revive(get_row(uow.session, ActionStatusChange, done.change.id))
        get_row(uow.session, PlanAction, done.change.action_id).status = done.change.status.value
        uow.changed(Topic.PLAN)
