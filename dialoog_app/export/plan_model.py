"""What the plan of action document shows (``--document plan``): frozen values, built by
services/plan_document.py, written by export/plan_writer.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class VoteLine:
    round_name: str
    held_on: dt.date | None
    total: int
    rank: int
    tied: bool


@dataclass(frozen=True, slots=True)
class IndicatorLine:
    name: str
    unit: str
    baseline: float | None
    target: float | None
    target_date: dt.date | None
    latest: float | None
    latest_on: dt.date | None
    measurements: tuple[tuple[dt.date, float], ...] = ()  # (day, value), oldest first


@dataclass(frozen=True, slots=True)
class ActionLine:
    what: str
    owner: str
    partners: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    status: str  # planned, running, done, dropped


@dataclass(frozen=True, slots=True)
class PlanOpgave:
    title: str
    priority: int
    problem: str
    desired_situation: str
    statements: int
    statements_by_role: dict[str, int]
    tables: int
    quotes: tuple[str, ...]
    votes: tuple[VoteLine, ...]
    goal: str
    effect: str
    years: str
    budget_line: str
    indicators: tuple[IndicatorLine, ...]
    actions: tuple[ActionLine, ...]
    experts: tuple[tuple[str, str], ...]  # (organisation, role): no personal names


@dataclass(frozen=True, slots=True)
class PlanDocument:
    project_name: str
    created: dt.datetime
    author: str
    opgaven: tuple[PlanOpgave, ...]  # in priority order
