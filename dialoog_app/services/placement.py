"""Where statements sit on the opgaven board, read and written in bulk.

Every board action (move, merge, split, delete, reorder) is expressed as a *state* of the
opgaven it touches: which notes each holds, in which order, whether it is alive, its
fields, and the order of all opgaven. An action captures the state before, writes the
state after, and returns both — so undo and redo are "write that state again", which
restores placement and order exactly, however complicated the action was.

Placements are rows of ``opgave_note``. A note has at most one live row (a partial unique
index). Moving a placed note updates its live row; sending it to the pool tombstones the
row; placing it again revives its newest tombstoned row (preferring one in the same
opgave) instead of inserting another. So rows are never deleted and do not pile up.
Writes go in bulk (``executemany``, store/placement_rows.py): no statement per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from pydantic import BaseModel, ConfigDict
from sqlalchemy import and_, bindparam, or_, select
from sqlalchemy.orm import Session

from dialoog_app.store.models import Opgave, OpgaveNote, new_id, utcnow
from dialoog_app.store.placement_rows import NewRow, Placed, write_placement_rows

from .rows import get_row

TEXT_FIELDS = ("problem", "desired_situation", "causes", "scope", "partners", "first_steps")
# SQLite allows 32,766 bound parameters; stay far below it.
CHUNK = 900


class OpgaveFields(BaseModel):
    """The written-out parts of an opgave (docs/DOMAIN.md)."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    title: str
    problem: str = ""
    desired_situation: str = ""
    causes: str = ""
    scope: str = ""
    partners: str = ""
    first_steps: str = ""
    priority: int = 0


class OpgaveSnapshot(BaseModel):
    """One touched opgave in a board state. ``fields`` None: leave the fields as they are."""

    model_config = ConfigDict(frozen=True)

    id: str
    note_ids: tuple[str, ...]
    alive: bool = True
    fields: OpgaveFields | None = None


class BoardState(BaseModel):
    """The part of the board an action changes; writing it back restores it exactly."""

    model_config = ConfigDict(frozen=True)

    opgaven: tuple[OpgaveSnapshot, ...] = ()
    order: tuple[str, ...] | None = None  # live opgaven in order; None: order unchanged
    pooled: tuple[str, ...] = ()  # notes that are in the pool in this state


class BoardChange(BaseModel):
    """What an action did: undo writes ``before``, redo writes ``after``."""

    model_config = ConfigDict(frozen=True)

    before: BoardState
    after: BoardState
    created: str | None = None  # the opgave the action made, if any

    @property
    def changed(self) -> bool:
        return self.before != self.after


def chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


# -- reading ---------------------------------------------------------------------------------
# Statements used on every drop are built once: constructing SQL expressions costs more
# than running them. The id lists are "expanding" parameters.
_LISTS = (
    select(OpgaveNote.opgave_id, OpgaveNote.note_id)
    .where(
        OpgaveNote.opgave_id.in_(bindparam("opgaven", expanding=True)),
        OpgaveNote.deleted_at.is_(None),
    )
    .order_by(OpgaveNote.opgave_id, OpgaveNote.position)
)
# Every row of the notes involved, and the live rows of the opgaven whose lists are set
# (notes that leave those lists go back to the pool); newest first.
_ROWS = (
    select(
        OpgaveNote.id,
        OpgaveNote.note_id,
        OpgaveNote.opgave_id,
        OpgaveNote.position,
        OpgaveNote.deleted_at.is_(None),
    )
    .where(
        or_(
            OpgaveNote.note_id.in_(bindparam("notes", expanding=True)),
            and_(
                OpgaveNote.opgave_id.in_(bindparam("opgaven", expanding=True)),
                OpgaveNote.deleted_at.is_(None),
            ),
        )
    )
    .order_by(OpgaveNote.updated_at.desc())
)


def lists_of(session: Session, opgave_ids: Iterable[str]) -> dict[str, list[str]]:
    """The live notes of each opgave, in order."""
    ids = list(dict.fromkeys(opgave_ids))
    result: dict[str, list[str]] = {i: [] for i in ids}
    for part in chunks(ids) if ids else [[]]:  # empty: still compiled (see board.prepare)
        for opgave_id, note_id in session.execute(_LISTS, {"opgaven": list(part)}):
            result[opgave_id].append(note_id)
    return result


def live_order(session: Session) -> list[str]:
    query = select(Opgave.id).where(Opgave.deleted_at.is_(None)).order_by(Opgave.position)
    return list(session.scalars(query))


def fields_of(opgave: Opgave) -> OpgaveFields:
    return OpgaveFields.model_validate(opgave)


# -- writing ---------------------------------------------------------------------------------
def write_state(session: Session, device_id: str, state: BoardState) -> None:
    """Make the stored board match ``state`` for everything the state mentions."""
    now = utcnow()
    for snapshot in state.opgaven:
        opgave = get_row(session, Opgave, snapshot.id)
        if snapshot.alive and opgave.deleted_at is not None:
            opgave.deleted_at = None
        elif not snapshot.alive and opgave.deleted_at is None:
            opgave.deleted_at = now
        if snapshot.fields is not None:
            for name, value in snapshot.fields.model_dump().items():
                if getattr(opgave, name) != value:
                    setattr(opgave, name, value)
    session.flush()
    if state.order is not None:
        _write_order(session, state.order)
    lists = {s.id: (s.note_ids if s.alive else ()) for s in state.opgaven}
    write_placements(session, device_id, lists, state.pooled, now)


def _write_order(session: Session, order: Sequence[str]) -> None:
    live = list(
        session.scalars(select(Opgave).where(Opgave.deleted_at.is_(None)).order_by(Opgave.position))
    )
    rank = {opgave_id: i for i, opgave_id in enumerate(order)}
    # Opgaven the state does not know (none, in a linear undo history) keep their turn
    # after the known ones.
    live.sort(key=lambda o: (rank.get(o.id, len(rank)), o.position))
    for position, opgave in enumerate(live):
        if opgave.position != position:
            opgave.position = position
    session.flush()


def write_placements(
    session: Session,
    device_id: str,
    lists: Mapping[str, Sequence[str]],
    pooled: Sequence[str] = (),
    now: datetime | None = None,
) -> None:
    """Each opgave in ``lists`` holds exactly those notes in that order; ``pooled`` notes
    are in no opgave. Other opgaven are left alone."""
    now = now or utcnow()
    wanted: dict[str, tuple[str, int]] = {}
    for opgave_id, note_ids in lists.items():
        for position, note_id in enumerate(note_ids):
            wanted[note_id] = (opgave_id, position)
    involved = list(dict.fromkeys([*wanted, *pooled]))

    live: dict[str, tuple[str, str, int]] = {}  # note → (row id, opgave, position)
    dead: dict[str, list[tuple[str, str]]] = {}  # note → [(row id, opgave)], newest first
    opgave_ids = list(lists)
    for start in range(0, max(len(involved), len(opgave_ids), 1), CHUNK):
        part = {
            "notes": involved[start : start + CHUNK],
            "opgaven": opgave_ids[start : start + CHUNK],
        }
        for row_id, note_id, opgave_id, position, alive in session.execute(_ROWS, part):
            if alive:
                live[note_id] = (row_id, opgave_id, position)
            else:
                dead.setdefault(note_id, []).append((row_id, opgave_id))

    moves: list[Placed] = []
    revivals: list[Placed] = []
    inserts: list[NewRow] = []
    for note_id, (opgave_id, position) in wanted.items():
        current = live.get(note_id)
        if current is not None:
            if current[1:] != (opgave_id, position):
                moves.append((current[0], opgave_id, position))
            continue
        graves = dead.get(note_id, [])
        grave = next((g for g in graves if g[1] == opgave_id), graves[0] if graves else None)
        if grave is not None:
            revivals.append((grave[0], opgave_id, position))
        else:
            inserts.append((new_id(), opgave_id, note_id, position))
    tombstones = [
        row_id
        for note_id, (row_id, opgave_id, _position) in live.items()
        if note_id not in wanted and (note_id in pooled or opgave_id in lists)
    ]
    write_placement_rows(
        session,
        device_id,
        now,
        tombstones=tombstones,
        moves=moves,
        revivals=revivals,
        inserts=inserts,
    )
