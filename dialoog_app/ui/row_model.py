"""A Qt list/table model over a list of frozen views, updated by minimal row operations.

``set_rows`` compares the new list with the shown one by id and emits removes, moves,
inserts and ``dataChanged`` — never a reset — so selection, scroll position and an open
editor survive a refresh after every commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from .roles import ID_ROLE


class HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=HasId)
Index = QModelIndex | QPersistentModelIndex


class RowModel(QAbstractTableModel, Generic[R]):
    """Subclasses define ``columns`` (header texts) and ``cell(row, column, role)``."""

    columns: Sequence[str] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    # -- what subclasses fill in -------------------------------------------------------
    def cell(self, row: R, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- Qt plumbing -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        return self.cell(row, index.column(), role)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None

    def row_of(self, row_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row.id == row_id:
                return i
        return -1

    def set_rows(self, new_rows: Sequence[R]) -> None:
        new_ids = {r.id for r in new_rows}
        for i in range(len(self.rows) - 1, -1, -1):
            if self.rows[i].id not in new_ids:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()
        last_column = max(0, len(self.columns) - 1)
        for i, row in enumerate(new_rows):
            j = self.row_of(row.id) if not (i < len(self.rows) and self.rows[i].id == row.id) else i
            if j == -1:
                self.beginInsertRows(QModelIndex(), i, i)
                self.rows.insert(i, row)
                self.endInsertRows()
                continue
            if j != i:
                self.beginMoveRows(QModelIndex(), j, j, QModelIndex(), i)
                self.rows.insert(i, self.rows.pop(j))
                self.endMoveRows()
            if self.rows[i] != row:
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, last_column))
