"""Paints a statement as a card: kind colour bar, kind and source, role pill, text.

Every card has the same height (the views use uniform item sizes, so a list of thousands
lays out instantly); long text is wrapped to three lines and elided, the tooltip holds the
whole of it. The wrapped lines are cached per width, so scrolling does not lay text out
again and again.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPixmap, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dialoog_app.services.board import NoteCard
from dialoog_app.ui.roles import CARD_ROLE, SIMILAR_ROLE

from .style import (
    colours,
    kind_colour,
    kind_label,
    role_colours,
    role_label,
    source_line,
)

TEXT_LINES = 3
CACHE_SIZE = 4000
Index = QModelIndex | QPersistentModelIndex


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = parent
        self.text_font = QFont(parent.font())
        self.small_font = QFont(parent.font())
        self.small_font.setPointSizeF(max(7.0, parent.font().pointSizeF() * 0.86))
        self.bold_small = QFont(self.small_font)
        self.bold_small.setBold(True)
        self.text_metrics = QFontMetrics(self.text_font)
        self.small_metrics = QFontMetrics(self.small_font)
        self.bold_metrics = QFontMetrics(self.bold_small)
        self._lines: OrderedDict[tuple[str, str, int], list[str]] = OrderedDict()
        self._backgrounds: dict[tuple[int, int, str, int, bool], QPixmap] = {}

    # -- geometry --------------------------------------------------------------------------
    def card_height(self) -> int:
        return (
            6  # gap between cards
            + 8  # top padding
            + self.bold_metrics.height()
            + 4
            + TEXT_LINES * self.text_metrics.lineSpacing()
            + 8  # bottom padding
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(220, self.card_height())

    # -- painting --------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: NoteCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        rect = QRect(option.rect).adjusted(6, 3, -6, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        state = 2 if selected else 1 if focused else 0
        scheme = colours()
        painter.save()
        painter.drawPixmap(rect.topLeft(), self._background(rect.size(), card.kind, state))
        inner = rect.adjusted(14, 8, -10, -8)
        top = QRect(inner.left(), inner.top(), inner.width(), self.bold_metrics.height())
        pill_right = self._paint_role_pill(painter, top, card.role)
        similar = index.data(SIMILAR_ROLE)
        if similar:
            pill_right = self._paint_similar(painter, top, pill_right, similar)
        x = inner.left()
        painter.setFont(self.bold_small)
        painter.setPen(scheme.marker_ink(kind_colour(card.kind)))
        label = kind_label(card.kind)
        painter.drawText(QRect(x, top.top(), top.width(), top.height()), 0, label)
        x += self.bold_metrics.horizontalAdvance(label) + 6
        if card.starred:
            painter.setPen(scheme.marker_ink(kind_colour("quote")))
            painter.drawText(QRect(x, top.top(), 20, top.height()), 0, "★")
            x += self.bold_metrics.horizontalAdvance("★") + 6
        painter.setFont(self.small_font)
        painter.setPen(scheme.muted)
        room = max(0, pill_right - 8 - x)
        painter.drawText(
            QRect(x, top.top(), room, top.height()),
            int(Qt.AlignmentFlag.AlignVCenter),
            self.small_metrics.elidedText(source_line(card), Qt.TextElideMode.ElideRight, room),
        )

        painter.setFont(self.text_font)
        painter.setPen(scheme.ink)
        y = top.bottom() + 5
        spacing = self.text_metrics.lineSpacing()
        for line in self._wrapped(card, inner.width()):
            painter.drawText(QRect(inner.left(), y, inner.width(), spacing), 0, line)
            y += spacing
        painter.restore()

    def _background(self, size: QSize, kind: str, state: int) -> QPixmap:
        """The card without its words, drawn once per size, kind and state, then reused:
        anti-aliased rounded borders are the dearest part of painting a card."""
        scheme = colours()
        key = (size.width(), size.height(), kind, state, scheme.dark)
        pixmap = self._backgrounds.get(key)
        if pixmap is not None:
            return pixmap
        ratio = self.view.devicePixelRatioF()
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = QPainterPath()
        outer.addRoundedRect(QRectF(0, 0, size.width(), size.height()), 6, 6)
        painter.fillPath(outer, scheme.accent if state else scheme.border)  # the border, as a fill
        width = 2.0 if state == 2 else 1.0
        inner = QPainterPath()
        inner.addRoundedRect(
            QRectF(width, width, size.width() - 2 * width, size.height() - 2 * width), 5, 5
        )
        painter.fillPath(inner, scheme.selected if state == 2 else scheme.card)
        painter.setClipPath(inner)
        painter.fillRect(QRectF(0, 0, width + 4, size.height()), kind_colour(kind))
        painter.end()
        self._backgrounds[key] = pixmap
        return pixmap

    def _paint_role_pill(self, painter: QPainter, top: QRect, role: str) -> int:
        """Draw the role pill at the right of the top line; returns its left edge."""
        text = role_label(role)
        width = self.small_metrics.horizontalAdvance(text) + 14
        pill = QRectF(top.right() - width, top.top(), width, top.height())
        back, ink = role_colours(role)
        path = QPainterPath()
        path.addRoundedRect(pill, top.height() / 2, top.height() / 2)
        painter.fillPath(path, back)
        painter.setFont(self.small_font)
        painter.setPen(ink)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        return int(pill.left())

    def _paint_similar(self, painter: QPainter, top: QRect, right: int, count: int) -> int:
        """ "≈ 3" left of the role pill: this statement has three near-duplicates."""
        text = f"≈ {count}"
        width = self.small_metrics.horizontalAdvance(text) + 10
        badge = QRectF(right - 6 - width, top.top(), width, top.height())
        path = QPainterPath()
        path.addRoundedRect(badge, 4, 4)
        painter.fillPath(path, colours().selected)  # a quiet badge: a hint, not an alarm
        painter.setFont(self.small_font)
        painter.setPen(colours().ink)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
        return int(badge.left())

    def _wrapped(self, card: NoteCard, width: int) -> list[str]:
        key = (card.id, card.text, width)
        lines = self._lines.get(key)
        if lines is None:
            lines = wrap(card.text, self.text_font, self.text_metrics, width, TEXT_LINES)
            self._lines[key] = lines
            if len(self._lines) > CACHE_SIZE:
                self._lines.popitem(last=False)
        return lines


def wrap(text: str, font: QFont, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` in at most ``max_lines`` lines of ``width``; the last one elided if needed."""
    flat = " ".join(text.split())
    layout = QTextLayout(flat, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1 and start + length < len(flat):
            lines.append(metrics.elidedText(flat[start:], Qt.TextElideMode.ElideRight, width))
            break
        lines.append(flat[start : start + length].rstrip())
    layout.endLayout()
    return lines
