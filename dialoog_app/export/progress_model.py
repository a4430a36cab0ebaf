"""What the progress report shows (``--document voortgang``): frozen values, built by
services/progress_document.py, written by export/progress_writer.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .plan_model import ActionLine, IndicatorLine


@dataclass(frozen=True, slots=True)
class ProgressOpgave:
    title: str
    priority: int
    finished: tuple[tuple[str, dt.date], ...]  # (action, day it became done) since the date
    started: tuple[tuple[str, dt.date], ...]  # (action, day it became running)
    actions: tuple[ActionLine, ...]  # every action as it stands
    indicators: tuple[IndicatorLine, ...]
    measurements: tuple[tuple[str, dt.date, float], ...]  # (indicator, day, value) since


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
