"""Use cases around merging laptops: merge, the log, conflicts, things made twice.

The merge itself is exchange/merge.py (whole files, one transaction); these calls are the
project's side of it, each one unit of work on the open project.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from dialoog_app.domain import validate
from dialoog_app.exchange import as_meetings
from dialoog_app.exchange import prepare as exchange_prepare
from dialoog_app.exchange.as_meetings import MeetingImport
from dialoog_app.exchange.merge import Progress, SourceSummary, merge_files
from dialoog_app.exchange.prepare import PreparedCopy
from dialoog_app.store.models import DialogueTable, MergeConflict, MergeLog, Note, Opgave, utcnow
from dialoog_app.store.plan_models import OpgavePlan

from . import opgaven, privacy
from .events import Topic
from .file_work import Runner, here
from .rows import get_row, gone, tombstone
from .workspace import Workspace


class MergeLogEntry(BaseModel):
    """One source merged: what came from where, and when."""

    model_config = ConfigDict(frozen=True)

    merged_at: dt.datetime
    source_path: str
    source_device: str
    table_name: str
    new: int
    updated: int
    unchanged: int
    conflicts: int
    details: dict[str, dict[str, int]]


class ConflictView(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    table_name: str  # "note" or "opgave"
    row_id: str
    kind: str  # "text" or "deleted"
    current_text: str
    other_text: str
    other_device: str
    other_updated_at: dt.datetime
    where: str  # the table (of a note) or "" (an opgave)


class Resolution(StrEnum):
    KEEP_CURRENT = "keep_current"
    KEEP_OTHER = "keep_other"
    KEEP_BOTH = "keep_both"
    EDIT = "edit"


class DuplicateGroup(BaseModel):
    """Things with one name made on several laptops (different ids): offer to combine."""

    model_config = ConfigDict(frozen=True)

    kind: str  # "table" or "opgave"
    name: str
    ids: tuple[str, ...]  # oldest first: the one kept by default


ALL_TOPICS = frozenset(Topic)


def merge_laptops(
    ws: Workspace,
    sources: Sequence[Path],
    progress: Progress | None = None,
    *,
    run: Runner = here,
) -> list[SourceSummary]:
    """Merge laptop files into the open project; every screen refreshes afterwards.

    The merge works on the files with its own connections, so ``run`` may put it in a
    worker thread; the screens are told here, in the caller's thread, once it has ended."""
    path, chosen = ws.path, list(sources)
    summaries = run(lambda: merge_files(path, chosen, progress=progress))
    ws.events.emit(ALL_TOPICS)
    return summaries


def import_as_meetings(ws: Workspace, source: Path, *, run: Runner = here) -> MeetingImport:
    """Another project's file (which a merge refuses) added as separate meetings of the
    open project (exchange/as_meetings.py); importing it again adds nothing."""
    path = ws.path
    result = run(lambda: as_meetings.import_as_meetings(path, source))
    ws.events.emit(ALL_TOPICS)
    return result


def other_projects(
    ws: Workspace, sources: Sequence[Path], *, run: Runner = here
) -> list[tuple[Path, str]]:
    """Which of ``sources`` a merge would refuse as another project's (with its name)."""
    path, chosen = ws.path, list(sources)
    return run(lambda: as_meetings.other_projects(path, chosen))


def merge_log(ws: Workspace) -> list[MergeLogEntry]:
    with ws.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(MergeLog)
            .where(MergeLog.finished_at.is_not(None))
            .order_by(MergeLog.merged_at, MergeLog.id)
        )
        return [
            MergeLogEntry(
                merged_at=r.merged_at,
                source_path=r.source_path,
                source_device=r.source_device,
                table_name=r.table_name,
                new=r.new,
                updated=r.updated,
                unchanged=r.unchanged,
                conflicts=r.conflicts,
                details=json.loads(r.details or "{}"),
            )
            for r in rows
        ]


def open_conflicts(ws: Workspace) -> list[ConflictView]:
    with ws.unit_of_work() as uow:
        s = uow.session
        views = []
        for c in s.scalars(
            select(MergeConflict)
            .where(MergeConflict.resolved_at.is_(None))
            .order_by(MergeConflict.other_updated_at, MergeConflict.id)
        ):
            current, where = "", ""
            if c.table_name == "note":
                note = s.get(Note, c.row_id)
                table = s.get(DialogueTable, note.table_id) if note else None
                current, where = (note.text if note else ""), (table.name if table else "")
            elif c.table_name == "opgave":
                opgave = s.get(Opgave, c.row_id)
                current = opgave.title if opgave else ""
            elif c.table_name == "opgave_plan":  # two plan parts folded: the goal that lost
                part = s.get(OpgavePlan, c.row_id)
                opgave = s.get(Opgave, part.opgave_id) if part else None
                current, where = (part.goal if part else ""), (opgave.title if opgave else "")
            views.append(
                ConflictView(
                    id=c.id,
                    table_name=c.table_name,
                    row_id=c.row_id,
                    kind=c.kind,
                    current_text=current,
                    other_text=c.other_text,
                    other_device=c.other_device,
                    other_updated_at=c.other_updated_at,
                    where=where,
                )
            )
        return views


def resolve_conflict(
    ws: Workspace, conflict_id: str, choice: Resolution, text: str | None = None
) -> None:
    """Keep this one (as merged), that one (the lost version), both (a second note), or
    an edited text. A lost deletion, "kept", deletes the row after all."""
    if choice is Resolution.KEEP_OTHER:
        with ws.unit_of_work() as uow:
            conflict = _conflict(uow.session, conflict_id)
            table, row_id, kind = conflict.table_name, conflict.row_id, conflict.kind
        if table == "opgave" and kind == "deleted":
            opgaven.delete_opgave(ws, row_id)
    with ws.unit_of_work() as uow:
        s = uow.session
        conflict = _conflict(s, conflict_id)
        conflict.resolved_at = utcnow()
        uow.changed(Topic.NOTES, Topic.OPGAVEN)
        if conflict.table_name == "opgave_plan":
            _resolve_goal(s, conflict, choice, text)
            uow.changed(Topic.PLAN)
        if conflict.table_name != "note":
            return
        note = get_row(s, Note, conflict.row_id)
        if choice is Resolution.KEEP_OTHER:
            if conflict.kind == "deleted":
                tombstone(note)
            else:
                note.text = conflict.other_text
        elif choice is Resolution.EDIT:
            note.text = validate.note_text(text) if text is not None else note.text
        elif choice is Resolution.KEEP_BOTH and conflict.kind == "text":
            s.add(
                Note(
                    table_id=note.table_id,
                    agenda_item_id=note.agenda_item_id,
                    text=conflict.other_text,
                    kind=note.kind,
                    role=note.role,
                    speaker=note.speaker,
                    starred=note.starred,
                    noted_at=note.noted_at,
                    origin_device=conflict.other_device,
                    device_id=ws.store.device_id,
                )
            )


def duplicates(ws: Workspace) -> list[DuplicateGroup]:
    """Tables of one meeting, or opgaven, with the same name (ignoring case and spaces)."""
    groups: dict[tuple[str, str], list[tuple[str, str, dt.datetime]]] = {}
    with ws.unit_of_work() as uow:
        s = uow.session
        for t in s.scalars(select(DialogueTable).where(DialogueTable.deleted_at.is_(None))):
            key = (f"table:{t.meeting_id}", " ".join(t.name.split()).casefold())
            groups.setdefault(key, []).append((t.id, t.name, t.created_at))
        for o in s.scalars(select(Opgave).where(Opgave.deleted_at.is_(None))):
            key = ("opgave", " ".join(o.title.split()).casefold())
            groups.setdefault(key, []).append((o.id, o.title, o.created_at))
    found = []
    for (kind, _), members in sorted(groups.items()):
        if len(members) > 1:
            members.sort(key=lambda m: (m[2], m[0]))
            found.append(
                DuplicateGroup(
                    kind="opgave" if kind == "opgave" else "table",
                    name=members[0][1],
                    ids=tuple(m[0] for m in members),
                )
            )
    return found


def combine(ws: Workspace, group: DuplicateGroup) -> None:
    """Make one of a duplicate group: the first (oldest) stays, the others join it."""
    keep, others = group.ids[0], group.ids[1:]
    if group.kind == "opgave":
        for other in others:
            opgaven.merge_opgaven(ws, keep, other)
        return
    with ws.unit_of_work() as uow:
        s = uow.session
        s.execute(
            update(Note)
            .where(Note.table_id.in_(others))
            .values(table_id=keep, updated_at=utcnow(), device_id=ws.store.device_id)
        )
        for table in s.scalars(select(DialogueTable).where(DialogueTable.id.in_(others))):
            tombstone(table)
        uow.changed(Topic.TABLES, Topic.NOTES)


def prepare_laptops(
    ws: Workspace, folder: Path, tables: Sequence[str] = (), meeting: str | None = None
) -> list[PreparedCopy]:
    """One copy of the open project per table laptop (exchange/prepare.py), remembered in
    the project so that purging it (services/privacy.py) deletes the copies too."""
    copies = exchange_prepare.prepare_laptops(ws.path, folder, tables, meeting=meeting)
    privacy.record_prepared_copies(ws, [copy.path for copy in copies])
    return copies


def _resolve_goal(
    session: Session, conflict: MergeConflict, choice: Resolution, text: str | None
) -> None:
    """A plan part's goal that lost a merge: keep it, or write one anew."""
    part = session.get(OpgavePlan, conflict.row_id)
    if part is None:
        return
    if choice is Resolution.KEEP_OTHER:
        part.goal = conflict.other_text
    elif choice is Resolution.EDIT and text is not None:
        part.goal = validate.text(text)


def _conflict(session: Session, conflict_id: str) -> MergeConflict:
    found = session.get(MergeConflict, conflict_id)
    if found is None:
        raise gone(MergeConflict)
    return found
