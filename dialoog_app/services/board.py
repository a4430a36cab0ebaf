"""The opgaven board: every statement with its source, the pool, and moving statements.

A statement ("note") is in the pool until it is placed in an opgave. ``move_notes`` places a
selection in an opgave at an index, moves it between or within opgaven, or sends it back
to the pool — one transaction per user action — and returns a ``BoardChange`` whose
``before`` state undo writes back with ``restore_board``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Select, and_, bindparam, func, select
from sqlalchemy.orm import Session

from dialoog_app.domain import search
from dialoog_app.domain.errors import GoneError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.store.models import (
    AgendaItem,
    DialogueTable,
    Meeting,
    Note,
    Opgave,
    OpgaveNote,
)

from . import project_rows
from .events import Topic
from .placement import (
    BoardChange,
    BoardState,
    OpgaveSnapshot,
    chunks,
    lists_of,
    write_placements,
    write_state,
)
from .rows import get_row, gone
from .workspace import Workspace

STATEMENTS_GONE = QT_TRANSLATE_NOOP("Errors", "One of those statements no longer exists.")


class NoteCard(BaseModel):
    """A statement as the board shows it, with where it came from and where it sits."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    kind: str
    role: str
    speaker: str
    starred: bool
    noted_at: dt.datetime
    meeting_id: str
    meeting_title: str
    table_id: str
    table_name: str
    agenda_item_id: str | None
    agenda_title: str  # the round; "" when the note belongs to none
    opgave_id: str | None  # None: in the pool
    position: int  # within its opgave; 0 in the pool
    concept: bool = False  # a draft left unsaved on a table laptop, brought in by a merge
    origin: str = ""  # the laptop it was typed on (its table or file), if merged in
    source: str = "table"  # NoteSource: typed at the table, or imported (minutes, survey)
    group_id: str = ""  # linked as "the same statement": the group's first note, else own id


class PoolFilter(BaseModel):
    """What the pool shows; a field left None (or empty text) does not filter."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    meeting_id: str | None = None
    table_id: str | None = None
    agenda_item_id: str | None = None
    kind: str | None = None
    role: str | None = None
    starred: bool | None = None
    text: str = ""
    source: str | None = None

    @property
    def words(self) -> list[str]:
        return search.words(self.text)


def haystack(card: NoteCard) -> str:
    """What free text is searched in: the statement and the speaker's pseudonym."""
    return search.note_haystack(card.text, card.speaker)


def matches(card: NoteCard, pool_filter: PoolFilter, folded: str | None = None) -> bool:
    """Whether ``card`` passes the filter; ``folded`` is its precomputed ``haystack``."""
    f = pool_filter
    if f.meeting_id is not None and card.meeting_id != f.meeting_id:
        return False
    if f.table_id is not None and card.table_id != f.table_id:
        return False
    if f.agenda_item_id is not None and card.agenda_item_id != f.agenda_item_id:
        return False
    if f.kind is not None and card.kind != f.kind:
        return False
    if f.role is not None and card.role != f.role:
        return False
    if f.starred is not None and card.starred != f.starred:
        return False
    if f.source is not None and card.source != f.source:
        return False
    words = f.words
    if words:
        return search.found(words, haystack(card) if folded is None else folded)
    return True


def live_note_ids_query() -> Select[str]:
    """Notes that count: not removed, and their table and meeting not removed either."""
    return (
        select(Note.id)
        .join(DialogueTable, DialogueTable.id == Note.table_id)
        .join(Meeting, Meeting.id == DialogueTable.meeting_id)
        .where(
            Note.deleted_at.is_(None),
            DialogueTable.deleted_at.is_(None),
            Meeting.deleted_at.is_(None),
        )
    )


_CARD_FIELDS = tuple(NoteCard.model_fields)


def _cards(session: Session) -> list[NoteCard]:
    placement = and_(OpgaveNote.note_id == Note.id, OpgaveNote.deleted_at.is_(None))
    query = (
        select(
            Note.id,
            Note.text,
            Note.kind,
            Note.role,
            Note.speaker,
            Note.starred,
            Note.noted_at,
            Meeting.id,
            Meeting.title,
            DialogueTable.id,
            DialogueTable.name,
            Note.agenda_item_id,
            AgendaItem.title,
            OpgaveNote.opgave_id,
            OpgaveNote.position,
            Note.concept,
            func.coalesce(Note.origin_device, Note.device_id),
            Note.source,
            func.coalesce(Note.same_as_id, Note.id),
        )
        .join(DialogueTable, DialogueTable.id == Note.table_id)
        .join(Meeting, Meeting.id == DialogueTable.meeting_id)
        .outerjoin(AgendaItem, AgendaItem.id == Note.agenda_item_id)
        .outerjoin(OpgaveNote, placement)
        .where(
            Note.deleted_at.is_(None),
            DialogueTable.deleted_at.is_(None),
            Meeting.deleted_at.is_(None),
        )
        .order_by(Meeting.position, Note.noted_at, Note.id)
    )
    laptops = laptop_labels(session)
    cards = []
    for values in session.execute(query):
        row = dict(zip(_CARD_FIELDS, values, strict=True))
        row["origin"] = laptops.get(row["origin"], "")
        row["agenda_title"] = row["agenda_title"] or ""
        row["position"] = row["position"] or 0
        # The values come straight from typed columns of our own file: no need to re-check
        # thousands of them on every open (model_construct skips validation).
        cards.append(NoteCard.model_validate(row))
    return cards


def laptop_labels(session: Session) -> dict[str, str]:
    """Device → the laptop as the merge log knows it (the rule: project_rows.laptop_labels)."""
    session.flush()
    return project_rows.laptop_labels(session.connection().connection.driver_connection)


def list_notes(ws: Workspace) -> list[NoteCard]:
    """Every live statement, in the pool or placed, oldest first per meeting."""
    with ws.unit_of_work() as uow:
        return _cards(uow.session)


def list_pool(ws: Workspace, pool_filter: PoolFilter | None = None) -> list[NoteCard]:
    """The statements not yet placed in an opgave that pass ``pool_filter``."""
    f = pool_filter or PoolFilter()
    return [c for c in list_notes(ws) if c.opgave_id is None and matches(c, f)]


_NOTES_AND_HOLDERS = (
    live_note_ids_query()
    .add_columns(OpgaveNote.opgave_id)
    .outerjoin(OpgaveNote, and_(OpgaveNote.note_id == Note.id, OpgaveNote.deleted_at.is_(None)))
    .where(Note.id.in_(bindparam("ids", expanding=True)))
)
_OPGAVE_ALIVE = select(Opgave.id).where(Opgave.id == bindparam("id"), Opgave.deleted_at.is_(None))


def check_notes(session: Session, note_ids: Sequence[str]) -> dict[str, str]:
    """Refuse notes that no longer count; returns note id → its opgave, for placed ones."""
    found: set[str] = set()
    holders: dict[str, str] = {}
    for part in chunks(list(note_ids)):
        for note_id, opgave_id in session.execute(_NOTES_AND_HOLDERS, {"ids": list(part)}):
            found.add(note_id)
            if opgave_id is not None:
                holders[note_id] = opgave_id
    if len(found) != len(set(note_ids)):
        raise GoneError(STATEMENTS_GONE)
    return holders


def check_opgave_alive(session: Session, opgave_id: str) -> Opgave:
    return get_row(session, Opgave, opgave_id, live=True)


def _check_target(session: Session, opgave_id: str) -> None:
    """Like ``check_opgave_alive``, without loading the row (the hot path of a drop)."""
    if session.execute(_OPGAVE_ALIVE, {"id": opgave_id}).first() is None:
        raise gone(Opgave)


def plan_move(
    lists: dict[str, list[str]],
    note_ids: Sequence[str],
    target: str | None,
    index: int | None,
) -> dict[str, list[str]]:
    """The opgaven's new lists after moving ``note_ids`` (pure; ``lists`` untouched).

    ``index`` counts in the target's list as it is shown, the moved notes still in it
    (what a drop position or "one down" means); None appends.
    """
    moving = set(note_ids)
    result = {
        opgave_id: [n for n in notes if n not in moving] for opgave_id, notes in lists.items()
    }
    if target is not None:
        shown = lists[target]
        at = len(shown) if index is None else max(0, min(index, len(shown)))
        at -= sum(1 for n in shown[:at] if n in moving)
        result[target][at:at] = list(note_ids)
    return result


def move_notes(
    ws: Workspace, note_ids: Sequence[str], target: str | None, index: int | None = None
) -> BoardChange:
    """Put ``note_ids`` (in this order) into opgave ``target`` at ``index``, or back in
    the pool when ``target`` is None. One transaction; returns what undo needs."""
    note_ids = list(dict.fromkeys(note_ids))
    with ws.unit_of_work() as uow:
        s = uow.session
        if target is not None:
            _check_target(s, target)
        holders = check_notes(s, note_ids)
        touched = [*dict.fromkeys(holders.values())]
        if target is not None and target not in touched:
            touched.append(target)
        lists = lists_of(s, touched)
        after_lists = plan_move(lists, note_ids, target, index)
        pooled_before = tuple(n for n in note_ids if n not in holders)
        pooled_after = tuple(note_ids) if target is None else ()
        change = BoardChange(
            before=_state(lists, pooled_before),
            after=_state(after_lists, pooled_after),
        )
        if change.changed:
            write_placements(s, ws.store.device_id, after_lists, pooled_after)
            uow.changed(Topic.OPGAVEN)
        return change


def _state(lists: dict[str, list[str]], pooled: Iterable[str]) -> BoardState:
    return BoardState(
        opgaven=tuple(OpgaveSnapshot(id=i, note_ids=tuple(n)) for i, n in lists.items()),
        pooled=tuple(pooled),
    )


def prepare(ws: Workspace) -> None:
    """Run the statements a drop uses once, empty, so SQLAlchemy has compiled them and the
    first drop after opening is as quick as the rest."""
    with ws.unit_of_work() as uow:
        s = uow.session
        s.execute(_NOTES_AND_HOLDERS, {"ids": []}).all()
        s.execute(_OPGAVE_ALIVE, {"id": ""}).all()
        lists_of(s, [])
        write_placements(s, ws.store.device_id, {}, ())


def restore_board(ws: Workspace, state: BoardState) -> None:
    """Write a state captured by an earlier action (undo writes ``before``, redo ``after``)."""
    with ws.unit_of_work() as uow:
        write_state(uow.session, ws.store.device_id, state)
        uow.changed(Topic.OPGAVEN)
