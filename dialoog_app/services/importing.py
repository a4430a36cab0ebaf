"""Notes from a spreadsheet into a meeting: one transaction, and never twice.

The rows come planned (``exchange.note_rows.plan_notes``: pure, with every unreadable row
listed); this writes them. Tables and rounds named in the file are found by name (any
case) or added. A row whose key is already on a note of this meeting — alive or deleted —
is left out, so importing the same file again adds nothing and a deleted note stays gone.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from dialoog_app.domain import validate
from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.domain.sources import NoteSource
from dialoog_app.exchange.errors import RowProblem
from dialoog_app.exchange.note_rows import NotePlan
from dialoog_app.store.models import AgendaItem, Base, DialogueTable, Meeting, Note, new_id, utcnow

from .events import Topic
from .workspace import Workspace

NOTE = Base.metadata.tables[Note.__tablename__]
CHUNK = 500  # SQLite's limit on bound parameters is far above; keeps IN lists small
_INSERT_SQL = (
    "INSERT INTO note (id, created_at, updated_at, device_id, deleted_at, table_id,"
    " agenda_item_id, text, kind, role, speaker, starred, noted_at, source, import_key,"
    " same_as_id) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, NULL)"
)
MEETING_GONE = QT_TRANSLATE_NOOP("Errors", "That meeting no longer exists.")


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_there: int
    problems: tuple[RowProblem, ...]
    tables_added: tuple[str, ...]
    rounds_added: tuple[str, ...]
    empty_rows: int


def new_ids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text: ``uuid.uuid4()`` per row costs more than
    the insert itself in a large import."""
    raw = bytearray(os.urandom(16 * count))
    ids = []
    for start in range(0, 16 * count, 16):
        raw[start + 6] = raw[start + 6] & 0x0F | 0x40  # version 4
        raw[start + 8] = raw[start + 8] & 0x3F | 0x80  # RFC 4122 variant
        h = raw[start : start + 16].hex()
        ids.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return ids


def _sql_time(moment: dt.datetime) -> str:
    """An aware moment as ``UTCDateTime`` stores it in SQLite (naive UTC, microseconds)."""
    return (
        moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    )


def live_meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise ValidationError(MEETING_GONE)
    return meeting


def notes_of_meeting(meeting_id: str) -> ColumnElement[bool]:
    """The notes of every table of the meeting: where an import looks for its keys."""
    return NOTE.c.table_id.in_(
        select(DialogueTable.id).where(DialogueTable.meeting_id == meeting_id)
    )


def known_keys(session: Session, table: object, scope: object, keys: Sequence[str]) -> set[str]:
    """The keys among ``keys`` already stored (``table.c.import_key``) within ``scope``."""
    found: set[str] = set()
    column = table.c.import_key  # type: ignore[attr-defined]
    for start in range(0, len(keys), CHUNK):
        part = list(keys[start : start + CHUNK])
        query = select(column).where(scope, column.in_(part))  # type: ignore[arg-type]
        found.update(session.scalars(query))
    return found


def tables_by_name(
    session: Session, ws: Workspace, meeting_id: str, names: Iterable[str]
) -> tuple[dict[str, str], list[str]]:
    """Folded name → table id for ``names``, adding the tables that do not exist yet."""
    live = session.scalars(
        select(DialogueTable)
        .where(DialogueTable.meeting_id == meeting_id, DialogueTable.deleted_at.is_(None))
        .order_by(DialogueTable.position)
    ).all()
    ids = {t.name.strip().casefold(): t.id for t in reversed(live)}
    added = []
    position = max((t.position for t in live), default=-1)
    for name in dict.fromkeys(names):
        if name.casefold() in ids:
            continue
        # A sheet says "Noord" or "3" where the meeting has "Tafel Noord" or "Tafel 3" (and
        # the other way round): the same table, not a new one.
        same = _same_table(name, ids)
        if same is not None:
            ids[name.casefold()] = same
            continue
        position += 1
        table = DialogueTable(
            id=new_id(),
            meeting_id=meeting_id,
            name=name,
            position=position,
            device_id=ws.store.device_id,
        )
        session.add(table)
        ids[name.casefold()] = table.id
        added.append(name)
    return ids, added


def _same_table(name: str, ids: dict[str, str]) -> str | None:
    folded = " ".join(name.split()).casefold()
    bare = folded.removeprefix("tafel ").strip()
    return ids.get(f"tafel {bare}") or ids.get(bare)


def rounds_by_title(
    session: Session, ws: Workspace, meeting_id: str, titles: Iterable[str]
) -> tuple[dict[str, str], list[str]]:
    """Folded title → agenda item id for ``titles``, adding the rounds not there yet."""
    live = session.scalars(
        select(AgendaItem).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None)
        )
    ).all()
    ids = {i.title.strip().casefold(): i.id for i in live}
    added = []
    position = max((i.position for i in live), default=-1)
    for title in dict.fromkeys(t for t in titles if t):
        if title.casefold() in ids:
            continue
        position += 1
        item = AgendaItem(
            id=new_id(),
            meeting_id=meeting_id,
            title=title,
            position=position,
            device_id=ws.store.device_id,
        )
        session.add(item)
        ids[title.casefold()] = item.id
        added.append(title)
    return ids, added


def import_notes(
    ws: Workspace,
    plan: NotePlan,
    meeting_id: str,
    *,
    table: str,
    source: NoteSource = NoteSource.MINUTES,
) -> ImportResult:
    """Add the planned rows as notes of ``meeting_id``; rows naming no table go to the
    table ``table`` (added when missing). One transaction: all rows or none."""
    fallback = validate.clean_line(table)[: validate.MAX_TITLE] or "Import"
    now = utcnow()
    with ws.unit_of_work() as uow:
        s = uow.session
        live_meeting(s, meeting_id)
        there = known_keys(s, NOTE, notes_of_meeting(meeting_id), [r.key for r in plan.rows])
        new_rows = [r for r in plan.rows if r.key not in there]
        table_ids, tables_added = tables_by_name(
            s, ws, meeting_id, (r.table or fallback for r in new_rows)
        )
        round_ids, rounds_added = rounds_by_title(s, ws, meeting_id, (r.round for r in new_rows))
        s.flush()
        stamp, device = _sql_time(now), ws.store.device_id
        ids = new_ids(len(new_rows))
        values = [
            (
                ids[i],
                stamp,
                stamp,
                device,
                table_ids[(r.table or fallback).casefold()],
                round_ids.get(r.round.casefold()) if r.round else None,
                r.text,
                r.kind.value,
                r.role.value,
                r.speaker,
                # Without a time the file's order is kept: a millisecond apart.
                _sql_time(r.noted_at or now + dt.timedelta(milliseconds=i)),
                source.value,
                r.key,
            )
            for i, r in enumerate(new_rows)
        ]
        if values:
            # Straight to the driver, in this transaction: SQLAlchemy's per-value type
            # processing was most of the time of a 10,000-row import.
            s.connection().exec_driver_sql(_INSERT_SQL, values)
            uow.changed(Topic.NOTES, Topic.TABLES, Topic.AGENDA)
    return ImportResult(
        added=len(values),
        already_there=len(plan.rows) - len(new_rows),
        problems=plan.problems,
        tables_added=tuple(tables_added),
        rounds_added=tuple(rounds_added),
        empty_rows=plan.empty_rows,
    )


def count_imported(ws: Workspace, meeting_id: str) -> int:
    """How many live notes of the meeting came from an import (for tests and the report)."""
    with ws.unit_of_work() as uow:
        query = (
            select(func.count())
            .select_from(NOTE)
            .join(DialogueTable, DialogueTable.id == NOTE.c.table_id)
            .where(
                DialogueTable.meeting_id == meeting_id,
                NOTE.c.import_key.is_not(None),
                NOTE.c.deleted_at.is_(None),
            )
        )
        return int(uow.session.scalar(query) or 0)
