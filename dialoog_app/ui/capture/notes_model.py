"""A table's notes as a Qt list model, kept in order (time noted) by single-row updates.

A saved note is appended with ``beginInsertRows`` (no refetch, no reset); an edit is one
``dataChanged``; a delete one ``beginRemoveRows``. Only showing another table resets.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dialoog_app.services.notes_read import NoteRow
from dialoog_app.ui.roles import AGENDA_ROLE, ID_ROLE, NOTE_ROLE

from .markers import kind_label, role_label

Index = QModelIndex | QPersistentModelIndex
_NOTE_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemNeverHasChildren  # a flat list: the view need not ask for children
)


def _order_key(note: NoteRow) -> Any:
    return note.order_key


class NotesModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[NoteRow] = []
        self._ids: set[str] = set()  # answers "is it shown?" without a scan
        self.on_edit: Callable[[str, str], bool] | None = None  # (note id, new text)

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note = self.rows[index.row()]
        if role == NOTE_ROLE:
            return note
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return note.text
        if role == ID_ROLE:
            return note.id
        if role == AGENDA_ROLE:
            return note.agenda_item_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._describe(note)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._describe(note)}: {note.text}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # A constant: the tree view asks every row's flags after each insert.
        return _NOTE_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        note = self.rows[index.row()]
        if value == note.text:
            return False
        return self.on_edit(note.id, str(value))

    @staticmethod
    def _describe(note: NoteRow) -> str:
        when = note.noted_at.astimezone().strftime("%H:%M")
        parts = [when, kind_label(note.kind), role_label(note.role)]
        if note.speaker:
            parts.append(note.speaker)
        if note.starred:
            parts.append(QCoreApplication.translate("NotesModel", "important"))
        if note.concept:
            parts.append(QCoreApplication.translate("NotesModel", "draft, never saved"))
        return " · ".join(parts)

    # -- changes ----------------------------------------------------------------------------
    def show_notes(self, notes: Sequence[NoteRow]) -> None:
        """Another table: the one place a reset is right."""
        self.beginResetModel()
        self.rows = list(notes)
        self._ids = {note.id for note in self.rows}
        self.endResetModel()

    def note_at(self, row: int) -> NoteRow:
        return self.rows[row]

    def row_of(self, note_id: str) -> int:
        if note_id not in self._ids:
            return -1
        for i in range(len(self.rows) - 1, -1, -1):  # recent notes are edited most
            if self.rows[i].id == note_id:
                return i
        return -1

    def put(self, note: NoteRow) -> None:
        """Show ``note`` as it now is: add it, replace it, or (deleted) take it away."""
        row = self.row_of(note.id)
        if note.deleted_at is not None:
            if row >= 0:
                self._remove(row)
            return
        if row >= 0 and self.rows[row].order_key == note.order_key:
            self.rows[row] = note
            self.dataChanged.emit(self.index(row), self.index(row))
            return
        if row >= 0:
            self._remove(row)
        self._insert(note)

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        self._ids.discard(self.rows.pop(row).id)
        self.endRemoveRows()

    def _insert(self, note: NoteRow) -> None:
        if not self.rows or self.rows[-1].order_key <= note.order_key:
            at = len(self.rows)  # the usual case: the newest note, at the bottom
        else:
            at = bisect.bisect_right(self.rows, note.order_key, key=_order_key)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, note)
        self._ids.add(note.id)
        self.endInsertRows()

    def sync(self, notes: Sequence[NoteRow]) -> None:
        """Follow a change made elsewhere (another screen) with single-row updates."""
        wanted = {note.id: note for note in notes}
        for i in range(len(self.rows) - 1, -1, -1):
            if self.rows[i].id not in wanted:
                self._remove(i)
        shown = {note.id: i for i, note in enumerate(self.rows)}
        for note in notes:
            row = shown.get(note.id)
            if row is None or self.rows[row] != note:
                self.put(note)
                if row is None or self.rows[row].id != note.id:
                    shown = {n.id: i for i, n in enumerate(self.rows)}
