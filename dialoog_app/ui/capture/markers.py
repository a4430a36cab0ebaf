"""Kinds and roles as small coloured markers, and the keys that choose them.

Markers are drawn as shapes (not font glyphs), so they look the same with every font on
every laptop. The same marker appears on the buttons and in the list, so the buttons are
the legend. Colours are dark enough for white marks and readable beside each other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QKeyCombination, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from dialoog_app.domain.kinds import NOTE_KIND_LABELS, ROLE_LABELS, NoteKind, Role

from ..icons import paint_marker
from ..shortcuts import keys_text, sequences, shortcut

KINDS: list[NoteKind] = list(NoteKind)  # their keys: ui/shortcuts (Alt+1 … Alt+6)
ROLES: list[Role] = list(Role)  # Alt+7, 8, 9, 0

KIND_COLOURS: dict[NoteKind, str] = {
    NoteKind.STATEMENT: "#546e7a",  # slate
    NoteKind.IDEA: "#2e7d32",  # green
    NoteKind.CONCERN: "#c62828",  # red
    NoteKind.QUESTION: "#6a1b9a",  # purple
    NoteKind.AGREEMENT: "#1565c0",  # blue
    NoteKind.QUOTE: "#8d5a00",  # ochre
}
ROLE_COLOURS: dict[Role, str] = {
    Role.RESIDENT: "#00796b",  # teal
    Role.PROFESSIONAL: "#4527a0",  # indigo
    Role.CIVIL_SERVANT: "#d84315",  # orange
    Role.OTHER: "#616161",  # grey
}
STAR_COLOUR = "#e0a000"


def kind_label(kind: NoteKind) -> str:
    return QCoreApplication.translate("Vocabulary", NOTE_KIND_LABELS[kind]).capitalize()


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Vocabulary", ROLE_LABELS[role]).capitalize()


def role_letter(role: Role) -> str:
    """One letter per role, translated (inwoner I, professional P, ambtenaar A, anders –)."""
    letters = {
        Role.RESIDENT: QCoreApplication.translate("Markers", "R", "letter for resident"),
        Role.PROFESSIONAL: QCoreApplication.translate("Markers", "P", "letter for professional"),
        Role.CIVIL_SERVANT: QCoreApplication.translate("Markers", "C", "letter for civil servant"),
        Role.OTHER: QCoreApplication.translate("Markers", "–", "letter for other"),
    }
    return letters[role]


def kind_shortcut(kind: NoteKind) -> str:
    return keys_text(f"capture.kind.{kind.value}")


def role_shortcut(role: Role) -> str:
    return keys_text(f"capture.role.{role.value}")


def kind_digit(kind: NoteKind) -> str:
    """The digit printed on the kind's chip: its key without the modifier."""
    return shortcut(f"capture.kind.{kind.value}").keys[0].rpartition("+")[2]


def role_digit(role: Role) -> str:
    return shortcut(f"capture.role.{role.value}").keys[0].rpartition("+")[2]


STAR_SHORTCUT = keys_text("capture.star")


def _first(key: QKeySequence) -> int:
    return int(key[0].toCombined())  # type: ignore[index]  # (the stubs lack __getitem__)


# The capture keys as Qt reports them (keypad digits count as digits).
_CAPTURE_KEYS: dict[int, tuple[str, int]] = {
    **{_first(sequences(f"capture.kind.{k.value}")[0]): ("kind", i) for i, k in enumerate(KINDS)},
    **{_first(sequences(f"capture.role.{r.value}")[0]): ("role", i) for i, r in enumerate(ROLES)},
    _first(sequences("capture.star")[0]): ("star", 0),
}


def capture_key(event: QKeyEvent) -> tuple[str, int] | None:
    """("kind", i), ("role", i) or ("star", 0) for the capture keys, else None."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    combined = QKeyCombination(modifiers, Qt.Key(event.key())).toCombined()
    return _CAPTURE_KEYS.get(combined)


# -- drawing -----------------------------------------------------------------------------


def _star_path(rect: QRectF) -> QPainterPath:
    from math import cos, pi, sin

    centre, outer = rect.center(), min(rect.width(), rect.height()) / 2
    path = QPainterPath()
    for i in range(10):
        radius = outer if i % 2 == 0 else outer * 0.45
        angle = -pi / 2 + i * pi / 5
        point = QPointF(centre.x() + radius * cos(angle), centre.y() + radius * sin(angle))
        path.moveTo(point) if i == 0 else path.lineTo(point)
    path.closeSubpath()
    return path


def paint_kind(painter: QPainter, rect: QRectF, kind: NoteKind) -> None:
    """A rounded pill in the kind's colour with a white mark (``resources/icons/kinds``)."""
    paint_marker(painter, rect, kind.value, KIND_COLOURS[kind])


def paint_role(painter: QPainter, rect: QRectF, role: Role) -> None:
    """A circle in the role's colour with its letter."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    circle = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ROLE_COLOURS[role]))
    painter.drawEllipse(circle)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(7, round(side * 0.6)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, role_letter(role))
    painter.restore()


def paint_star(painter: QPainter, rect: QRectF, filled: bool = True) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    square = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    colour = QColor(STAR_COLOUR)
    painter.setPen(QPen(colour.darker(115), 1.2))
    painter.setBrush(colour if filled else Qt.BrushStyle.NoBrush)
    painter.drawPath(_star_path(square))
    painter.restore()


def _icon(draw: object, width: int = 26, height: int = 18) -> QIcon:
    pixmap = QPixmap(width * 2, height * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw(painter, QRectF(0, 0, width, height))  # type: ignore[operator]
    painter.end()
    return QIcon(pixmap)


def kind_icon(kind: NoteKind) -> QIcon:
    return _icon(lambda p, r: paint_kind(p, r, kind))


def role_icon(role: Role) -> QIcon:
    return _icon(lambda p, r: paint_role(p, r, role), 18, 18)


def star_icon(filled: bool) -> QIcon:
    return _icon(lambda p, r: paint_star(p, r, filled), 18, 18)
