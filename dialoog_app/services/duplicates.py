"""Mogelijke dubbelen: find near-duplicate statements, link them, or place them together.

Linked statements ("zelfde uitspraak") share a group: every member's ``same_as_id`` points
at the group's first statement. They keep every source (each stays a note of its own
table, meeting or survey) but count once for an opgave's support (``opgaven.support_of``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select, update

from dialoog_app.exchange.near_duplicates import (
    DEFAULT_THRESHOLD,
    Pair,
    Similar,
    find_pairs,
    similar,
)
from dialoog_app.store.models import Note, utcnow

from .board import NoteCard, check_notes, list_notes, move_notes
from .events import Topic
from .placement import BoardChange
from .workspace import Workspace


@dataclass(frozen=True)
class DuplicatePair:
    first: NoteCard
    second: NoteCard
    score: int

    @property
    def linked(self) -> bool:
        return self.first.group_id == self.second.group_id


MAX_PAIRS = 2_000  # more than anyone goes through; the user raises the threshold instead


def near_duplicates(
    ws: Workspace,
    threshold: int = DEFAULT_THRESHOLD,
    cards: Sequence[NoteCard] | None = None,
    limit: int | None = MAX_PAIRS,
) -> list[DuplicatePair]:
    """Pairs of live statements at least ``threshold`` (0–100) alike, most alike first
    (at most ``limit``)."""
    cards = list_notes(ws) if cards is None else list(cards)
    return pair_cards(cards, find_pairs([c.text for c in cards], threshold, limit=limit))


def find_text_pairs(texts: Sequence[str], threshold: int) -> list[Pair]:
    """The search alone, on plain texts (safe in a worker thread: no database)."""
    return find_pairs(texts, threshold, limit=MAX_PAIRS)


def pair_cards(cards: Sequence[NoteCard], pairs: Sequence[Pair]) -> list[DuplicatePair]:
    """Pairs of indices into ``cards`` as pairs of statements."""
    return [DuplicatePair(cards[p.first], cards[p.second], p.score) for p in pairs]


def duplicate_counts(pairs: Sequence[DuplicatePair]) -> dict[str, int]:
    """Statement id → how many near-duplicates it has (for the board's small count)."""
    counts: dict[str, int] = {}
    for pair in pairs:
        for card in (pair.first, pair.second):
            counts[card.id] = counts.get(card.id, 0) + 1
    return counts


def similar_cards(cards: Sequence[NoteCard], threshold: int = DEFAULT_THRESHOLD) -> Similar:
    """Each statement's near-duplicates as indices into ``cards`` (the board's small count
    and its offer to place them together); no pair list, however often a thing was said."""
    return similar([c.text for c in cards], threshold)


def groups_of(ws: Workspace, note_ids: Sequence[str]) -> dict[str, str | None]:
    """Each note's ``same_as_id`` now: what undo writes back with ``set_groups``."""
    with ws.unit_of_work() as uow:
        rows = uow.session.execute(select(Note.id, Note.same_as_id).where(Note.id.in_(note_ids)))
        return {note_id: same_as for note_id, same_as in rows}


def set_groups(ws: Workspace, values: Mapping[str, str | None]) -> None:
    """Write ``same_as_id`` per note, in one transaction (link, unlink, undo, redo)."""
    now = utcnow()
    with ws.unit_of_work() as uow:
        for note_id, same_as in values.items():
            uow.session.execute(
                update(Note)
                .where(Note.id == note_id)
                .values(same_as_id=same_as, updated_at=now, device_id=ws.store.device_id)
            )
        uow.changed(Topic.NOTES, Topic.OPGAVEN)


def link_notes(ws: Workspace, note_ids: Sequence[str]) -> dict[str, str | None]:
    """Make ``note_ids`` (and the groups they are in) one "zelfde uitspraak" group under
    the first of them; returns the values before, for undo."""
    with ws.unit_of_work() as uow:
        check_notes(uow.session, note_ids)
        rows = uow.session.execute(select(Note.id, Note.same_as_id).where(Note.id.in_(note_ids)))
        roots = {same_as or note_id for note_id, same_as in rows}
        members = uow.session.execute(
            select(Note.id, Note.same_as_id).where(
                Note.id.in_(roots) | Note.same_as_id.in_(roots), Note.deleted_at.is_(None)
            )
        ).all()
    root = note_ids[0]
    before = {note_id: same_as for note_id, same_as in members}
    for note_id in note_ids:
        before.setdefault(note_id, None)
    after: dict[str, str | None] = {n: (None if n == root else root) for n in before}
    set_groups(ws, after)
    return before


def unlink_notes(ws: Workspace, note_ids: Sequence[str]) -> dict[str, str | None]:
    """Take ``note_ids`` out of their groups (a group left with one member ends)."""
    before = groups_of(ws, note_ids)
    with ws.unit_of_work() as uow:
        leaving = set(note_ids)
        followers = uow.session.execute(
            select(Note.id, Note.same_as_id).where(Note.same_as_id.in_(note_ids))
        ).all()
    after: dict[str, str | None] = {n: None for n in note_ids}
    # Members that followed a leaving statement follow the first of them that stays.
    by_root: dict[str, list[str]] = {}
    for note_id, root in followers:
        if root is not None and note_id not in leaving:
            by_root.setdefault(root, []).append(note_id)
            before.setdefault(note_id, root)
    for members in by_root.values():
        new_root = members[0]
        for note_id in members:
            after[note_id] = None if note_id == new_root else new_root
    set_groups(ws, after)
    return before


def place_together(ws: Workspace, first: NoteCard, second: NoteCard) -> BoardChange | None:
    """Put the unplaced one of two statements into the opgave of the placed one; None when
    there is no single opgave to follow (both placed, or neither)."""
    if (first.opgave_id is None) == (second.opgave_id is None):
        return None
    placed, loose = (first, second) if first.opgave_id is not None else (second, first)
    return move_notes(ws, [loose.id], placed.opgave_id)


__all__ = [
    "DEFAULT_THRESHOLD",
    "MAX_PAIRS",
    "Similar",
    "DuplicatePair",
    "duplicate_counts",
    "find_text_pairs",
    "groups_of",
    "link_notes",
    "near_duplicates",
    "similar_cards",
    "pair_cards",
    "place_together",
    "set_groups",
    "unlink_notes",
]
