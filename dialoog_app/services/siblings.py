"""Ordered rows under one parent (meetings of a project, tables and agenda items of a
meeting): list, move, delete and restore them the same way everywhere.

Deleting tombstones the row and closes the gap; restoring revives it at its old place —
which is what undo of a delete needs.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from dialoog_app.store.models import Row

from .events import Topic
from .ordering import insert_at, move_to, renumber
from .rows import get_row, revive, tombstone
from .workspace import Workspace

R = TypeVar("R", bound=Row)


class Siblings(Generic[R]):
    def __init__(self, model: type[R], parent: InstrumentedAttribute[str], topic: Topic) -> None:
        self.model = model
        self.parent = parent
        self.topic = topic

    def live(self, session: Session, parent_id: str) -> list[R]:
        model: Any = self.model  # every sibling model has a position column
        query = (
            select(self.model)
            .where(self.parent == parent_id, self.model.deleted_at.is_(None))
            .order_by(model.position)
        )
        return list(session.scalars(query))

    def _parent_of(self, row: R) -> str:
        return str(getattr(row, self.parent.key))

    def move(self, ws: Workspace, row_id: str, index: int) -> None:
        with ws.unit_of_work() as uow:
            row: Any = get_row(uow.session, self.model, row_id)
            siblings: list[Any] = self.live(uow.session, self._parent_of(row))
            move_to(siblings, row, index)
            uow.changed(self.topic)

    def delete(self, ws: Workspace, row_id: str) -> None:
        with ws.unit_of_work() as uow:
            row: Any = get_row(uow.session, self.model, row_id)
            tombstone(row)
            others: list[Any] = [
                r for r in self.live(uow.session, self._parent_of(row)) if r is not row
            ]
            renumber(others)
            uow.changed(self.topic)

    def restore(self, ws: Workspace, row_id: str, position: int | None = None) -> None:
        with ws.unit_of_work() as uow:
            row: Any = get_row(uow.session, self.model, row_id)
            others: list[Any] = [
                r for r in self.live(uow.session, self._parent_of(row)) if r is not row
            ]
            revive(row)
            insert_at(others, row, position)
            uow.changed(self.topic)
