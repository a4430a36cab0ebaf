"""Keeping ordered rows (tables, agenda items, opgaven, placements) numbered 0, 1, 2 …"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class Positioned(Protocol):
    position: int


P = TypeVar("P", bound=Positioned)


def renumber(rows: Sequence[P]) -> None:
    for index, row in enumerate(rows):
        if row.position != index:
            row.position = index


def move_to(rows: Sequence[P], row: P, index: int) -> None:
    """Place ``row`` (one of ``rows``, which are in order) at ``index``; clamps the index."""
    ordered = [r for r in rows if r is not row]
    index = max(0, min(index, len(ordered)))
    ordered.insert(index, row)
    renumber(ordered)


def insert_at(rows: Sequence[P], row: P, index: int | None) -> None:
    """Put a new or revived ``row`` (not in ``rows``) at ``index``, or at the end."""
    ordered = list(rows)
    ordered.insert(len(ordered) if index is None else max(0, min(index, len(ordered))), row)
    renumber(ordered)
