"""Small layout helpers shared by the clock views."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def keep_place_when_hidden(widget: QWidget) -> None:
    """Reserve the widget's room while hidden, so nothing jumps when it appears."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def sized_font(base: QFont, points: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSize(points)
    font.setBold(bold)
    return font


def set_style(widget: QWidget, css: str) -> None:
    """Restyle only on a change: a style sheet re-polishes the widget, four times a second."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)
