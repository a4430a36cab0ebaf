"""What is in a project, as one documented pydantic model (``dialoog info --json``)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from pydantic import BaseModel, Field
from sqlalchemy import func, select

from dialoog_app.store.fileformat import SCHEMA_VERSION
from dialoog_app.store.models import (
    AgendaItem,
    DialogueTable,
    Meeting,
    MergeConflict,
    MergeLog,
    Note,
    Opgave,
    OpgaveNote,
)

from .clock import snapshot_in
from .plan_info import PlanInfo, VoteRoundInfo, plan_infos, vote_round_infos
from .workspace import Workspace


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


def project_info(ws: Workspace, now: dt.datetime | None = None) -> ProjectInfo:
    """The summary, with the meeting clocks as they stand at ``now`` (default: this moment)."""
    now = now or dt.datetime.now(dt.UTC)
    with ws.unit_of_work() as uow:
        s = uow.session
        project = ws.store.project_row(s)
        live_note = Note.deleted_at.is_(None)
        kind_counts: dict[str, Counter[str]] = {}
        for table_id, kind, count in s.execute(
            select(Note.table_id, Note.kind, func.count())
            .where(live_note)
            .group_by(Note.table_id, Note.kind)
        ):
            kind_counts.setdefault(table_id, Counter())[kind] = count

        meetings = []
        for meeting in s.scalars(
            select(Meeting).where(Meeting.deleted_at.is_(None)).order_by(Meeting.position)
        ):
            # The same planned-against-actual figures as clock.item_timings, in this unit of work.
            clock_snapshot = snapshot_in(s, meeting.id)
            timings = {t.item_id: t for t in clock_snapshot.timings(now)}
            agenda = [
                AgendaItemInfo(
                    title=item.title,
                    phase=item.phase,
                    venue=item.venue,
                    planned_minutes=item.planned_minutes,
                    **timings[item.id].model_dump(
                        include={
                            "planned_start",
                            "actual_start",
                            "actual_end",
                            "active_seconds",
                            "paused_seconds",
                            "extended_seconds",
                            "overrun_seconds",
                            "skipped",
                        }
                    ),
                )
                for item in s.scalars(
                    select(AgendaItem)
                    .where(AgendaItem.meeting_id == meeting.id, AgendaItem.deleted_at.is_(None))
                    .order_by(AgendaItem.position)
                )
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
                for t in s.scalars(
                    select(DialogueTable)
                    .where(
                        DialogueTable.meeting_id == meeting.id,
                        DialogueTable.deleted_at.is_(None),
                    )
                    .order_by(DialogueTable.position)
                )
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

        role_counts: dict[str, Counter[str]] = {}
        live_placement = (OpgaveNote.deleted_at.is_(None), live_note)
        for opgave_id, role, count in s.execute(
            select(OpgaveNote.opgave_id, Note.role, func.count())
            .join(Note, Note.id == OpgaveNote.note_id)
            .where(*live_placement)
            .group_by(OpgaveNote.opgave_id, Note.role)
        ):
            role_counts.setdefault(opgave_id, Counter())[role] = count
        opgaven = [
            OpgaveInfo(
                title=o.title,
                priority=o.priority,
                note_count=sum(role_counts.get(o.id, Counter()).values()),
                notes_by_role=dict(sorted(role_counts.get(o.id, Counter()).items())),
            )
            for o in s.scalars(
                select(Opgave).where(Opgave.deleted_at.is_(None)).order_by(Opgave.position)
            )
        ]
        note_count = s.scalar(select(func.count()).select_from(Note).where(live_note)) or 0
        placed = s.scalar(
            select(func.count())
            .select_from(OpgaveNote)
            .join(Note, Note.id == OpgaveNote.note_id)
            .where(*live_placement)
        )
        merges = [
            MergeInfo.model_validate(m, from_attributes=True)
            for m in s.scalars(
                select(MergeLog)
                .where(MergeLog.finished_at.is_not(None))
                .order_by(MergeLog.merged_at, MergeLog.id)
            )
        ]
        open_conflicts = s.scalar(
            select(func.count())
            .select_from(MergeConflict)
            .where(MergeConflict.resolved_at.is_(None))
        )
        return ProjectInfo(
            merges=merges,
            open_conflicts=open_conflicts or 0,
            name=project.name,
            path=str(ws.path),
            schema_version=SCHEMA_VERSION,
            note_count=note_count,
            unplaced_note_count=note_count - (placed or 0),
            meetings=meetings,
            opgaven=opgaven,
            vote_rounds=vote_round_infos(s),
            plans=plan_infos(s),
        )
