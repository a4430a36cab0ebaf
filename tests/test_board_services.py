"""The board's use cases without Qt: move, reorder, merge, split, delete, and the undo of
each — checked in the file after closing and reopening it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from dialoog_app.domain.errors import ValidationError
from dialoog_app.services import board, opgaven
from dialoog_app.services.board import PoolFilter
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.opgaven import OpgavePatch
from dialoog_app.services.workspace import Workspace


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    fill_demo(workspace, tables=4, notes=80, opgaven=4, seed=3)
    return workspace


def layout(ws: Workspace) -> list[tuple[str, tuple[str, ...]]]:
    return [(o.title, o.note_ids) for o in opgaven.list_opgaven(ws)]


def pool_ids(ws: Workspace) -> list[str]:
    return [c.id for c in board.list_pool(ws)]


def stored_rows(path: Path) -> list[tuple[str, str, int, int]]:
    """(note, opgave, position, alive) straight from SQLite, to see what is really stored."""
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT note_id, opgave_id, position, deleted_at IS NULL FROM opgave_note"
        ).fetchall()


def reopened(ws: Workspace, reopen: Callable[[], Workspace]) -> Workspace:
    ws.close()
    return reopen()


def test_move_from_pool_into_an_opgave_at_an_index_and_undo(
    demo: Workspace, reopen: Callable[[], Workspace]
) -> None:
    first, second = opgaven.list_opgaven(demo)[:2]
    picked = pool_ids(demo)[:3]
    change = board.move_notes(demo, picked, first.id, 1)
    [moved, _, *_] = opgaven.list_opgaven(demo)
    assert moved.note_ids == (first.note_ids[0], *picked, *first.note_ids[1:])
    assert not set(picked) & set(pool_ids(demo))
    assert moved.support.statements == len(first.note_ids) + 3

    board.restore_board(demo, change.before)  # undo
    assert layout(demo)[:2] == [(first.title, first.note_ids), (second.title, second.note_ids)]
    assert set(picked) <= set(pool_ids(demo))
    board.restore_board(demo, change.after)  # redo

    ws = reopened(demo, reopen)
    assert opgaven.list_opgaven(ws)[0].note_ids == moved.note_ids
    # Each note has at most one live row, and undo/redo revived rows rather than adding.
    rows = stored_rows(ws.path)
    live = [r[0] for r in rows if r[3]]
    assert len(live) == len(set(live))
    assert len(rows) == len({r[0] for r in rows})


def test_move_between_and_within_opgaven_keeps_exact_order(demo: Workspace) -> None:
    first, second = opgaven.list_opgaven(demo)[:2]
    a, b = first.note_ids[:2]
    change = board.move_notes(demo, [a, b], second.id, 0)  # between
    now = {o.id: o.note_ids for o in opgaven.list_opgaven(demo)}
    assert now[second.id] == (a, b, *second.note_ids)
    assert now[first.id] == first.note_ids[2:]

    # Within: the first note one place down ("index" counts the list as shown).
    within = board.move_notes(demo, [a], second.id, 3)
    assert opgaven.get_opgave(demo, second.id).note_ids == (b, second.note_ids[0], a) + tuple(
        second.note_ids[1:]
    )
    board.restore_board(demo, within.before)
    board.restore_board(demo, change.before)
    again = {o.id: o.note_ids for o in opgaven.list_opgaven(demo)}
    assert again[first.id] == first.note_ids and again[second.id] == second.note_ids


def test_back_to_the_pool_and_a_move_that_changes_nothing(demo: Workspace) -> None:
    first = opgaven.list_opgaven(demo)[0]
    note = first.note_ids[0]
    change = board.move_notes(demo, [note], None)
    assert note in pool_ids(demo)
    assert opgaven.get_opgave(demo, first.id).note_ids == first.note_ids[1:]
    assert not board.move_notes(demo, [note], None).changed  # pool to pool
    board.restore_board(demo, change.before)
    assert opgaven.get_opgave(demo, first.id).note_ids == first.note_ids

    # Via the pool into another opgave: the note's old row is revived, not a new one added.
    second = opgaven.list_opgaven(demo)[1]
    board.move_notes(demo, [note], None)
    board.move_notes(demo, [note], second.id, 0)
    rows = [r for r in stored_rows(demo.path) if r[0] == note]
    assert rows == [(note, second.id, 0, 1)]


def test_merge_keeps_both_orders_and_text_and_undoes_exactly(
    demo: Workspace, reopen: Callable[[], Workspace]
) -> None:
    keep, gone, *_ = opgaven.list_opgaven(demo)
    opgaven.update_opgave(demo, gone.id, OpgavePatch(problem="Ook vervoer speelt mee.", priority=3))
    gone = opgaven.get_opgave(demo, gone.id)
    change = opgaven.merge_opgaven(demo, keep.id, gone.id)
    merged = opgaven.get_opgave(demo, keep.id)
    assert merged.note_ids == keep.note_ids + gone.note_ids
    assert merged.problem == f"{keep.problem}\n\nOok vervoer speelt mee."
    assert merged.priority == 3
    assert gone.id not in [o.id for o in opgaven.list_opgaven(demo)]
    with pytest.raises(ValidationError):
        opgaven.merge_opgaven(demo, keep.id, keep.id)

    board.restore_board(demo, change.before)
    ws = reopened(demo, reopen)
    restored = opgaven.list_opgaven(ws)
    assert [(o.id, o.note_ids, o.problem, o.priority) for o in restored[:2]] == [
        (keep.id, keep.note_ids, keep.problem, keep.priority),
        (gone.id, gone.note_ids, gone.problem, gone.priority),
    ]


def test_split_puts_the_selection_in_a_new_opgave_after_it(
    demo: Workspace, reopen: Callable[[], Workspace]
) -> None:
    before = opgaven.list_opgaven(demo)
    source = before[0]
    chosen = [source.note_ids[3], source.note_ids[1]]  # selected in any order
    change = opgaven.split_opgave(demo, source.id, chosen, "Eenzaamheid: jongeren")
    after = opgaven.list_opgaven(demo)
    assert [o.id for o in after] == [source.id, change.created, *[o.id for o in before[1:]]]
    assert after[1].title == "Eenzaamheid: jongeren"
    assert after[1].note_ids == (source.note_ids[1], source.note_ids[3])  # the opgave's order
    assert after[0].note_ids == tuple(n for n in source.note_ids if n not in chosen)
    with pytest.raises(ValidationError):
        opgaven.split_opgave(demo, source.id, [pool_ids(demo)[0]], "Niet van deze opgave")

    board.restore_board(demo, change.before)  # undo
    assert layout(demo) == [(o.title, o.note_ids) for o in before]
    board.restore_board(demo, change.after)  # redo: the same opgave comes back
    ws = reopened(demo, reopen)
    assert [o.id for o in opgaven.list_opgaven(ws)][:2] == [source.id, change.created]


def test_delete_returns_statements_to_the_pool_and_undo_restores_them(
    demo: Workspace, reopen: Callable[[], Workspace]
) -> None:
    before = opgaven.list_opgaven(demo)
    victim = before[1]
    change = opgaven.delete_opgave(demo, victim.id)
    assert victim.id not in [o.id for o in opgaven.list_opgaven(demo)]
    assert set(victim.note_ids) <= set(pool_ids(demo))
    assert [o.position for o in opgaven.list_opgaven(demo)] == [0, 1, 2]

    ws = reopened(demo, reopen)
    with sqlite3.connect(ws.path) as db:  # a tombstone, not a deleted row
        assert db.execute(
            "SELECT deleted_at IS NOT NULL FROM opgave WHERE id = ?", (victim.id,)
        ).fetchone() == (1,)
    board.restore_board(ws, change.before)
    assert layout(ws) == [(o.title, o.note_ids) for o in before]


def test_add_opgave_with_notes_from_pool_and_another_opgave(demo: Workspace) -> None:
    first = opgaven.list_opgaven(demo)[0]
    from_pool = pool_ids(demo)[0]
    change = opgaven.add_opgave(demo, "  Nieuw   thema ", [first.note_ids[0], from_pool], index=0)
    now = opgaven.list_opgaven(demo)
    assert now[0].id == change.created and now[0].title == "Nieuw thema"
    assert now[0].note_ids == (first.note_ids[0], from_pool)
    assert now[1].note_ids == first.note_ids[1:]
    board.restore_board(demo, change.before)
    assert opgaven.list_opgaven(demo)[0].note_ids == first.note_ids
    assert from_pool in pool_ids(demo)
    with pytest.raises(ValidationError):
        opgaven.add_opgave(demo, "   ")


def test_reorder_opgaven_and_undo(demo: Workspace) -> None:
    ids = [o.id for o in opgaven.list_opgaven(demo)]
    change = opgaven.move_opgave(demo, ids[0], 2)
    assert [o.id for o in opgaven.list_opgaven(demo)] == [ids[1], ids[2], ids[0], ids[3]]
    board.restore_board(demo, change.before)
    assert [o.id for o in opgaven.list_opgaven(demo)] == ids


def test_edit_fields_validation_and_support_breadth(demo: Workspace) -> None:
    opgave = opgaven.list_opgaven(demo)[0]
    updated = opgaven.update_opgave(
        demo, opgave.id, OpgavePatch(title="Samen tegen eenzaamheid", partners=" Kerken ")
    )
    assert (updated.title, updated.partners) == ("Samen tegen eenzaamheid", "Kerken")
    with pytest.raises(ValidationError):
        opgaven.update_opgave(demo, opgave.id, OpgavePatch(priority=7))
    with pytest.raises(ValidationError):
        opgaven.update_opgave(demo, opgave.id, OpgavePatch(title=""))
    cards = {c.id: c for c in board.list_notes(demo)}
    placed = [cards[n] for n in opgave.note_ids]
    support = updated.support
    assert support.residents == sum(c.role == "resident" for c in placed)
    assert support.civil_servants == sum(c.role == "civil_servant" for c in placed)
    assert support.tables == len({c.table_id for c in placed})


def test_pool_filters(demo: Workspace) -> None:
    pool = board.list_pool(demo)
    some = pool[0]
    assert all(c.opgave_id is None for c in pool)
    by_table = board.list_pool(demo, PoolFilter(table_id=some.table_id))
    assert by_table and all(c.table_id == some.table_id for c in by_table)
    ideas_by_residents = board.list_pool(demo, PoolFilter(kind="idea", role="resident"))
    assert all((c.kind, c.role) == ("idea", "resident") for c in ideas_by_residents)
    word = some.text.split()[-1].upper()  # any case
    found = board.list_pool(demo, PoolFilter(text=word))
    assert some in found and all(word.casefold() in c.text.casefold() for c in found)
    starred = board.list_pool(demo, PoolFilter(starred=True))
    assert all(c.starred for c in starred)
    rounds = board.list_pool(demo, PoolFilter(agenda_item_id=some.agenda_item_id))
    assert all(c.agenda_title == some.agenda_title for c in rounds)
    assert board.list_pool(demo, PoolFilter(text="zzzz-geen-treffer")) == []


def test_refusals_leave_the_board_as_it_was(demo: Workspace) -> None:
    before = layout(demo)
    first = opgaven.list_opgaven(demo)[0]
    gone = opgaven.delete_opgave(demo, opgaven.list_opgaven(demo)[3].id).before.opgaven[0].id
    with pytest.raises(ValidationError):
        board.move_notes(demo, pool_ids(demo)[:1], gone)
    with pytest.raises(ValidationError):
        board.move_notes(demo, ["no-such-note"], first.id)
    assert layout(demo) == before[:3]
