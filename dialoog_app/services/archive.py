"""The whole project as one documented JSON document, for archiving and for other tools.

``dialoog export PATH --format json --out FILE.json`` writes a ``ProjectArchive``; its JSON
schema is ``ProjectArchive.model_json_schema()``. Removed rows (tombstones) are left out;
times are ISO 8601 in UTC; the agenda carries its planned and actual times as replayed
from the meeting clock at the moment of export.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from dialoog_app import __version__
from dialoog_app.export.model import AgendaLine, ScopeKind
from dialoog_app.export.save import write_atomically
from dialoog_app.store.fileformat import SCHEMA_VERSION
from dialoog_app.store.reader import utc

from .info_schema import PlanInfo, VoteRoundInfo
from .minutes_assembly import agenda_lines
from .minutes_read import MinutesRequest, read_rows
from .plan_info import plan_infos, vote_round_infos
from .reading import Readable

ARCHIVE_FORMAT_VERSION = 1


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class ArchiveNote(_Frozen):
    id: str
    text: str
    kind: str = Field(description="statement, idea, concern, question, agreement or quote")
    role: str = Field(description="resident, professional, civil_servant or other")
    speaker: str = Field(description="pseudonym or initials; empty when anonymised")
    starred: bool = Field(description="marked as important at the table")
    noted_at: dt.datetime
    agenda_item_id: str | None = Field(description="the round it was said in, if any")
    source: str = Field("table", description="table, minutes (imported) or survey")
    same_as_id: str | None = Field(
        None, description="linked as the same statement: the group's first note"
    )


class ArchiveSurveyAnswer(_Frozen):
    """One respondent's answer to a closed survey question."""

    meeting_id: str
    question: str
    respondent: int = Field(description="the row in the imported survey file")
    role: str
    answer: str


class ArchiveAgendaItem(_Frozen):
    id: str
    position: int
    title: str
    phase: str
    venue: str = Field(description="plenary, tables or none")
    planned_minutes: int
    instructions: str
    planned_start: dt.time | None = Field(description="local wall-clock time")
    actual_start: dt.time | None = Field(description="local wall-clock time, from the clock")
    actual_end: dt.time | None
    actual_minutes: int | None = Field(description="running time, pauses excluded")
    extended_minutes: int
    overrun_minutes: int = Field(description="beyond the planned time plus extensions")
    skipped: bool


class ArchiveClockPress(_Frozen):
    at: dt.datetime
    action: str = Field(description="start, pause, resume, next, previous, extend, skip, finish")
    agenda_item_id: str | None
    seconds: int


class ArchiveTable(_Frozen):
    id: str
    name: str
    facilitator: str = Field(description="the gespreksleider; empty when anonymised")
    position: int
    participants: dict[str, int] = Field(description="participants per role")
    notes: list[ArchiveNote] = Field(description="in the order they were noted")


class ArchiveMeeting(_Frozen):
    id: str
    title: str
    date: dt.date | None
    start_time: dt.time | None = Field(description="local wall-clock time")
    location: str
    position: int
    agenda: list[ArchiveAgendaItem]
    clock: list[ArchiveClockPress] = Field(description="the meeting clock's presses, in order")
    tables: list[ArchiveTable]


class ArchiveOpgave(_Frozen):
    id: str
    position: int
    title: str
    problem: str = Field(description="aanleiding / vraagstuk")
    desired_situation: str = Field(description="gewenste situatie")
    causes: str = Field(description="oorzaken")
    scope: str = Field(description="afbakening")
    partners: str = Field(description="betrokken partners")
    first_steps: str = Field(description="eerste stappen")
    priority: int = Field(description="0 none, 1 low, 2 medium, 3 high")
    note_ids: list[str] = Field(description="the notes it was built from, in order")


class ArchiveProject(_Frozen):
    id: str
    name: str
    description: str


class ProjectArchive(_Frozen):
    """A complete Dialoog project: meetings, tables, agenda, clock, notes, opgaven, survey
    answers, the votes and the plans of action."""

    format: Literal["dialoog-archive"] = "dialoog-archive"
    format_version: int = ARCHIVE_FORMAT_VERSION
    app_version: str
    schema_version: int = Field(description="the project file's schema version")
    exported_at: dt.datetime
    anonymised: bool = Field(description="speakers and gespreksleider names left out")
    project: ArchiveProject
    meetings: list[ArchiveMeeting]
    opgaven: list[ArchiveOpgave]
    survey_answers: list[ArchiveSurveyAnswer] = Field(default_factory=list)
    vote_rounds: list[VoteRoundInfo] = Field(
        default_factory=list, description="Prioriteren: every round with its ranking, in order"
    )
    plans: list[PlanInfo] = Field(
        default_factory=list,
        description="the plan of action per opgave that has one (experts only counted: no "
        "personal data)",
    )


def build_archive(source: Readable, now: dt.datetime, *, anonymise: bool = False) -> ProjectArchive:
    """Read the whole project in one read."""
    request = MinutesRequest(scope=ScopeKind.PROJECT, anonymise=anonymise)
    with source.read() as db:
        rows = read_rows(db, request)
        extra = {
            note_id: (utc(noted), source_kind, same_as)
            for note_id, noted, source_kind, same_as in db.execute(
                "SELECT id, noted_at, source, same_as_id FROM note WHERE deleted_at IS NULL"
            )
        }
        answers = [
            ArchiveSurveyAnswer(
                meeting_id=meeting_id,
                question=question,
                respondent=respondent,
                role=role,
                answer=answer,
            )
            for meeting_id, question, respondent, role, answer in db.execute(
                "SELECT meeting_id, question, respondent, role, answer FROM survey_answer"
                " WHERE deleted_at IS NULL ORDER BY question_position, respondent"
            )
        ]
        vote_rounds, plans = vote_round_infos(db), plan_infos(db)
    project = rows.project
    notes_of: dict[str, list[ArchiveNote]] = {}
    for n in rows.notes:
        notes_of.setdefault(n.table_id, []).append(
            ArchiveNote(
                id=n.id,
                text=n.text,
                kind=n.kind,
                role=n.role,
                speaker="" if anonymise else n.speaker,
                starred=bool(n.starred),
                noted_at=extra[n.id][0],
                agenda_item_id=n.agenda_item_id,
                source=extra[n.id][1],
                same_as_id=extra[n.id][2],
            )
        )
    meetings = []
    for meeting in rows.meetings:
        items = [i for i in rows.agenda if i.meeting_id == meeting.id]
        presses = rows.presses.get(meeting.id, [])
        lines = agenda_lines(meeting, items, presses, now)
        meetings.append(
            ArchiveMeeting(
                id=meeting.id,
                title=meeting.title,
                date=meeting.date,
                start_time=meeting.start_time,
                location=meeting.location,
                position=meeting.position,
                agenda=[
                    ArchiveAgendaItem(
                        id=item.id,
                        position=item.position,
                        phase=item.phase,
                        instructions=item.instructions,
                        **_line_fields(line),
                    )
                    for item, line in zip(items, lines, strict=True)
                ],
                clock=[
                    ArchiveClockPress(
                        at=p.at, action=p.action.value, agenda_item_id=p.item_id, seconds=p.seconds
                    )
                    for p in presses
                ],
                tables=[
                    ArchiveTable(
                        id=t.id,
                        name=t.name,
                        facilitator="" if anonymise else t.facilitator,
                        position=t.position,
                        participants={
                            "resident": t.residents,
                            "professional": t.professionals,
                            "civil_servant": t.civil_servants,
                            "other": t.others,
                        },
                        notes=notes_of.get(t.id, []),
                    )
                    for t in rows.tables
                    if t.meeting_id == meeting.id
                ],
            )
        )
    placed: dict[str, list[str]] = {}
    for opgave_id, note_id in rows.placements:
        placed.setdefault(opgave_id, []).append(note_id)
    opgaven = [
        ArchiveOpgave(
            id=o.id,
            position=o.position,
            title=o.title,
            problem=o.problem,
            desired_situation=o.desired_situation,
            causes=o.causes,
            scope=o.scope,
            partners=o.partners,
            first_steps=o.first_steps,
            priority=o.priority,
            note_ids=placed.get(o.id, []),
        )
        for o in rows.opgaven
    ]
    return ProjectArchive(
        app_version=__version__,
        schema_version=SCHEMA_VERSION,
        exported_at=now,
        anonymised=anonymise,
        project=ArchiveProject(id=project.id, name=project.name, description=project.description),
        meetings=meetings,
        opgaven=opgaven,
        survey_answers=answers,
        vote_rounds=vote_rounds,
        plans=plans,
    )


def _line_fields(line: AgendaLine) -> dict[str, Any]:
    """The planned and actual times of an agenda line, as the archive names them."""
    return {
        name: getattr(line, name)
        for name in ArchiveAgendaItem.model_fields
        if name not in ("id", "position", "phase", "instructions")
    }


def export_archive(
    source: Readable, target: Path, *, now: dt.datetime | None = None, anonymise: bool = False
) -> ProjectArchive:
    """Write the archive to ``target`` (atomically, UTF-8, indented)."""
    archive = build_archive(source, now or dt.datetime.now(dt.UTC), anonymise=anonymise)
    text = json.dumps(archive.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    write_atomically(Path(target).absolute(), lambda handle: handle.write(text.encode("utf-8")))
    return archive


def archive_schema() -> dict[str, object]:
    return ProjectArchive.model_json_schema()
