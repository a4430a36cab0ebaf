"""The votes and the plans in ``dialoog info --json`` (``info_schema.ProjectInfo``) and in
the archive (``archive.ProjectArchive``).

SQL on a DB-API connection, like the rest of the info (services/reading.py); a round's
ranking is ``ranking_read.ranking_of``, the rule the Prioriteren screen shows. The plan
screens and documents read ``plan_read.plans_read`` (SQL too, into the pydantic views they
edit, which ``info`` must not import); test_plan_services holds the two readings equal.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, TypedDict

from dialoog_app.store.reader import day

from .ranking_read import LIVE_OPGAVEN, ranking_of

# Plain typed dicts with the fields, in the order, of info_schema's RankInfo,
# VoteRoundInfo, MeasurementInfo, IndicatorInfo, ActionInfo and PlanInfo (documented
# there); `dialoog info` writes them without pydantic, the archive validates them.


class RankData(TypedDict):
    opgave: str
    total: int
    rank: int
    by_role: dict[str, int]
    by_table: dict[str, int]


class VoteRoundData(TypedDict):
    name: str
    held_on: dt.date | None
    counted_per: str
    participants: int
    ranking: list[RankData]


class MeasurementData(TypedDict):
    measured_on: dt.date
    value: float
    source: str


class IndicatorData(TypedDict):
    name: str
    unit: str
    baseline: float | None
    target: float | None
    target_date: dt.date | None
    measurements: list[MeasurementData]


class ActionData(TypedDict):
    what: str
    owner: str
    status: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    status_changes: int


class PlanData(TypedDict):
    opgave: str
    goal: str
    years: str
    budget_line: str
    indicators: list[IndicatorData]
    actions: list[ActionData]
    experts: int


def vote_round_infos(db: Any) -> list[VoteRoundData]:
    """Every live round, in order, with its ranking of the live opgaven."""
    table_names = dict(db.execute("SELECT id, name FROM dialogue_table"))
    return [
        {
            "name": name,
            "held_on": day(held_on),
            "counted_per": counted_per,
            "participants": participants,
            "ranking": [
                {
                    "opgave": line.title,
                    "total": line.total,
                    "rank": line.rank,
                    "by_role": line.by_role,
                    "by_table": {table_names.get(t, t): n for t, n in line.by_table.items()},
                }
                for line in ranking_of(db, round_id)
            ],
        }
        for round_id, name, held_on, counted_per, participants in list(
            db.execute(
                "SELECT id, name, held_on, counted_per, participants FROM vote_round"
                " WHERE deleted_at IS NULL ORDER BY position"
            )
        )
    ]


def plan_infos(db: Any) -> list[PlanData]:
    """A plan per live opgave that has one (a goal, an indicator, an action or an expert)."""
    plans = {
        opgave_id: (goal, years, budget_line)
        for opgave_id, goal, years, budget_line in db.execute(
            "SELECT opgave_id, goal, years, budget_line FROM opgave_plan WHERE deleted_at IS NULL"
        )
    }
    measurements: dict[str, list[MeasurementData]] = defaultdict(list)
    for indicator_id, measured_on, value, source in db.execute(
        "SELECT indicator_id, measured_on, value, source FROM measurement"
        " WHERE deleted_at IS NULL ORDER BY measured_on, rowid"
    ):
        measurements[indicator_id].append(
            {"measured_on": day(measured_on), "value": value, "source": source}
        )
    indicators: dict[str, list[IndicatorData]] = defaultdict(list)
    for id_, opgave_id, name, unit, baseline, target, target_date in db.execute(
        "SELECT id, opgave_id, name, unit, baseline, target, target_date FROM indicator"
        " WHERE deleted_at IS NULL ORDER BY position"
    ):
        indicators[opgave_id].append(
            {
                "name": name,
                "unit": unit,
                "baseline": baseline,
                "target": target,
                "target_date": day(target_date),
                "measurements": measurements[id_],
            }
        )
    changes = dict(
        db.execute(
            "SELECT action_id, count(*) FROM action_status_change WHERE deleted_at IS NULL"
            " GROUP BY action_id"
        )
    )
    actions: dict[str, list[ActionData]] = defaultdict(list)
    for id_, opgave_id, what, owner, status, starts_on, ends_on in db.execute(
        "SELECT id, opgave_id, what, owner, status, starts_on, ends_on FROM plan_action"
        " WHERE deleted_at IS NULL ORDER BY position"
    ):
        actions[opgave_id].append(
            {
                "what": what,
                "owner": owner,
                "status": status,
                "starts_on": day(starts_on),
                "ends_on": day(ends_on),
                "status_changes": changes.get(id_, 0),
            }
        )
    experts = dict(
        db.execute(
            "SELECT opgave_id, count(*) FROM expert WHERE deleted_at IS NULL GROUP BY opgave_id"
        )
    )
    infos: list[PlanData] = []
    for opgave_id, title in db.execute(LIVE_OPGAVEN):
        goal, years, budget_line = plans.get(opgave_id, ("", "", ""))
        parts = (goal, years, indicators[opgave_id], actions[opgave_id], experts.get(opgave_id))
        if not any(parts):
            continue
        infos.append(
            {
                "opgave": title,
                "goal": goal,
                "years": years,
                "budget_line": budget_line,
                "indicators": indicators[opgave_id],
                "actions": actions[opgave_id],
                "experts": experts.get(opgave_id, 0),
            }
        )
    return infos
