"""Reading what a verslag needs: a handful of column queries inside one unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialoog_app.domain.agenda_clock import ClockAction, ClockPress
from dialoog_app.export.model import Contents, ScopeKind
from dialoog_app.store.models import (
    AgendaItem,
    ClockEvent,
    DialogueTable,
    Meeting,
    Note,
    Opgave,
    OpgaveNote,
    Project,
)

from .board import laptop_labels
from .rows import get_row, gone


class MinutesRequest(BaseModel):
    """What to export: the scope, the parts, and whether to leave speakers out."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    scope: ScopeKind = ScopeKind.PROJECT
    meeting_id: str | None = None  # for ScopeKind.MEETING
    table_id: str | None = None  # for ScopeKind.TABLE
    title_page: bool = True
    agenda: bool = True
    notes: bool = True
    opgaven: bool = True
    agreements: bool = True
    unplaced: bool = True
    survey: bool = True  # "Uitkomsten enquête", when the project holds a survey
    anonymise: bool = False
    author: str = ""

    def contents(self) -> Contents:
        return Contents(
            self.title_page, self.agenda, self.notes, self.opgaven, self.agreements, self.unplaced
        )


class NoteRow(NamedTuple):
    id: str
    table_id: str
    agenda_item_id: str | None
    text: str
    kind: str
    role: str
    speaker: str
    starred: bool
    concept: bool
    origin_device: str  # the laptop that wrote it first


class Placement(NamedTuple):
    opgave_id: str
    note_id: str


@dataclass(frozen=True)
class MinutesRows:
    """The rows of one read, as the database gave them."""

    project: Project
    meetings: list[Meeting]
    tables: list[DialogueTable]
    agenda: list[AgendaItem]
    presses: dict[str, list[ClockPress]]  # meeting id → its clock presses, in order
    notes: list[NoteRow]  # in the order they were noted
    opgaven: list[Opgave]
    placements: list[Placement]  # in order within each opgave
    laptops: dict[str, str]  # device → laptop label, for merged files (board.laptop_labels)


def _scope(session: Session, request: MinutesRequest) -> tuple[list[Meeting], list[DialogueTable]]:
    if request.scope == ScopeKind.TABLE:
        table = get_row(session, DialogueTable, request.table_id, live=True)
        meeting = session.get(Meeting, table.meeting_id)
        if meeting is None or meeting.deleted_at is not None:
            raise gone(DialogueTable)  # its meeting was removed, and the table with it
        return [meeting], [table]
    if request.scope == ScopeKind.MEETING:
        meetings = [get_row(session, Meeting, request.meeting_id, live=True)]
    else:
        meetings = list(
            session.scalars(
                select(Meeting).where(Meeting.deleted_at.is_(None)).order_by(Meeting.position)
            )
        )
    order = {m.id: i for i, m in enumerate(meetings)}
    tables = list(
        session.scalars(
            select(DialogueTable).where(
                DialogueTable.meeting_id.in_(list(order)), DialogueTable.deleted_at.is_(None)
            )
        )
    )
    tables.sort(key=lambda t: (order[t.meeting_id], t.position))
    return meetings, tables


def read_rows(session: Session, project: Project, request: MinutesRequest) -> MinutesRows:
    meetings, tables = _scope(session, request)
    meeting_ids = [m.id for m in meetings]
    agenda = list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id.in_(meeting_ids), AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.position)
        )
    )
    presses: dict[str, list[ClockPress]] = {m: [] for m in meeting_ids}
    for event in session.execute(
        select(
            ClockEvent.meeting_id,
            ClockEvent.at,
            ClockEvent.action,
            ClockEvent.agenda_item_id,
            ClockEvent.seconds,
        )
        .where(ClockEvent.meeting_id.in_(meeting_ids), ClockEvent.deleted_at.is_(None))
        .order_by(ClockEvent.at, ClockEvent.created_at)
    ):
        presses[event.meeting_id].append(
            ClockPress(event.at, ClockAction(event.action), event.agenda_item_id, event.seconds)
        )
    notes = [
        NoteRow._make(row)
        for row in session.execute(
            select(
                Note.id,
                Note.table_id,
                Note.agenda_item_id,
                Note.text,
                Note.kind,
                Note.role,
                Note.speaker,
                Note.starred,
                Note.concept,
                func.coalesce(Note.origin_device, Note.device_id),
            )
            .where(Note.table_id.in_([t.id for t in tables]), Note.deleted_at.is_(None))
            .order_by(Note.noted_at, Note.created_at, Note.id)
        )
    ]
    opgaven = list(
        session.scalars(select(Opgave).where(Opgave.deleted_at.is_(None)).order_by(Opgave.position))
    )
    placements = [
        Placement(*row)
        for row in session.execute(
            select(OpgaveNote.opgave_id, OpgaveNote.note_id)
            .join(Note, Note.id == OpgaveNote.note_id)
            .where(OpgaveNote.deleted_at.is_(None), Note.deleted_at.is_(None))
            .order_by(OpgaveNote.opgave_id, OpgaveNote.position, OpgaveNote.created_at)
        )
    ]
    laptops = laptop_labels(session)
    return MinutesRows(
        project, meetings, tables, agenda, presses, notes, opgaven, placements, laptops
    )
