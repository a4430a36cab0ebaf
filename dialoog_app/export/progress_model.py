"""What the progress report shows (``--document voortgang``): frozen values, built by
services/progress_document.py, written by export/progress_writer.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .plan_model import ActionLine, IndicatorLine


@dataclass(frozen=True, slots=True)
class ChangeLine:
    """One change since the date (services/progress.py decides which)."""

    on: dt.date
    kind: str  # new_action, status, measurement
    subject: str  # the action, or the indicator
    status: str = ""  # status: planned, running, done, dropped
    value: float | None = None  # measurement
    unit: str = ""


@dataclass(frozen=True, slots=True)
class ProgressOpgave:
    title: str
    priority: int
    changes: tuple[ChangeLine, ...]  # since the date, oldest first
    actions: tuple[ActionLine, ...]  # every action as it stands
    indicators: tuple[IndicatorLine, ...]  # with their measurements: a chart each


@dataclass(frozen=True, slots=True)
class TableTrace:
    """What was done with one table's input: its statements per opgave, and the actions."""

    meeting: str
    table: str
    opgaven: tuple[tuple[str, int, tuple[str, ...]], ...]  # (opgave, statements, actions)


@dataclass(frozen=True, slots=True)
class ProgressDocument:
    project_name: str
    created: dt.datetime
    since: dt.date
    opgaven: tuple[ProgressOpgave, ...]  # in priority order
    traces: tuple[TableTrace, ...]
