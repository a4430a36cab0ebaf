"""The projector view of a voting round: the ranking as large bars, readable from the back
of the room, filling in as the facilitator types the votes on the Prioriteren screen.

A second window like the agenda's presenter view (light on dark, Escape leaves full
screen); it only shows what the Prioriteren screen hands it, so both always agree.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from dialoog_app.services.ranking_read import RankedOpgave

BACKGROUND, MUTED, BAR = "#14212b", "#9fb0bc", "#4f9fd6"


class VoteProjector(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("voteProjector")
        self.setWindowTitle(self.tr("Votes on the projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        # The facilitator keeps typing the votes in the main window while this one shows.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.resize(1024, 640)
        self.round_name = ""
        self.lines: list[RankedOpgave] = []

    def show_ranking(self, round_name: str, lines: list[RankedOpgave]) -> None:
        self.round_name, self.lines = round_name, list(lines)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.showNormal() if self.isFullScreen() else self.close()
        elif event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def visible_lines(self) -> list[RankedOpgave]:
        """As many lines as fit at a size readable from the back (the best first)."""
        return self.lines[: max(1, (self.height() - self._top()) // self._row_height())]

    def _row_height(self) -> int:
        return max(36, self.height() // 12)

    def _top(self) -> int:
        return self._row_height() * 2

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        row, margin = self._row_height(), self.width() // 30
        font = QFont(self.font())
        font.setPixelSize(int(row * 0.8))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        title = self.round_name or self.tr("No voting round yet")
        painter.drawText(QRectF(margin, 0, self.width() - 2 * margin, row * 1.5),
                         Qt.AlignmentFlag.AlignVCenter, title)  # fmt: skip
        font.setPixelSize(int(row * 0.5))
        painter.setFont(font)
        shown = self.visible_lines()
        most = max((line.total for line in shown), default=0) or 1
        label_width = self.width() * 0.38
        bar_left = margin + label_width
        bar_room = self.width() - bar_left - margin - row * 1.5
        for n, line in enumerate(shown):
            y = self._top() + n * row
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(margin, y, row, row), Qt.AlignmentFlag.AlignVCenter,
                             str(line.rank))  # fmt: skip
            painter.setPen(QColor("white"))
            text = painter.fontMetrics().elidedText(
                line.title, Qt.TextElideMode.ElideRight, int(label_width - row)
            )
            painter.drawText(QRectF(margin + row, y, label_width - row, row),
                             Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
            width = bar_room * line.total / most
            painter.fillRect(QRectF(bar_left, y + row * 0.2, width, row * 0.6), QColor(BAR))
            painter.drawText(QRectF(bar_left + width + 8, y, row * 1.5, row),
                             Qt.AlignmentFlag.AlignVCenter, str(line.total))  # fmt: skip
        painter.end()
