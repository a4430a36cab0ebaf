"""How one note looks in the list, and how it is edited in place.

A row: the time, the kind's pill, the role's circle, a star if important, then the text
(the speaker's initials in front, in grey; "concept" first, in italics, for a draft a
merge brought in). A row that begins another agenda item carries a small heading, so the
list reads as grouped by round. Wrapped text is laid out once per width and cached:
painting a 10,000-note list only ever lays out the visible rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from dialoog_app.services.notes_read import NoteRow

from .. import theme
from .markers import capture_key, paint_kind, paint_role, paint_star

Index = QModelIndex | QPersistentModelIndex
PAD_Y, PAD_X, GAP = 7, 10, 8
KIND_W, MARK_H, ROLE_W, STAR_W = 26, 18, 18, 16
HEADER_H = 30
_CACHE_LIMIT = 3000
LINE_BREAK = "\u2028"


Neighbours = Callable[[Index], tuple[NoteRow, NoteRow | None]]  # a row's note, the one above


def starts_group(note: NoteRow, above: NoteRow | None) -> bool:
    """Does this row begin another agenda item than the row above it (as shown)?"""
    return above is None or above.agenda_item_id != note.agenda_item_id


class NoteEditor(QPlainTextEdit):
    """Edit a note's text in place: Enter keeps it, Shift+Enter is a new line, Esc cancels."""

    done = Signal(bool)  # True: keep the text

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if capture_key(event) is not None:
                event.accept()  # swallowed while editing the text
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if capture_key(event) is not None:
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.done.emit(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.done.emit(False)
            return
        super().keyPressEvent(event)


class NoteDelegate(QStyledItemDelegate):
    def __init__(
        self, view: Any, title_of: Callable[[str | None], str], neighbours: Neighbours
    ) -> None:
        super().__init__(view)
        self.view = view
        self.title_of = title_of
        self.neighbours = neighbours
        self.text_font = QFont(view.font())
        self.text_font.setPointSizeF(max(11.0, self.text_font.pointSizeF() * 1.2))
        self.small_font = QFont(view.font())
        self.header_font = QFont(view.font())
        self.header_font.setBold(True)
        self.time_width = QFontMetrics(self.small_font).horizontalAdvance("88:88") + 4
        self.option = QTextOption()
        self.option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Left to right as the screen is; an Arabic sentence still reads right to left.
        self.option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        self.option.setTabStopDistance(QFontMetrics(self.text_font).horizontalAdvance(" ") * 4)
        self.speaker_format = QTextCharFormat()
        self.speaker_format.setFontWeight(QFont.Weight.Bold)
        self.speaker_format.setForeground(theme.qcolour("muted"))
        self.concept_word = QCoreApplication.translate("NoteDelegate", "draft")
        self.concept_format = QTextCharFormat()
        self.concept_format.setFontItalic(True)
        self.concept_format.setForeground(theme.qcolour("warning"))
        self.row_width = 0
        self.text_width = 120
        self.compact = False  # every row two lines high (see notes_list.py)
        self.line_height = QFontMetrics(self.text_font).lineSpacing()
        # Heights are kept per note (the view asks for every row's height after each
        # insert); laid-out text only for the rows recently painted.
        self._heights: dict[str, tuple[NoteRow, int, int]] = {}
        self._layouts: dict[tuple[str, int], tuple[NoteRow, QTextLayout]] = {}

    # -- geometry -------------------------------------------------------------------------
    def text_left(self) -> int:
        return PAD_X + self.time_width + GAP + KIND_W + GAP + ROLE_W + GAP + STAR_W + GAP

    def set_width(self, row_width: int) -> None:
        """The view's width changed: texts wrap anew."""
        self.row_width = row_width
        self.text_width = max(120, row_width - self.text_left() - PAD_X)
        self._layouts.clear()

    def _layout(self, note: NoteRow) -> QTextLayout:
        cached = self._layouts.get((note.id, self.text_width))
        if cached is not None and cached[0] is note:  # views are frozen: same object, same text
            return cached[1]
        if len(self._layouts) > _CACHE_LIMIT:
            self._layouts.clear()
        speaker = f"{note.speaker}: " if note.speaker else ""
        # A draft a merge brought in (never saved at its table) says so before its text.
        concept = f"{self.concept_word} \u00b7 " if note.concept else ""
        prefix = concept + speaker
        # A layout breaks lines only at U+2028; "\n" would show as a space.
        layout = QTextLayout((prefix + note.text).replace("\n", LINE_BREAK), self.text_font)
        layout.setTextOption(self.option)
        spans = []
        for start, length, form in (
            (0, len(concept), self.concept_format),
            (len(concept), len(speaker), self.speaker_format),
        ):
            if length:
                span = QTextLayout.FormatRange()
                span.start, span.length, span.format = start, length, form
                spans.append(span)
        if spans:
            layout.setFormats(spans)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.text_width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        self._layouts[(note.id, self.text_width)] = (note, layout)
        self._heights[note.id] = (note, self.text_width, max(MARK_H, round(y)))
        return layout

    def _text_height(self, note: NoteRow) -> int:
        cached = self._heights.get(note.id)
        if cached is not None and cached[0] is note and cached[1] == self.text_width:
            return cached[2]
        self._layout(note)
        return self._heights[note.id][2]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if self.compact:
            return QSize(self.row_width, 2 * self.line_height + 2 * PAD_Y)
        note, above = self.neighbours(index)
        height = self._text_height(note) + 2 * PAD_Y
        if starts_group(note, above):
            height += HEADER_H
        return QSize(self.row_width, height)

    # -- painting -------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        note, above = self.neighbours(index)
        painter.save()
        rect = QRectF(option.rect)
        if not self.compact and starts_group(note, above):
            self._paint_header(painter, QRectF(rect.left(), rect.top(), rect.width(), HEADER_H),
                               note.agenda_item_id)  # fmt: skip
            rect.setTop(rect.top() + HEADER_H)
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, theme.qcolour("selected"))
            painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()),
                             theme.qcolour("highlight"))  # fmt: skip
        top = rect.top() + PAD_Y
        painter.setFont(self.small_font)
        painter.setPen(theme.qcolour("muted"))
        when = note.noted_at.astimezone().strftime("%H:%M")
        left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(rect.left() + PAD_X, top, self.time_width, MARK_H), left_middle,
                         when)  # fmt: skip
        x = rect.left() + PAD_X + self.time_width + GAP
        paint_kind(painter, QRectF(x, top, KIND_W, MARK_H), note.kind)
        x += KIND_W + GAP
        paint_role(painter, QRectF(x, top, ROLE_W, MARK_H), note.role)
        x += ROLE_W + GAP
        if note.starred:
            paint_star(painter, QRectF(x, top + 1, STAR_W, MARK_H - 2))
        painter.setPen(theme.qcolour("text"))
        layout = self._layout(note)
        first_line = layout.lineAt(0).height() if layout.lineCount() else MARK_H
        offset = max(0.0, (MARK_H - first_line) / 2)  # first line centred on the markers
        origin = QPointF(rect.left() + self.text_left(), top + offset)
        if self.compact and layout.lineCount() > 2:
            self._paint_two_lines(painter, layout, origin)
        else:
            layout.draw(painter, origin)
        painter.setPen(theme.qcolour("track"))
        painter.drawLine(QPointF(rect.left() + PAD_X, rect.bottom()),
                         QPointF(rect.right() - PAD_X, rect.bottom()))  # fmt: skip
        painter.restore()

    def _paint_two_lines(self, painter: QPainter, layout: QTextLayout, origin: QPointF) -> None:
        """The first line as laid out, the second cut short with "…"."""
        layout.lineAt(0).draw(painter, origin)
        second = layout.lineAt(1)
        rest = layout.text()[second.textStart() :].replace(LINE_BREAK, " ")
        metrics = QFontMetrics(self.text_font)
        painter.setFont(self.text_font)
        baseline = QPointF(origin.x(), origin.y() + second.y() + metrics.ascent())
        elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, self.text_width)
        painter.drawText(baseline, elided)

    def _paint_header(self, painter: QPainter, rect: QRectF, item_id: str | None) -> None:
        title = self.title_of(item_id)
        painter.setFont(self.header_font)
        painter.setPen(theme.qcolour("muted"))
        text_rect = rect.adjusted(PAD_X, 6, -PAD_X, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         title)  # fmt: skip
        used = QFontMetrics(self.header_font).horizontalAdvance(title)
        y = text_rect.center().y()
        painter.setPen(theme.qcolour("border"))
        painter.drawLine(QPointF(text_rect.left() + used + 10, y), QPointF(text_rect.right(), y))

    # -- editing --------------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = NoteEditor(parent)
        editor.setFont(self.text_font)
        editor.setObjectName("noteEditor")
        editor.setTabChangesFocus(False)
        editor.done.connect(lambda keep, e=editor: self._finish(e, keep))
        return editor

    def _finish(self, editor: NoteEditor, keep: bool) -> None:
        if keep:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        else:
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.RevertModelCache)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, NoteEditor)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole)))
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, NoteEditor)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        grouped = not self.compact and starts_group(*self.neighbours(index))
        top = rect.top() + (HEADER_H if grouped else 0) + 2
        lines = QFontMetrics(self.text_font).lineSpacing()
        height = max(rect.bottom() - top - 1, lines * 3 + 12)
        editor.setGeometry(rect.left() + self.text_left() - 6, top, self.text_width + 6, height)
