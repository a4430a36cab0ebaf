"""The documented model of ``dialoog info --json``: ``ProjectInfo`` and its parts.

The source of the JSON schema that ``dialoog schema`` prints (stable: scripts rely on it)
and of ``ProjectArchive``'s vote rounds and plans. ``dialoog info`` itself builds plain
dicts (services/info.py, plan_info.py: typed dicts with these fields) and writes them as
pydantic would (json_text.py), so it never imports pydantic; tests/test_info_json.py
proves the two agree, field for field and byte for byte.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


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


class AgendaItemInfo(BaseModel):
    """One agenda item: as planned, and as it ran on the meeting's clock."""

    title: str
    phase: str = Field(description="welcome, getting_acquainted, sharing_experiences, …")
    venue: str = Field(description="plenary, tables or none")
    planned_minutes: int
    planned_start: dt.datetime | None = Field(
        default=None,
        description="planned clock time: the meeting's start plus the items before it "
        "(local time, with its UTC offset); null without a date and start time",
    )
    actual_start: dt.datetime | None = Field(
        default=None, description="when the clock first began this item (UTC); null if never"
    )
    actual_end: dt.datetime | None = Field(
        default=None, description="when the clock last left this item (UTC); null if not yet"
    )
    active_seconds: int = Field(default=0, description="time it ran, pauses excluded")
    paused_seconds: int = Field(default=0, description="time the clock stood still in it")
    extended_seconds: int = Field(default=0, description="time added with +1 / +5 min")
    overrun_seconds: int = Field(
        default=0, description="time beyond the planned length plus extensions; 0 if none"
    )
    skipped: bool = Field(default=False, description="skipped on the clock")


class TableInfo(BaseModel):
    name: str
    facilitator: str
    participants: dict[str, int] = Field(description="participants per role")
    note_count: int
    notes_by_kind: dict[str, int]


class MeetingInfo(BaseModel):
    title: str
    date: dt.date | None
    start_time: dt.time | None
    location: str
    agenda: list[AgendaItemInfo]
    planned_minutes: int = Field(description="the agenda's total planned length")
    clock_status: str = Field(
        default="not_started",
        description="the meeting clock: not_started, running, paused or finished",
    )
    tables: list[TableInfo]


class OpgaveInfo(BaseModel):
    title: str
    priority: int
    note_count: int
    notes_by_role: dict[str, int]


class MergeInfo(BaseModel):
    """One laptop file merged into the project (the merge log)."""

    merged_at: dt.datetime = Field(description="when (UTC)")
    source_path: str = Field(description="the file merged")
    source_device: str = Field(description="the laptop (device id) that wrote it last")
    table_name: str = Field(description="the table the copy was prepared for; empty if none")
    new: int
    updated: int
    unchanged: int
    conflicts: int = Field(description="versions kept for the user to decide")


class ProjectInfo(BaseModel):
    """The contents of a project file, in summary. Stable: scripts may rely on it."""

    name: str
    path: str
    schema_version: int
    note_count: int
    unplaced_note_count: int = Field(description="notes in no opgave")
    meetings: list[MeetingInfo]
    opgaven: list[OpgaveInfo]
    merges: list[MergeInfo] = Field(
        default_factory=list, description="laptop files merged in, oldest first"
    )
    open_conflicts: int = Field(default=0, description="merge conflicts not yet resolved")
    vote_rounds: list[VoteRoundInfo] = Field(default=[], description="dot voting, per round")
    plans: list[PlanInfo] = Field(default=[], description="plans of action, in opgave order")
