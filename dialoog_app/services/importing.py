"""Notes from a spreadsheet into a meeting: one transaction, and never twice.

The rows come planned (``exchange.note_rows.plan_notes``: pure, with every unreadable row
listed); this writes them. Tables and rounds named in the file are found by name (any
case) or added. A row whose key is already on a note of this meeting — alive or deleted —
is left out, so importing the same file again adds nothing and a deleted note stays gone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

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
MEETING_GONE = QT_TRANSLATE_NOOP("Errors", "That meeting no longer exists.")


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_there: int
    problems: tuple[RowProblem, ...]
    tables_added: tuple[str, ...]
    rounds_added: tuple[str, ...]
    empty_rows: int


def live_meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise ValidationError(MEETING_GONE)
    return meeting


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
    fallback = " ".join(table.split())[:200] or "Import"
    now = utcnow()
    with ws.unit_of_work() as uow:
        s = uow.session
        live_meeting(s, meeting_id)
        scope = NOTE.c.table_id.in_(
            select(DialogueTable.id).where(DialogueTable.meeting_id == meeting_id)
        )
        there = known_keys(s, NOTE, scope, [r.key for r in plan.rows])
        new_rows = [r for r in plan.rows if r.key not in there]
        table_ids, tables_added = tables_by_name(
            s, ws, meeting_id, (r.table or fallback for r in new_rows)
        )
        round_ids, rounds_added = rounds_by_title(s, ws, meeting_id, (r.round for r in new_rows))
        s.flush()
        values = [
            {
                "id": new_id(),
                "created_at": now,
                "updated_at": now,
                "device_id": ws.store.device_id,
                "deleted_at": None,
                "table_id": table_ids[(r.table or fallback).casefold()],
                "agenda_item_id": round_ids.get(r.round.casefold()) if r.round else None,
                "text": r.text,
                "kind": r.kind.value,
                "role": r.role.value,
                "speaker": r.speaker,
                "starred": False,
                # Without a time the file's order is kept: a millisecond apart.
                "noted_at": r.noted_at or now + dt.timedelta(milliseconds=i),
                "source": source.value,
                "import_key": r.key,
                "same_as_id": None,
            }
            for i, r in enumerate(new_rows)
        ]
        if values:
            s.execute(insert(NOTE), values)
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
