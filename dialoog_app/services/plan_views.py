"""The read models and edit patches of the plan of action (services/plan.py)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from dialoog_app.domain.plan import ActionStatus

from .patch import Patch


class _View(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)


class MeasurementView(_View):
    id: str
    indicator_id: str
    measured_on: dt.date
    value: float
    source: str
    note: str


class IndicatorView(_View):
    id: str
    name: str
    unit: str
    baseline: float | None
    target: float | None
    target_date: dt.date | None
    measurements: tuple[MeasurementView, ...] = ()


class StatusChangeView(_View):
    id: str
    action_id: str
    changed_on: dt.date
    status: ActionStatus
    note: str


class ActionView(_View):
    id: str
    opgave_id: str
    what: str
    owner: str
    partners: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    status: ActionStatus
    created_at: dt.datetime | None = None  # when it was entered: "new since" (progress.py)
    history: tuple[StatusChangeView, ...] = ()


class ExpertView(_View):
    id: str
    organisation: str
    role: str
    contact_name: str  # personal data (plan_models.PERSONAL)


class PlanView(_View):
    opgave_id: str
    goal: str = ""
    effect: str = ""
    years: str = ""
    budget_line: str = ""
    indicators: tuple[IndicatorView, ...] = ()
    actions: tuple[ActionView, ...] = ()
    experts: tuple[ExpertView, ...] = ()


class PlanPatch(Patch):
    goal: str | None = None
    effect: str | None = None
    years: str | None = None
    budget_line: str | None = None


class IndicatorPatch(Patch):
    name: str | None = None
    unit: str | None = None
    baseline: float | None = None
    target: float | None = None
    target_date: dt.date | None = None


class ActionPatch(Patch):
    what: str | None = None
    owner: str | None = None
    partners: str | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None


class ExpertPatch(Patch):
    organisation: str | None = None
    role: str | None = None
    contact_name: str | None = None
