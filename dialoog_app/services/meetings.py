"""Meetings (bijeenkomsten) and their tables: set up, rename, reorder, remove, restore."""

from __future__ import annotations

import datetime as dt

from dialoog_app.domain import validate
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.store.models import DialogueTable, Meeting

from .events import Topic
from .meetings_read import get_meeting as get_meeting
from .meetings_read import list_meetings as list_meetings
from .meetings_read import list_tables as list_tables
from .ordering import insert_at
from .patch import Patch
from .project_rows import MeetingRow, TableRow
from .rows import get_row
from .siblings import Siblings
from .workspace import Workspace


class MeetingPatch(Patch):
    """The fields to change; only those set are written."""

    title: str | None = None
    date: dt.date | None = None
    start_time: dt.time | None = None
    location: str | None = None


class TablePatch(Patch):
    name: str | None = None
    facilitator: str | None = None
    residents: int | None = None
    professionals: int | None = None
    civil_servants: int | None = None
    others: int | None = None


COUNT_FIELDS = ("residents", "professionals", "civil_servants", "others")

MEETINGS = Siblings(Meeting, Meeting.project_id, Topic.MEETINGS)
TABLES = Siblings(DialogueTable, DialogueTable.meeting_id, Topic.TABLES)


MEETING_NEEDS_TITLE = QT_TRANSLATE_NOOP("Errors", "A meeting needs a title.")
TABLE_NEEDS_NAME = QT_TRANSLATE_NOOP("Errors", "A table needs a name.")


def add_meeting(
    ws: Workspace,
    title: str,
    *,
    date: dt.date | None = None,
    start_time: dt.time | None = None,
    location: str = "",
) -> MeetingRow:
    title = validate.title(title, MEETING_NEEDS_TITLE)
    with ws.unit_of_work() as uow:
        project = ws.store.project_row(uow.session)
        meeting = Meeting(
            project_id=project.id,
            title=title,
            date=date,
            start_time=start_time,
            location=validate.line(location),
            device_id=ws.store.device_id,
        )
        insert_at(MEETINGS.live(uow.session, project.id), meeting, None)
        uow.session.add(meeting)
        uow.session.flush()
        uow.changed(Topic.MEETINGS)
        return _meeting_row(meeting)


def update_meeting(ws: Workspace, meeting_id: str, patch: MeetingPatch) -> MeetingRow:
    changes = patch.model_dump(exclude_unset=True)
    if "title" in changes:
        changes["title"] = validate.title(changes["title"] or "", MEETING_NEEDS_TITLE)
    if "location" in changes:
        changes["location"] = validate.line(changes["location"])
    with ws.unit_of_work() as uow:
        meeting = get_row(uow.session, Meeting, meeting_id)
        for name, value in changes.items():
            setattr(meeting, name, value)
        uow.changed(Topic.MEETINGS)
        uow.session.flush()
        return _meeting_row(meeting)


def delete_meeting(ws: Workspace, meeting_id: str) -> None:
    MEETINGS.delete(ws, meeting_id)


def restore_meeting(ws: Workspace, meeting_id: str, position: int | None = None) -> None:
    MEETINGS.restore(ws, meeting_id, position)


def add_table(
    ws: Workspace, meeting_id: str, name: str, facilitator: str = "", **counts: int
) -> TableRow:
    name = validate.title(name, TABLE_NEEDS_NAME)
    for key, value in counts.items():
        if key not in COUNT_FIELDS:
            raise TypeError(f"unknown count {key}")
        validate.count(value)
    with ws.unit_of_work() as uow:
        get_row(uow.session, Meeting, meeting_id)
        table = DialogueTable(
            meeting_id=meeting_id,
            name=name,
            facilitator=validate.line(facilitator),
            device_id=ws.store.device_id,
            **counts,
        )
        insert_at(TABLES.live(uow.session, meeting_id), table, None)
        uow.session.add(table)
        uow.session.flush()
        uow.changed(Topic.TABLES)
        return _table_row(table)


def update_table(ws: Workspace, table_id: str, patch: TablePatch) -> TableRow:
    changes = patch.model_dump(exclude_unset=True)
    if "name" in changes:
        changes["name"] = validate.title(changes["name"] or "", TABLE_NEEDS_NAME)
    if "facilitator" in changes:
        changes["facilitator"] = validate.line(changes["facilitator"])
    for key in COUNT_FIELDS:
        if key in changes:
            validate.count(changes[key] or 0)
    with ws.unit_of_work() as uow:
        table = get_row(uow.session, DialogueTable, table_id)
        for name, value in changes.items():
            setattr(table, name, value)
        uow.session.flush()
        uow.changed(Topic.TABLES)
        return _table_row(table)


def move_table(ws: Workspace, table_id: str, index: int) -> None:
    TABLES.move(ws, table_id, index)


def delete_table(ws: Workspace, table_id: str) -> None:
    TABLES.delete(ws, table_id)


def restore_table(ws: Workspace, table_id: str, position: int | None = None) -> None:
    TABLES.restore(ws, table_id, position)


def _meeting_row(meeting: Meeting) -> MeetingRow:
    return MeetingRow(*(getattr(meeting, name) for name in MeetingRow._fields))


def _table_row(table: DialogueTable) -> TableRow:
    return TableRow(*(getattr(table, name) for name in TableRow._fields))
