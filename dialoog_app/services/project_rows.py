"""The rows every read of a project starts from, as SQL over a DB-API connection.

Meetings, tables, agenda items, clock presses, opgaven: live rows only (tombstones
left out), each in the order the screens show them. Shared by the clock snapshot, the
info summary, the minutes and the archive (see services/reading.py for why SQL), so each
query is written once. Rows are named tuples with the ORM's attribute names and types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any, NamedTuple

from dialoog_app.domain.agenda_clock import ClockAction, ClockPress
from dialoog_app.domain.errors import GoneError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.store.reader import day, utc, wall_time

from .reading import PROJECT_ROW

# The words of services/rows.py (the one way to say "not found"), for the SQL readers.
MEETING_GONE = QT_TRANSLATE_NOOP("Errors", "That meeting does not exist (any more).")
TABLE_GONE = QT_TRANSLATE_NOOP("Errors", "That table does not exist (any more).")


class ProjectRow(NamedTuple):
    id: str
    name: str
    description: str


class MeetingRow(NamedTuple):
    id: str
    title: str
    date: dt.date | None
    start_time: dt.time | None
    location: str
    position: int


class TableRow(NamedTuple):
    id: str
    meeting_id: str
    name: str
    facilitator: str
    position: int
    residents: int
    professionals: int
    civil_servants: int
    others: int

    @property
    def participants(self) -> int:
        return self.residents + self.professionals + self.civil_servants + self.others


class AgendaRow(NamedTuple):
    id: str
    meeting_id: str
    position: int
    title: str
    phase: str
    venue: str
    planned_minutes: int
    instructions: str


class OpgaveRow(NamedTuple):
    id: str
    position: int
    title: str
    problem: str
    desired_situation: str
    causes: str
    scope: str
    partners: str
    first_steps: str
    priority: int


_MEETING = "SELECT id, title, date, start_time, location, position{} FROM meeting"
_TABLE = (
    "SELECT id, meeting_id, name, facilitator, position, residents, professionals,"
    " civil_servants, others{} FROM dialogue_table"
)


def marks(values: Sequence[object]) -> str:
    """``?, ?, ?`` for an ``IN (…)`` of these values."""
    return ", ".join("?" * len(values))


def project_row(db: Any) -> ProjectRow:
    row = db.execute(PROJECT_ROW).fetchone()
    assert row is not None, "every project file holds its project row"
    return ProjectRow(*row)


def _meeting(row: Sequence[Any]) -> MeetingRow:
    id_, title, date, start, location, position = row
    return MeetingRow(id_, title, day(date), wall_time(start), location, position)


def meetings(db: Any) -> list[MeetingRow]:
    rows = db.execute(_MEETING.format("") + " WHERE deleted_at IS NULL ORDER BY position")
    return [_meeting(row) for row in rows]


def meeting(db: Any, meeting_id: str | None, *, live: bool = False) -> MeetingRow:
    """The meeting with this id (tombstoned too, unless ``live``), or ``GoneError``."""
    found = db.execute(_MEETING.format(", deleted_at") + " WHERE id = ?", (meeting_id,)).fetchone()
    if found is None or (live and found[-1] is not None):
        raise GoneError(MEETING_GONE)
    return _meeting(found[:-1])


def table(db: Any, table_id: str | None, *, live: bool = False) -> TableRow:
    found = db.execute(_TABLE.format(", deleted_at") + " WHERE id = ?", (table_id,)).fetchone()
    if found is None or (live and found[-1] is not None):
        raise GoneError(TABLE_GONE)
    return TableRow(*found[:-1])


def tables(db: Any, meeting_ids: Sequence[str]) -> list[TableRow]:
    """The live tables of these meetings, in meeting order, then table position."""
    order = {m: i for i, m in enumerate(meeting_ids)}
    rows = db.execute(
        _TABLE.format("") + f" WHERE meeting_id IN ({marks(meeting_ids)}) AND deleted_at IS NULL",
        list(meeting_ids),
    )
    return sorted(map(TableRow._make, rows), key=lambda t: (order[t.meeting_id], t.position))


def agenda(db: Any, meeting_ids: Sequence[str]) -> list[AgendaRow]:
    """The live agenda items of these meetings, by position."""
    rows = db.execute(
        "SELECT id, meeting_id, position, title, phase, venue, planned_minutes, instructions"
        f" FROM agenda_item WHERE meeting_id IN ({marks(meeting_ids)})"
        " AND deleted_at IS NULL ORDER BY position",
        list(meeting_ids),
    )
    return list(map(AgendaRow._make, rows))


def presses(db: Any, meeting_ids: Sequence[str]) -> dict[str, list[ClockPress]]:
    """Each meeting's live clock presses, in the order they were made."""
    found: dict[str, list[ClockPress]] = {m: [] for m in meeting_ids}
    rows = db.execute(
        "SELECT meeting_id, at, action, agenda_item_id, seconds FROM clock_event"
        f" WHERE meeting_id IN ({marks(meeting_ids)}) AND deleted_at IS NULL"
        " ORDER BY at, created_at",
        list(meeting_ids),
    )
    for meeting_id, at, action, item_id, seconds in rows:
        found[meeting_id].append(ClockPress(utc(at), ClockAction(action), item_id, seconds))
    return found


def opgaven(db: Any) -> list[OpgaveRow]:
    rows = db.execute(
        "SELECT id, position, title, problem, desired_situation, causes, scope, partners,"
        " first_steps, priority FROM opgave WHERE deleted_at IS NULL ORDER BY position"
    )
    return list(map(OpgaveRow._make, rows))


def laptop_labels(db: Any) -> dict[str, str]:
    """Device → the laptop as the merge log knows it (its table, else its file's name);
    the board's tooltip and the minutes both say it so (board.laptop_labels)."""
    labels: dict[str, str] = {}
    rows = db.execute(
        "SELECT source_device, table_name, source_path FROM merge_log ORDER BY merged_at"
    )
    for device, table_name, path in rows:
        labels[device] = table_name or PurePath(path).name
    return labels
