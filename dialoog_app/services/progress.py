"""What changed in the plan since a date: the one rule behind the voortgang document
(``--since``) and the Voortgang view on the Plan screen, and the date they start from.

A change is *since* a date when it is dated on that day or later: an action added to the
plan (the day it was entered, local time), a status recorded for an action (the day the
user gave), a measurement (the day it was taken).
"""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from dialoog_app.domain.plan import ActionStatus

from . import project_settings
from .plan_overview import plan_overview
from .plan_views import PlanView
from .workspace import Workspace

DEFAULT_MONTHS = 3


class ChangeKind(StrEnum):
    NEW_ACTION = "new_action"
    STATUS = "status"
    MEASUREMENT = "measurement"


class PlanChange(BaseModel):
    model_config = ConfigDict(frozen=True)

    on: dt.date
    kind: ChangeKind
    subject: str  # the action's description, or the indicator's name
    status: ActionStatus | None = None  # STATUS: the status it got
    value: float | None = None  # MEASUREMENT: the value measured
    unit: str = ""


def changes_since(plan: PlanView, since: dt.date) -> tuple[PlanChange, ...]:
    """Every change of one opgave's plan on or after ``since``, oldest first (on one day:
    new actions, then status changes, then measurements)."""
    changes = []
    for action in plan.actions:
        if action.created_at is not None and action.created_at.astimezone().date() >= since:
            changes.append(
                PlanChange(
                    on=action.created_at.astimezone().date(),
                    kind=ChangeKind.NEW_ACTION,
                    subject=action.what,
                )
            )
        changes += [
            PlanChange(
                on=c.changed_on, kind=ChangeKind.STATUS, subject=action.what, status=c.status
            )  # fmt: skip
            for c in action.history
            if c.changed_on >= since
        ]
    changes += [
        PlanChange(
            on=m.measured_on,
            kind=ChangeKind.MEASUREMENT,
            subject=i.name,
            value=m.value,
            unit=i.unit,
        )  # fmt: skip
        for i in plan.indicators
        for m in i.measurements
        if m.measured_on >= since
    ]
    order = list(ChangeKind)
    return tuple(sorted(changes, key=lambda c: (c.on, order.index(c.kind))))


class OpgaveProgress(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    priority: int
    plan: PlanView
    changes: tuple[PlanChange, ...]


def progress_since(ws: Workspace, since: dt.date) -> list[OpgaveProgress]:
    """The Voortgang view: every opgave in priority order, its plan and its changes."""
    return [
        OpgaveProgress(
            id=o.id,
            title=o.title,
            priority=o.priority,
            plan=o.plan,
            changes=changes_since(o.plan, since),
        )  # fmt: skip
        for o in plan_overview(ws)
    ]


# -- the date the view starts from -----------------------------------------------------------
def _months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (31 May less three months: 28 or 29 February)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _stored_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None  # written by hand or by a future version: fall back


def chosen_since(ws: Workspace, today: dt.date) -> dt.date:
    """The date the user chose last in this project; else the day the voortgang document
    was last exported; else three months before ``today``."""
    stored = project_settings.read(ws, project_settings.PROGRESS_SINCE,
                                   project_settings.PROGRESS_EXPORTED)  # fmt: skip
    return (
        _stored_day(stored.get(project_settings.PROGRESS_SINCE))
        or _stored_day(stored.get(project_settings.PROGRESS_EXPORTED))
        or _months_before(today, DEFAULT_MONTHS)
    )


def remember_since(ws: Workspace, since: dt.date) -> None:
    project_settings.write(ws, {project_settings.PROGRESS_SINCE: since.isoformat()})


def remember_export(ws: Workspace, on: dt.date) -> None:
    project_settings.write(ws, {project_settings.PROGRESS_EXPORTED: on.isoformat()})
