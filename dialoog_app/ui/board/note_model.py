"""A list of statements (the pool, or one opgave) as a Qt model: ids in, cards out.

The model holds note ids only; the cards live once in ``BoardData``. A change arrives as
the new list of ids and is applied as the fewest row removes, inserts and moves — never a
reset — so the views keep their selection and scroll position and repaint only what moved.

Drag and drop carries ids only, as JSON under ``application/x-dialoog-note-ids``. A drop
asks the page to move the notes (``on_drop``); the model never edits itself, so the page
and the file stay the one source of truth, and undo sees every move.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dialoog_app.ui.roles import CARD_ROLE, ID_ROLE, SIMILAR_ROLE

from ..plurals import plural
from .board_data import BoardData
from .style import tooltip

NOTE_IDS_MIME = "application/x-dialoog-note-ids"
Index = QModelIndex | QPersistentModelIndex
# (note ids, target opgave id or None for the pool, insertion row or None) -> accepted
DropHandler = Callable[[list[str], str | None, int | None], bool]


def encode_note_ids(note_ids: Sequence[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(NOTE_IDS_MIME, QByteArray(json.dumps(list(note_ids)).encode()))
    return mime


def decode_note_ids(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(NOTE_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(NOTE_IDS_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


class NoteListModel(QAbstractListModel):
    def __init__(self, data: BoardData, opgave_id: str | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.board = data
        self.opgave_id = opgave_id  # None: this is the pool
        self.ids: list[str] = []
        self.on_drop: DropHandler | None = None

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note_id = self.ids[index.row()]
        if role == CARD_ROLE:
            return self.board.cards[note_id]
        if role == ID_ROLE:
            return note_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self.board.cards[note_id].text
        if role == SIMILAR_ROLE:
            return self.board.similar_counts.get(note_id, 0)
        if role == Qt.ItemDataRole.ToolTipRole:
            similar = self.board.similar_counts.get(note_id, 0)
            text = tooltip(self.board.cards[note_id])
            return f"{text}\n≈ {plural().similar_statements(similar)}" if similar else text
        return None

    def row_of(self, note_id: str) -> int:
        try:
            return self.ids.index(note_id)
        except ValueError:
            return -1

    # -- changing ------------------------------------------------------------------------
    def set_ids(self, new_ids: Sequence[str]) -> None:
        """Show ``new_ids`` using the fewest row operations."""
        if list(new_ids) == self.ids:
            return
        root = QModelIndex()
        wanted = set(new_ids)
        ids = self.ids
        end = len(ids) - 1
        while end >= 0:  # removals, as contiguous blocks from the bottom
            if ids[end] in wanted:
                end -= 1
                continue
            start = end
            while start > 0 and ids[start - 1] not in wanted:
                start -= 1
            self.beginRemoveRows(root, start, end)
            del ids[start : end + 1]
            self.endRemoveRows()
            end = start - 1
        present = set(ids)
        i = 0
        while i < len(new_ids):
            want = new_ids[i]
            if i < len(ids) and ids[i] == want:
                i += 1
                continue
            if want not in present:  # insertions, as contiguous blocks
                stop = i
                while stop < len(new_ids) and new_ids[stop] not in present:
                    stop += 1
                self.beginInsertRows(root, i, stop - 1)
                ids[i:i] = new_ids[i:stop]
                self.endInsertRows()
                present.update(new_ids[i:stop])
                i = stop
                continue
            j = ids.index(want, i + 1)
            self.beginMoveRows(root, j, j, root, i)
            ids.insert(i, ids.pop(j))
            self.endMoveRows()
            i += 1

    def reset_ids(self, new_ids: Sequence[str]) -> None:
        """Replace everything at once (a new filter: cheaper than thousands of removes)."""
        self.beginResetModel()
        self.ids = list(new_ids)
        self.endResetModel()

    def cards_changed(self, note_ids: set[str]) -> None:
        for row, note_id in enumerate(self.ids):
            if note_id in note_ids:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    # -- drag and drop -------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops go between cards, never onto one
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NOTE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_note_ids([self.ids[r] for r in rows])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(NOTE_IDS_MIME) and action in (
            Qt.DropAction.MoveAction,
            Qt.DropAction.CopyAction,
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        note_ids = decode_note_ids(data)
        if not note_ids or self.on_drop is None:
            return False
        if row < 0 and parent.isValid():
            row = parent.row()
        return self.on_drop(note_ids, self.opgave_id, row if row >= 0 else None)
