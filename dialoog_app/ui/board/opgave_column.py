"""One opgave on the board: its title, priority and support, and its statements in order.

The header and frame are painted, not styled with style sheets or built from labels: a
board has dozens of columns, and a cascading style sheet or rich-text labels would make
opening it several times slower. The header also accepts dropped statements (they go to
the end), so a long column need not be scrolled to add to it; and a header dragged onto
another header moves its opgave there. ``NewOpgaveTarget`` is the
"+ New opgave" column at the end.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QFrame, QToolButton, QVBoxLayout, QWidget

from dialoog_app.services.opgaven import Support

from ..plurals import plural
from .board_data import BoardData
from .card_delegate import wrap
from .note_model import NOTE_IDS_MIME, NoteListModel, decode_note_ids
from .note_view import NoteListView
from .style import PRIORITY_COLOURS, colours, priority_labels
from .support_bar import PILL_GAP, paint_support, support_height

COLUMN_WIDTH = 300
Dropper = Callable[[list[str]], bool]  # (note ids) -> accepted
OPGAVE_ID_MIME = "application/x-dialoog-opgave-id"


class DropFrame(QFrame):
    """A frame that takes dropped statements (``on_drop``) and, if ``on_opgave_drop`` is
    set, a dragged opgave (its header dropped here: reorder)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.on_drop: Dropper | None = None
        self.on_opgave_drop: Callable[[str], bool] | None = None
        self.dropping = False

    def _set_dropping(self, dropping: bool) -> None:
        if dropping != self.dropping:
            self.dropping = dropping
            self.update()

    def _wanted(self, mime: QMimeData) -> bool:
        return mime.hasFormat(NOTE_IDS_MIME) or (
            self.on_opgave_drop is not None and mime.hasFormat(OPGAVE_ID_MIME)
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._wanted(event.mimeData()):
            event.acceptProposedAction()
            self._set_dropping(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._wanted(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: object) -> None:
        self._set_dropping(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_dropping(False)
        mime = event.mimeData()
        ids = decode_note_ids(mime)
        accepted = bool(ids) and self.on_drop is not None and self.on_drop(ids)
        if not ids and self.on_opgave_drop is not None and mime.hasFormat(OPGAVE_ID_MIME):
            accepted = self.on_opgave_drop(bytes(mime.data(OPGAVE_ID_MIME).data()).decode())
        if accepted:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()


class OpgaveHeader(DropFrame):
    """Title (two lines at most), priority, counts and the support pills, painted."""

    clicked = Signal()
    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opgave_id = ""
        self._pressed_at: QPoint | None = None
        self.title = ""
        self.priority = 0
        self.support = Support()
        self.title_font = QFont(self.font())
        self.title_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.title_font.setBold(True)
        self.small_font = QFont(self.font())
        self.small_font.setPointSizeF(self.font().pointSizeF() * 0.88)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setToolTip(
            self.tr("Opgave actions: write out, move, merge, split, delete")
        )
        self.menu_button.setFixedSize(28, 24)
        self.title_metrics = QFontMetrics(self.title_font)
        self.small_metrics = QFontMetrics(self.small_font)
        title_height = 2 * self.title_metrics.lineSpacing()
        small = self.small_metrics
        # Room for two rows of pills: three roles with two-digit counts do not fit one row
        # of a column, and a second row was cut off.
        pills = 2 * support_height(small) + PILL_GAP
        self.setFixedHeight(12 + title_height + 6 + small.height() + 6 + pills + 10)

    def show_opgave(self, title: str, priority: int, support: Support) -> None:
        self.title, self.priority, self.support = title, max(0, min(3, priority)), support
        self.setToolTip(title)
        self.update()

    def resizeEvent(self, event: object) -> None:
        self.menu_button.move(self.width() - self.menu_button.width() - 6, 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        scheme = colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, 0)
        path.addRoundedRect(rect, 8, 8)
        painter.fillPath(path, scheme.selected if self.dropping else scheme.card)
        painter.setPen(scheme.border)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)

        left, width = 12, self.width() - 12 - 36
        title_metrics = self.title_metrics
        painter.setFont(self.title_font)
        painter.setPen(scheme.ink)
        y = 10
        for line in wrap(self.title, self.title_font, title_metrics, width, 2):
            painter.drawText(QRect(left, y, width, title_metrics.lineSpacing()), 0, line)
            y += title_metrics.lineSpacing()
        y = 12 + 2 * title_metrics.lineSpacing() + 4

        small = self.small_metrics
        painter.setFont(self.small_font)
        colour = PRIORITY_COLOURS[self.priority]
        chip = priority_labels()[self.priority]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(left, y + 3, 9, small.height() - 6), 2, 2)
        painter.setPen(scheme.marker_ink(colour))
        painter.drawText(QRect(left + 14, y, width, small.height()), 0, chip)
        x = left + 14 + small.horizontalAdvance(chip) + 12
        counts = plural().statements(self.support.statements)
        counts += " · " + plural().tables(self.support.tables)
        painter.setPen(scheme.muted)
        painter.drawText(QRect(x, y, self.width() - x - 8, small.height()), 0, counts)
        y += small.height() + 6
        pills = 2 * support_height(small) + PILL_GAP
        paint_support(painter, QRect(left, y, self.width() - 20, pills), self.support, small)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().toPoint()
        self.clicked.emit()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Dragging the header moves the whole opgave (drop it on another header)."""
        start = self._pressed_at
        if start is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - start).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return
        self._pressed_at = None
        mime = QMimeData()
        mime.setData(OPGAVE_ID_MIME, QByteArray(self.opgave_id.encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab().scaledToWidth(220, Qt.TransformationMode.SmoothTransformation))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()


class OpgaveColumn(QFrame):
    activated = Signal(str)  # clicked or focused: this opgave becomes the current one
    edit_requested = Signal(str)

    def __init__(self, data: BoardData, opgave_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opgave_id = opgave_id
        self.current = False
        self.setFixedWidth(COLUMN_WIDTH)
        self.header = OpgaveHeader(self)
        self.header.opgave_id = opgave_id
        self.menu_button = self.header.menu_button
        self.model = NoteListModel(data, opgave_id, self)
        self.view = NoteListView(
            self.model, self.tr("Drag statements here, or select them and press Ctrl+M."), self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.header.clicked.connect(lambda: self.activated.emit(self.opgave_id))
        self.header.double_clicked.connect(lambda: self.edit_requested.emit(self.opgave_id))
        self.view.focused.connect(lambda: self.activated.emit(self.opgave_id))

    def show_opgave(self, title: str, priority: int, support: Support) -> None:
        self.header.show_opgave(title, priority, support)
        self.view.setAccessibleName(self.tr("Statements in {title}").format(title=title))

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        scheme = colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(scheme.accent if self.current else scheme.border)
        pen.setWidthF(2.0 if self.current else 1.0)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)


class NewOpgaveTarget(DropFrame):
    """The last column: click for an empty opgave, or drop statements to start one."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newOpgaveTarget")
        self.setFixedWidth(COLUMN_WIDTH - 60)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("New opgave (Ctrl+Shift+N)"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH - 60, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        scheme = colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(scheme.accent if self.dropping else scheme.border)
        pen.setWidthF(2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if self.dropping:
            painter.setBrush(scheme.selected)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 8, 8)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.15)
        big.setBold(True)
        painter.setFont(big)
        painter.setPen(scheme.accent)
        painter.drawText(
            QRect(16, 30, self.width() - 32, 30),
            int(Qt.AlignmentFlag.AlignHCenter),
            self.tr("+ New opgave"),
        )
        painter.setFont(self.font())
        painter.setPen(scheme.muted)
        painter.drawText(
            QRect(20, 70, self.width() - 40, 120),
            int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap),
            self.tr("Click, or drop statements here to start an opgave with them."),
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
