"""Opgaven: make, write out, reorder, merge, split and delete them — every action undoable.

Actions that change what the board looks like return a ``BoardChange`` (see placement.py):
``board.restore_board(ws, change.before)`` undoes it exactly, ``change.after`` redoes it.
Editing an opgave's fields returns the new view; undo writes the old values back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialoog_app.domain import validate
from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.domain.kinds import Role
from dialoog_app.domain.sources import NoteSource
from dialoog_app.store.models import Note, Opgave, OpgaveNote, new_id

from .board import check_notes, check_opgave_alive, live_note_ids_query, plan_move
from .events import Topic
from .patch import Patch
from .placement import (
    TEXT_FIELDS,
    BoardChange,
    BoardState,
    OpgaveFields,
    OpgaveSnapshot,
    fields_of,
    lists_of,
    live_order,
    write_state,
)
from .workspace import Workspace

OPGAVE_NEEDS_TITLE = QT_TRANSLATE_NOOP("Errors", "An opgave needs a title.")


class Support(BaseModel):
    """Who backs an opgave: its statements per speaker role, and from how many tables."""

    model_config = ConfigDict(frozen=True)

    residents: int = 0
    professionals: int = 0
    civil_servants: int = 0
    others: int = 0
    tables: int = 0
    survey: int = 0  # survey answers: counted apart, not said at a table

    @property
    def statements(self) -> int:
        return self.residents + self.professionals + self.civil_servants + self.others


class OpgaveView(OpgaveFields):
    id: str
    position: int
    note_ids: tuple[str, ...]
    support: Support


class OpgavePatch(Patch):
    """The fields to change; only those set are written."""

    title: str | None = None
    problem: str | None = None
    desired_situation: str | None = None
    causes: str | None = None
    scope: str | None = None
    partners: str | None = None
    first_steps: str | None = None
    priority: int | None = None


_ROLE_FIELD = {
    Role.RESIDENT.value: "residents",
    Role.PROFESSIONAL.value: "professionals",
    Role.CIVIL_SERVANT.value: "civil_servants",
}


def support_of(notes: Iterable[tuple[str, str] | tuple[str, str, str, str]]) -> Support:
    """The support of a set of statements: (role, table id[, source, group id]) each.

    Survey answers are counted apart from what was said at the tables; statements linked
    as the same ("zelfde uitspraak": one group id) count once, as their first one.
    """
    roles: Counter[str] = Counter()
    tables: set[str] = set()
    survey = 0
    groups: set[str] = set()
    for note in notes:
        role, table_id = note[0], note[1]
        if len(note) == 4:
            source, group = note[2], note[3]
            if group in groups:
                continue
            groups.add(group)
            if source == NoteSource.SURVEY:
                survey += 1
                continue
        roles[_ROLE_FIELD.get(role, "others")] += 1
        tables.add(table_id)
    return Support(**roles, tables=len(tables), survey=survey)


def clean_title(title: str) -> str:
    return validate.title(title, OPGAVE_NEEDS_TITLE)


# -- reading ---------------------------------------------------------------------------------
def _views(session: Session, only: str | None = None) -> list[OpgaveView]:
    query = select(Opgave).where(Opgave.deleted_at.is_(None)).order_by(Opgave.position)
    if only is not None:
        query = query.where(Opgave.id == only)
    opgaven = list(session.scalars(query))
    live_notes = live_note_ids_query().subquery()
    placed = (
        select(
            OpgaveNote.opgave_id,
            OpgaveNote.note_id,
            Note.role,
            Note.table_id,
            Note.source,
            func.coalesce(Note.same_as_id, Note.id),
        )
        .join(Note, Note.id == OpgaveNote.note_id)
        .join(live_notes, live_notes.c.id == Note.id)
        .where(OpgaveNote.deleted_at.is_(None))
        .order_by(OpgaveNote.opgave_id, OpgaveNote.position)
    )
    if only is not None:
        placed = placed.where(OpgaveNote.opgave_id == only)
    notes: dict[str, list[str]] = {o.id: [] for o in opgaven}
    sources: dict[str, list[tuple[str, str, str, str]]] = {o.id: [] for o in opgaven}
    for opgave_id, note_id, role, table_id, source, group in session.execute(placed):
        if opgave_id in notes:
            notes[opgave_id].append(note_id)
            sources[opgave_id].append((role, table_id, source, group))
    return [
        OpgaveView(
            **fields_of(o).model_dump(),
            id=o.id,
            position=o.position,
            note_ids=tuple(notes[o.id]),
            support=support_of(sources[o.id]),
        )
        for o in opgaven
    ]


def list_opgaven(ws: Workspace) -> list[OpgaveView]:
    """The live opgaven in order, each with its statements in order and its support."""
    with ws.unit_of_work() as uow:
        return _views(uow.session)


def get_opgave(ws: Workspace, opgave_id: str) -> OpgaveView:
    with ws.unit_of_work() as uow:
        check_opgave_alive(uow.session, opgave_id)
        return _views(uow.session, only=opgave_id)[0]


# -- changing ----------------------------------------------------------------------------------
def _snapshot(opgave: Opgave, notes: Sequence[str]) -> OpgaveSnapshot:
    return OpgaveSnapshot(
        id=opgave.id,
        note_ids=tuple(notes),
        alive=opgave.deleted_at is None,
        fields=fields_of(opgave),
    )


def _commit(ws: Workspace, session: Session, change: BoardChange) -> BoardChange:
    write_state(session, ws.store.device_id, change.after)
    return change


def add_opgave(
    ws: Workspace, title: str, note_ids: Sequence[str] = (), index: int | None = None
) -> BoardChange:
    """A new opgave at ``index`` (None: at the end), holding ``note_ids`` taken from
    wherever they are; ``change.created`` is its id."""
    title = clean_title(title)
    with ws.unit_of_work() as uow:
        uow.changed(Topic.OPGAVEN)
        return _add(ws, uow.session, title, list(dict.fromkeys(note_ids)), index)


def _add(
    ws: Workspace, s: Session, title: str, note_ids: list[str], index: int | None
) -> BoardChange:
    holders = check_notes(s, note_ids) if note_ids else {}
    opgave = Opgave(
        id=new_id(),
        project_id=ws.store.project_row(s).id,
        title=title,
        position=0,  # set from the order below
        device_id=ws.store.device_id,
        deleted_at=None,
    )
    order = live_order(s)
    lists = lists_of(s, dict.fromkeys(holders.values()))
    after_lists = plan_move(lists, note_ids, None, None)
    new_order = list(order)
    new_order.insert(len(order) if index is None else max(0, min(index, len(order))), opgave.id)
    # The row exists from now on; "before" has it tombstoned, so redo revives the same id.
    s.add(opgave)
    s.flush()
    born = _snapshot(opgave, note_ids)
    moved_from = [OpgaveSnapshot(id=i, note_ids=tuple(n)) for i, n in lists.items()]
    emptied = [OpgaveSnapshot(id=i, note_ids=tuple(n)) for i, n in after_lists.items()]
    change = BoardChange(
        before=BoardState(
            opgaven=(born.model_copy(update={"alive": False, "note_ids": ()}), *moved_from),
            order=tuple(order),
            pooled=tuple(n for n in note_ids if n not in holders),
        ),
        after=BoardState(opgaven=(born, *emptied), order=tuple(new_order)),
        created=opgave.id,
    )
    return _commit(ws, s, change)


def update_opgave(ws: Workspace, opgave_id: str, patch: OpgavePatch) -> OpgaveView:
    changes = patch.model_dump(exclude_unset=True)
    if "title" in changes:
        changes["title"] = clean_title(changes["title"] or "")
    for name in TEXT_FIELDS:
        if name in changes:
            changes[name] = validate.text(changes[name])
    if "priority" in changes:
        changes["priority"] = validate.priority(changes["priority"] or 0)
    with ws.unit_of_work() as uow:
        opgave = check_opgave_alive(uow.session, opgave_id)
        for name, value in changes.items():
            if getattr(opgave, name) != value:
                setattr(opgave, name, value)
        uow.session.flush()
        uow.changed(Topic.OPGAVEN)
        return _views(uow.session, only=opgave_id)[0]


def move_opgave(ws: Workspace, opgave_id: str, index: int) -> BoardChange:
    """Reorder: put the opgave at ``index`` among the live opgaven."""
    with ws.unit_of_work() as uow:
        s = uow.session
        check_opgave_alive(s, opgave_id)
        order = live_order(s)
        new_order = [i for i in order if i != opgave_id]
        new_order.insert(max(0, min(index, len(new_order))), opgave_id)
        change = BoardChange(
            before=BoardState(order=tuple(order)), after=BoardState(order=tuple(new_order))
        )
        if change.changed:
            uow.changed(Topic.OPGAVEN)
            _commit(ws, s, change)
        return change


def delete_opgave(ws: Workspace, opgave_id: str) -> BoardChange:
    """Tombstone the opgave; its statements go back to the pool, nothing is lost."""
    with ws.unit_of_work() as uow:
        s = uow.session
        opgave = check_opgave_alive(s, opgave_id)
        order = live_order(s)
        notes = lists_of(s, [opgave_id])[opgave_id]
        alive = _snapshot(opgave, notes)
        change = BoardChange(
            before=BoardState(opgaven=(alive,), order=tuple(order)),
            after=BoardState(
                opgaven=(alive.model_copy(update={"alive": False, "note_ids": ()}),),
                order=tuple(i for i in order if i != opgave_id),
                pooled=tuple(notes),
            ),
        )
        uow.changed(Topic.OPGAVEN)
        return _commit(ws, s, change)


def _merged_fields(keep: OpgaveFields, gone: OpgaveFields) -> OpgaveFields:
    """The kept opgave's fields, with the other's text added where it says something else."""
    merged: dict[str, object] = {"priority": max(keep.priority, gone.priority)}
    for name in TEXT_FIELDS:
        mine, theirs = getattr(keep, name), getattr(gone, name)
        merged[name] = (
            mine if not theirs or theirs == mine else "\n\n".join(filter(None, (mine, theirs)))
        )
    return keep.model_copy(update=merged)


def merge_opgaven(ws: Workspace, keep_id: str, absorb_id: str) -> BoardChange:
    """``absorb_id``'s statements follow ``keep_id``'s, in order; its written-out text is
    added to the kept opgave's; then it is tombstoned (undo brings it back exactly)."""
    if keep_id == absorb_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An opgave cannot merge with itself."))
    with ws.unit_of_work() as uow:
        s = uow.session
        keep = check_opgave_alive(s, keep_id)
        gone = check_opgave_alive(s, absorb_id)
        order = live_order(s)
        lists = lists_of(s, [keep_id, absorb_id])
        kept = _snapshot(keep, lists[keep_id])
        absorbed = _snapshot(gone, lists[absorb_id])
        assert kept.fields is not None and absorbed.fields is not None
        change = BoardChange(
            before=BoardState(opgaven=(kept, absorbed), order=tuple(order)),
            after=BoardState(
                opgaven=(
                    kept.model_copy(
                        update={
                            "note_ids": kept.note_ids + absorbed.note_ids,
                            "fields": _merged_fields(kept.fields, absorbed.fields),
                        }
                    ),
                    absorbed.model_copy(update={"alive": False, "note_ids": ()}),
                ),
                order=tuple(i for i in order if i != absorb_id),
            ),
        )
        uow.changed(Topic.OPGAVEN)
        return _commit(ws, s, change)


def split_opgave(ws: Workspace, opgave_id: str, note_ids: Sequence[str], title: str) -> BoardChange:
    """Move the selected statements of an opgave into a new opgave right after it."""
    title = clean_title(title)
    with ws.unit_of_work() as uow:
        s = uow.session
        check_opgave_alive(s, opgave_id)
        notes = lists_of(s, [opgave_id])[opgave_id]
        if not note_ids or any(n not in notes for n in note_ids):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Select statements of this opgave to split off.")
            )
        chosen = set(note_ids)  # kept in the opgave's own order, however they were selected
        index = live_order(s).index(opgave_id) + 1
        uow.changed(Topic.OPGAVEN)
        return _add(ws, s, title, [n for n in notes if n in chosen], index)
