"""Who supports an opgave, drawn as pills in the role colours the cards use."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QWidget

from dialoog_app.domain.kinds import Role
from dialoog_app.services.opgaven import Support

from ..plurals import plural
from .style import colours, role_colours

PILL_GAP = 5


def support_parts(support: Support) -> list[tuple[str, str]]:
    """(role, "12 inwoners") for each role; "others" only when there are any."""
    parts = [
        (
            Role.RESIDENT.value,
            plural().residents(support.residents),
        ),
        (
            Role.PROFESSIONAL.value,
            plural().professionals(support.professionals),
        ),
        (
            Role.CIVIL_SERVANT.value,
            plural().civil_servants(support.civil_servants),
        ),
    ]
    if support.others:
        parts.append(
            (
                Role.OTHER.value,
                plural().others(support.others),
            )
        )
    return parts


def support_height(metrics: QFontMetrics) -> int:
    return metrics.height() + 4


def paint_support(painter: QPainter, rect: QRect, support: Support, metrics: QFontMetrics) -> int:
    """Pills left to right, wrapping when the row is full; returns the height used."""
    height = support_height(metrics)
    x, y = rect.left(), rect.top()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    numbers = {
        Role.RESIDENT.value: support.residents,
        Role.PROFESSIONAL.value: support.professionals,
        Role.CIVIL_SERVANT.value: support.civil_servants,
        Role.OTHER.value: support.others,
    }
    for role, text in support_parts(support):
        width = metrics.horizontalAdvance(text) + 14
        if x > rect.left() and x + width > rect.right():
            x, y = rect.left(), y + height + PILL_GAP
        back, ink = role_colours(role)
        if numbers[role] == 0:  # nobody of this role: still shown, but quiet
            back, ink = colours().quiet_back, colours().muted
        path = QPainterPath()
        pill = QRectF(x, y, width, height)
        path.addRoundedRect(pill, height / 2, height / 2)
        painter.fillPath(path, back)
        painter.setPen(ink)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        x += width + PILL_GAP
    painter.restore()
    return y + height - rect.top()


class SupportBar(QWidget):
    """The pills as a widget (the opgave editor), with the count in words as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.support = Support()
        self.pill_font = QFont(self.font())
        self.metrics = QFontMetrics(self.pill_font)

    def set_support(self, support: Support) -> None:
        self.support = support
        self.setToolTip(", ".join(text for _role, text in support_parts(support)))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 2 * support_height(self.metrics) + PILL_GAP)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.pill_font)
        paint_support(painter, self.rect(), self.support, self.metrics)
