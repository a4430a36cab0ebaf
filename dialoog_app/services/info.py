"""What is in a project, as one documented pydantic model (``dialoog info --json``)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from dialoog_app.store.fileformat import SCHEMA_VERSION
from dialoog_app.store.reader import utc

from . import project_rows
from .clock_read import snapshot_from
from .plan_info import PlanInfo, VoteRoundInfo, plan_infos, vote_round_infos
from .reading import Readable

_TIMING_FIELDS = {
    "planned_start",
    "actual_start",
    "actual_end",
    "active_seconds",
    "paused_seconds",
    "extended_seconds",
    "overrun_seconds",
    "skipped",
}


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


def project_info(source: Readable, now: dt.datetime | None = None) -> ProjectInfo:
    """The summary, with the meeting clocks as they stand at ``now`` (default: this moment).

    One read (SQL on ``source``'s connection: the GUI's workspace or a plain reader)."""
    now = now or dt.datetime.now(dt.UTC)
    with source.read() as db:
        return _info(db, source.path, now)


def _counts(db: Any, sql: str) -> dict[str, Counter[str]]:
    """(group, key, count) rows → group → Counter."""
    found: dict[str, Counter[str]] = {}
    for group, key, count in db.execute(sql):
        found.setdefault(group, Counter())[key] = count
    return found


def _info(db: Any, path: Path, now: dt.datetime) -> ProjectInfo:
    kind_counts = _counts(
        db,
        "SELECT table_id, kind, count(*) FROM note WHERE deleted_at IS NULL"
        " GROUP BY table_id, kind",
    )
    meetings = []
    for meeting in project_rows.meetings(db):
        # The same planned-against-actual figures as clock.item_timings, in this read.
        clock_snapshot = snapshot_from(db, meeting.id)
        timings = {t.item_id: t for t in clock_snapshot.timings(now)}
        agenda = [
            AgendaItemInfo(
                title=item.title,
                phase=item.phase,
                venue=item.venue,
                planned_minutes=item.planned_minutes,
                **timings[item.id].model_dump(include=_TIMING_FIELDS),
            )
            for item in project_rows.agenda(db, [meeting.id])
        ]
        tables = [
            TableInfo(
                name=t.name,
                facilitator=t.facilitator,
                participants={
                    "resident": t.residents,
                    "professional": t.professionals,
                    "civil_servant": t.civil_servants,
                    "other": t.others,
                },
                note_count=sum(kind_counts.get(t.id, Counter()).values()),
                notes_by_kind=dict(sorted(kind_counts.get(t.id, Counter()).items())),
            )
            for t in project_rows.tables(db, [meeting.id])
        ]
        meetings.append(
            MeetingInfo(
                title=meeting.title,
                date=meeting.date,
                start_time=meeting.start_time,
                location=meeting.location,
                agenda=agenda,
                planned_minutes=sum(a.planned_minutes for a in agenda),
                clock_status=clock_snapshot.state(now).status.value,
                tables=tables,
            )
        )

    placed_notes = (
        " FROM opgave_note p JOIN note n ON n.id = p.note_id"
        " WHERE p.deleted_at IS NULL AND n.deleted_at IS NULL"
    )
    role_counts = _counts(
        db, f"SELECT p.opgave_id, n.role, count(*){placed_notes} GROUP BY p.opgave_id, n.role"
    )
    opgaven = [
        OpgaveInfo(
            title=o.title,
            priority=o.priority,
            note_count=sum(role_counts.get(o.id, Counter()).values()),
            notes_by_role=dict(sorted(role_counts.get(o.id, Counter()).items())),
        )
        for o in project_rows.opgaven(db)
    ]
    note_count = _one(db, "SELECT count(*) FROM note WHERE deleted_at IS NULL")
    placed = _one(db, f"SELECT count(*){placed_notes}")
    merges = []
    for row in db.execute(
        f"SELECT {', '.join(MergeInfo.model_fields)} FROM merge_log"
        " WHERE finished_at IS NOT NULL ORDER BY merged_at, id"
    ):
        fields = dict(zip(MergeInfo.model_fields, row, strict=True))
        merges.append(MergeInfo(**{**fields, "merged_at": utc(fields["merged_at"])}))
    return ProjectInfo(
        merges=merges,
        open_conflicts=_one(db, "SELECT count(*) FROM merge_conflict WHERE resolved_at IS NULL"),
        name=project_rows.project_row(db).name,
        path=str(path),
        schema_version=SCHEMA_VERSION,
        note_count=note_count,
        unplaced_note_count=note_count - placed,
        meetings=meetings,
        opgaven=opgaven,
        vote_rounds=vote_round_infos(db),
        plans=plan_infos(db),
    )


def _one(db: Any, sql: str) -> int:
    return int(db.execute(sql).fetchone()[0] or 0)
