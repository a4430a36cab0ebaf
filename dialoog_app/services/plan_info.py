"""The votes and the plans in ``dialoog info --json`` (part of ``info.ProjectInfo``).

SQL on a DB-API connection, like the rest of the info (services/reading.py); the votes
of all rounds are read by one query (``vote_round_infos``), the one place to extend.
The plan screens read through services/plan.py and votes.py (the ORM views they edit).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from pydantic import BaseModel, Field

from dialoog_app.domain.plan import competition_ranks
from dialoog_app.store.reader import day

_LIVE_OPGAVEN = "SELECT id, title FROM opgave WHERE deleted_at IS NULL ORDER BY position"


class RankInfo(BaseModel):
    opgave: str = Field(description="the opgave's title")
    total: int
    rank: int = Field(description="1 = most votes; equal totals share a rank (1, 1, 3)")
    by_role: dict[str, int] = Field(description="votes per speaker role, if counted per role")
    by_table: dict[str, int] = Field(description="votes per table name, if counted per table")


class VoteRoundInfo(BaseModel):
    name: str
    held_on: dt.date | None
    counted_per: str = Field(description="table or role")
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
    opgaven = list(db.execute(_LIVE_OPGAVEN))
    # The votes of every round in one query: (round, opgave) → group → dots.
    by_role: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    by_table: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for round_id, opgave_id, table_id, role, count in db.execute(
        "SELECT round_id, opgave_id, table_id, role, count FROM vote"
        " WHERE deleted_at IS NULL AND count > 0"
    ):
        spread = by_table if table_id is not None else by_role
        group = table_id if table_id is not None else role
        counts = spread[(round_id, opgave_id)]
        counts[group] = counts.get(group, 0) + count
    infos = []
    for round_id, name, held_on, counted_per in db.execute(
        "SELECT id, name, held_on, counted_per FROM vote_round WHERE deleted_at IS NULL"
        " ORDER BY position"
    ):
        totals = {
            o: sum(by_table[(round_id, o)].values()) + sum(by_role[(round_id, o)].values())
            for o, _title in opgaven
        }
        ranks = competition_ranks(totals)
        ranking = [
            RankInfo(
                opgave=title,
                total=totals[o],
                rank=ranks[o],
                by_role=dict(by_role[(round_id, o)]),
                by_table={table_names.get(t, t): n for t, n in by_table[(round_id, o)].items()},
            )
            for o, title in opgaven
        ]
        # Ties keep the board's order (as votes.ranking_in does).
        ranking.sort(key=lambda line: line.rank)
        infos.append(
            VoteRoundInfo(name=name, held_on=day(held_on), counted_per=counted_per, ranking=ranking)
        )
    return infos


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
    for opgave_id, title in db.execute(_LIVE_OPGAVEN):
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
