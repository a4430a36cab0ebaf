"""The votes and the plans in ``dialoog info --json`` (part of ``info.ProjectInfo``).

SQL on a DB-API connection, like the rest of the info (services/reading.py); a round's
ranking is ``ranking_read.ranking_of``, the rule the Prioriteren screen shows. The plan
screens read through services/plan.py (the ORM views they edit).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from pydantic import BaseModel, Field

from dialoog_app.store.reader import day

from .ranking_read import LIVE_OPGAVEN, ranking_of


class RankInfo(BaseModel):
    opgave: str = Field(description="the opgave's title")
    total: int
    rank: int = Field(description="1 = most votes; equal totals share a rank (1, 1, 3)")
    by_role: dict[str, int] = Field(description="votes per speaker role, if counted per role")
    by_table: dict[str, int] = Field(description="votes per table name, if counted per table")


class VoteRoundInfo(BaseModel):
    name: str
    held_on: dt.date | None
    counted_per: str = Field(description="table, role or number (per participant number)")
    participants: int = Field(
        0, description="counted per number: the numbered participants (roles only, no names)"
    )
    ranking: list[RankInfo]


class MeasurementInfo(BaseModel):
    measured_on: dt.date
    value: float
    source: str


class IndicatorInfo(BaseModel):
    name: str
    unit: str
    baseline: float | None
    target: float | None
    target_date: dt.date | None
    measurements: list[MeasurementInfo]


class ActionInfo(BaseModel):
    what: str
    owner: str
    status: str = Field(description="planned, running, done or dropped")
    starts_on: dt.date | None
    ends_on: dt.date | None
    status_changes: int = Field(description="dated changes in its history")


class PlanInfo(BaseModel):
    """The plan of action of one opgave (no personal data: experts are only counted)."""

    opgave: str = Field(description="the opgave's title")
    goal: str
    years: str = Field(description="the meerjarenplan years, free text")
    budget_line: str
    indicators: list[IndicatorInfo]
    actions: list[ActionInfo]
    experts: int = Field(description="organisations in the expert pool")


def vote_round_infos(db: Any) -> list[VoteRoundInfo]:
    """Every live round, in order, with its ranking of the live opgaven."""
    table_names = dict(db.execute("SELECT id, name FROM dialogue_table"))
    return [
        VoteRoundInfo(
            name=name,
            held_on=day(held_on),
            counted_per=counted_per,
            participants=participants,
            ranking=[
                RankInfo(
                    opgave=line.title,
                    total=line.total,
                    rank=line.rank,
                    by_role=line.by_role,
                    by_table={table_names.get(t, t): n for t, n in line.by_table.items()},
                )
                for line in ranking_of(db, round_id)
            ],
        )
        for round_id, name, held_on, counted_per, participants in list(
            db.execute(
                "SELECT id, name, held_on, counted_per, participants FROM vote_round"
                " WHERE deleted_at IS NULL ORDER BY position"
            )
        )
    ]


def plan_infos(db: Any) -> list[PlanInfo]:
    """A plan per live opgave that has one (a goal, an indicator, an action or an expert)."""
    plans = {
        opgave_id: (goal, years, budget_line)
        for opgave_id, goal, years, budget_line in db.execute(
            "SELECT opgave_id, goal, years, budget_line FROM opgave_plan WHERE deleted_at IS NULL"
        )
    }
    measurements: dict[str, list[MeasurementInfo]] = defaultdict(list)
    for indicator_id, measured_on, value, source in db.execute(
        "SELECT indicator_id, measured_on, value, source FROM measurement"
        " WHERE deleted_at IS NULL ORDER BY measured_on, rowid"
    ):
        measurements[indicator_id].append(
            MeasurementInfo(measured_on=day(measured_on), value=value, source=source)
        )
    indicators: dict[str, list[IndicatorInfo]] = defaultdict(list)
    for id_, opgave_id, name, unit, baseline, target, target_date in db.execute(
        "SELECT id, opgave_id, name, unit, baseline, target, target_date FROM indicator"
        " WHERE deleted_at IS NULL ORDER BY position"
    ):
        indicators[opgave_id].append(
            IndicatorInfo(
                name=name,
                unit=unit,
                baseline=baseline,
                target=target,
                target_date=day(target_date),
                measurements=measurements[id_],
            )
        )
    changes = dict(
        db.execute(
            "SELECT action_id, count(*) FROM action_status_change WHERE deleted_at IS NULL"
            " GROUP BY action_id"
        )
    )
    actions: dict[str, list[ActionInfo]] = defaultdict(list)
    for id_, opgave_id, what, owner, status, starts_on, ends_on in db.execute(
        "SELECT id, opgave_id, what, owner, status, starts_on, ends_on FROM plan_action"
        " WHERE deleted_at IS NULL ORDER BY position"
    ):
        actions[opgave_id].append(
            ActionInfo(
                what=what,
                owner=owner,
                status=status,
                starts_on=day(starts_on),
                ends_on=day(ends_on),
                status_changes=changes.get(id_, 0),
            )
        )
    experts = dict(
        db.execute(
            "SELECT opgave_id, count(*) FROM expert WHERE deleted_at IS NULL GROUP BY opgave_id"
        )
    )
    infos = []
    for opgave_id, title in db.execute(LIVE_OPGAVEN):
        goal, years, budget_line = plans.get(opgave_id, ("", "", ""))
        parts = (goal, years, indicators[opgave_id], actions[opgave_id], experts.get(opgave_id))
        if not any(parts):
            continue
        infos.append(
            PlanInfo(
                opgave=title,
                goal=goal,
                years=years,
                budget_line=budget_line,
                indicators=indicators[opgave_id],
                actions=actions[opgave_id],
                experts=experts.get(opgave_id, 0),
            )
        )
    return infos
