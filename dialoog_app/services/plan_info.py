"""The votes and the plans in ``dialoog info --json`` (part of ``info.ProjectInfo``)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from dialoog_app.store.models import DialogueTable, Opgave
from dialoog_app.store.plan_models import VoteRound

from .plan import plans_of
from .votes import ranking_in


class RankInfo(BaseModel):
    opgave: str = Field(description="the opgave's title")
    total: int
    rank: int = Field(description="1 = most votes; equal totals share a rank (1, 1, 3)")
    by_role: dict[str, int] = Field(
        description="votes per speaker role, if counted per role or per number with a known role"
    )
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


def vote_round_infos(session: Session) -> list[VoteRoundInfo]:
    table_names = {t: n for t, n in session.execute(select(DialogueTable.id, DialogueTable.name))}
    rounds = session.scalars(
        select(VoteRound).where(VoteRound.deleted_at.is_(None)).order_by(VoteRound.position)
    )
    return [
        VoteRoundInfo(
            name=r.name,
            held_on=r.held_on,
            counted_per=r.counted_per,
            participants=r.participants,
            ranking=[
                RankInfo(
                    opgave=line.title,
                    total=line.total,
                    rank=line.rank,
                    by_role=line.by_role,
                    by_table={table_names.get(t, t): n for t, n in line.by_table.items()},
                )
                for line in ranking_in(session, r.id)
            ],
        )
        for r in rounds
    ]


def plan_infos(session: Session) -> list[PlanInfo]:
    """A plan per live opgave that has one (a goal, an indicator, an action or an expert)."""
    infos = []
    opgaven = list(
        session.execute(
            select(Opgave.id, Opgave.title)
            .where(Opgave.deleted_at.is_(None))
            .order_by(Opgave.position)
        )
    )
    views = plans_of(session, [opgave_id for opgave_id, _title in opgaven])
    for opgave_id, title in opgaven:
        view = views[opgave_id]
        if not (view.goal or view.years or view.indicators or view.actions or view.experts):
            continue
        infos.append(
            PlanInfo(
                opgave=title,
                goal=view.goal,
                years=view.years,
                budget_line=view.budget_line,
                indicators=[
                    IndicatorInfo(
                        **i.model_dump(
                            include={"name", "unit", "baseline", "target", "target_date"}
                        ),
                        measurements=[
                            MeasurementInfo(
                                measured_on=m.measured_on, value=m.value, source=m.source
                            )
                            for m in i.measurements
                        ],
                    )
                    for i in view.indicators
                ],
                actions=[
                    ActionInfo(
                        what=a.what,
                        owner=a.owner,
                        status=a.status.value,
                        starts_on=a.starts_on,
                        ends_on=a.ends_on,
                        status_changes=len(a.history),
                    )
                    for a in view.actions
                ],
                experts=len(view.experts),
            )
        )
    return infos
