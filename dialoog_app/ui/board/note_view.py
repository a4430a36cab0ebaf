"""A column of statement cards: multi-selection, rubber band, drag and drop, context menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from dialoog_app.ui.roles import ID_ROLE

from ..plurals import plural
from .card_delegate import CardDelegate
from .note_model import NoteListModel, encode_note_ids
from .style import colours, paint_on_wall


class NoteListView(QListView):
    focused = Signal()
    context_menu_requested = Signal(QPoint)  # global position
    command = Signal(str)  # "to_pool" (Delete), "up" / "down" (Ctrl+Up / Ctrl+Down)

    def __init__(self, model: NoteListModel, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_text = empty_text
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        # Same-height cards: Qt lays out thousands of rows without asking each one its size.
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionRectVisible(True)  # rubber band from the empty space
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        paint_on_wall(self)

    def note_model(self) -> NoteListModel:
        model = self.model()
        assert isinstance(model, NoteListModel)
        return model

    def selected_ids(self) -> list[str]:
        """The selected statements, top to bottom."""
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        ids = self.note_model().ids
        return [ids[r] for r in rows]

    def select_ids(self, note_ids: list[str]) -> None:
        model = self.note_model()
        selection = self.selectionModel()
        selection.clearSelection()
        wanted = set(note_ids)
        rows = [r for r, n in enumerate(model.ids) if n in wanted]
        for row in rows:
            selection.select(model.index(row, 0), selection.SelectionFlag.Select)
        if rows:
            selection.setCurrentIndex(model.index(rows[0], 0), selection.SelectionFlag.NoUpdate)
            self.scrollTo(model.index(rows[0], 0))

    # -- drag: ids only, with a small badge instead of a picture of every card ----------------
    def startDrag(self, supported: Qt.DropAction) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        drag = QDrag(self)
        drag.setMimeData(encode_note_ids(ids))
        drag.setPixmap(self._badge(len(ids)))
        drag.exec(Qt.DropAction.MoveAction)

    def _badge(self, count: int) -> QPixmap:
        text = plural().statements(count)
        width = self.fontMetrics().horizontalAdvance(text) + 24
        pixmap = QPixmap(width, 28)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scheme = colours()
        painter.setBrush(scheme.badge_back)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRect(0, 0, width, 28), 14, 14)
        painter.setPen(scheme.badge_ink)
        painter.drawText(QRect(0, 0, width, 28), int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()
        return pixmap

    # -- the rest ---------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, ctrl = event.key(), event.modifiers() == Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.command.emit("to_pool")
        elif ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.command.emit("up" if key == Qt.Key.Key_Up else "down")
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        self.context_menu_requested.emit(event.globalPos())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the scheme changed: the wall too
            paint_on_wall(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(colours().muted)
            painter.drawText(
                self.viewport().rect().adjusted(16, 24, -16, -16),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None
