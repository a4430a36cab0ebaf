"""Reading what a verslag needs: a handful of column queries in one read, as SQL on a
DB-API connection (services/reading.py: the GUI's session or ``dialoog export``'s reader)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from dialoog_app.domain.agenda_clock import ClockPress
from dialoog_app.domain.errors import GoneError
from dialoog_app.export.model import Contents, ScopeKind

from . import project_rows
from .project_rows import (
    TABLE_GONE,
    AgendaRow,
    MeetingRow,
    OpgaveRow,
    ProjectRow,
    TableRow,
    marks,
)


# A frozen dataclass, not pydantic: `dialoog export` must not pay pydantic's import.
# Keyword-only: a misspelt part is refused (TypeError), never ignored.
@dataclass(frozen=True, kw_only=True)
class MinutesRequest:
    """What to export: the scope, the parts, and whether to leave speakers out."""

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


class MinutesRows(NamedTuple):
    """The rows of one read, as the database gave them."""

    project: ProjectRow
    meetings: list[MeetingRow]
    tables: list[TableRow]
    agenda: list[AgendaRow]
    presses: dict[str, list[ClockPress]]  # meeting id → its clock presses, in order
    notes: list[NoteRow]  # in the order they were noted
    opgaven: list[OpgaveRow]
    placements: list[Placement]  # in order within each opgave
    laptops: dict[str, str]  # device → laptop label, for merged files (laptop_labels)


def _scope(db: Any, request: MinutesRequest) -> tuple[list[MeetingRow], list[TableRow]]:
    if request.scope == ScopeKind.TABLE:
        table = project_rows.table(db, request.table_id, live=True)
        try:
            meeting = project_rows.meeting(db, table.meeting_id, live=True)
        except GoneError:
            raise GoneError(TABLE_GONE) from None  # its meeting was removed, and the table too
        return [meeting], [table]
    if request.scope == ScopeKind.MEETING:
        meetings = [project_rows.meeting(db, request.meeting_id, live=True)]
    else:
        meetings = project_rows.meetings(db)
    return meetings, project_rows.tables(db, [m.id for m in meetings])


def read_rows(db: Any, request: MinutesRequest) -> MinutesRows:
    """Everything the verslag of ``request``'s scope needs, on a DB-API connection."""
    meetings, tables = _scope(db, request)
    meeting_ids = [m.id for m in meetings]
    table_ids = [t.id for t in tables]
    notes = [
        NoteRow(id_, table, item, text, kind, role, speaker, bool(starred), bool(concept), origin)
        for id_, table, item, text, kind, role, speaker, starred, concept, origin in db.execute(
            "SELECT id, table_id, agenda_item_id, text, kind, role, speaker, starred, concept,"
            " coalesce(origin_device, device_id) FROM note"
            f" WHERE table_id IN ({marks(table_ids)}) AND deleted_at IS NULL"
            " ORDER BY noted_at, created_at, id",
            table_ids,
        )
    ]
    placements = [
        Placement(*row)
        for row in db.execute(
            "SELECT p.opgave_id, p.note_id FROM opgave_note p JOIN note n ON n.id = p.note_id"
            " WHERE p.deleted_at IS NULL AND n.deleted_at IS NULL"
            " ORDER BY p.opgave_id, p.position, p.created_at"
        )
    ]
    return MinutesRows(
        project=project_rows.project_row(db),
        meetings=meetings,
        tables=tables,
        agenda=project_rows.agenda(db, meeting_ids),
        presses=project_rows.presses(db, meeting_ids),
        notes=notes,
        opgaven=project_rows.opgaven(db),
        placements=placements,
        laptops=project_rows.laptop_labels(db),
    )
