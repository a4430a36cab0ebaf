"""The app's SVG icons (``resources/icons/<set>/<name>.svg``), drawn in the colours of the
moment.

The files use ``currentColor`` for what takes a colour: a screen's icon follows the theme
(``text``; ``on_highlight`` on the selected navigation row), a kind's marker takes the kind's
own colour with a white mark. A screen icon is a ``QIconEngine`` that renders when painted,
so a scheme change while the app runs re-colours it with everything else (``ui/theme.py``).
The renderers are parsed once per file and colour.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from dialoog_app import paths

from . import theme


@cache
def _source(folder: str, name: str) -> str:
    return paths.resource("icons", folder, f"{name}.svg").read_text("utf-8")


@cache
def renderer(folder: str, name: str, colour: str) -> QSvgRenderer:
    """The icon ``folder/name`` with ``currentColor`` as ``colour`` (``#rrggbb``)."""
    svg = _source(folder, name).replace("currentColor", colour)
    loaded = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not loaded.isValid():
        raise ValueError(f"not a valid SVG icon: icons/{folder}/{name}.svg")
    return loaded


class _ThemedIcon(QIconEngine):
    """An icon in a theme role's colour, looked up each time it is painted."""

    def __init__(self, folder: str, name: str, role: str, selected_role: str) -> None:
        super().__init__()
        self.folder, self.name = folder, name
        self.role, self.selected_role = role, selected_role

    def _role(self, mode: QIcon.Mode) -> str:
        if mode == QIcon.Mode.Selected:
            return self.selected_role
        return "idle" if mode == QIcon.Mode.Disabled else self.role

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        colour = theme.colour(self._role(mode))
        renderer(self.folder, self.name, colour).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QPixmap(size)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return image

    def clone(self) -> QIconEngine:
        return _ThemedIcon(self.folder, self.name, self.role, self.selected_role)


def screen_icon(key: str) -> QIcon:
    """The navigation icon of a screen (``ui/pages.py`` key), in the theme's text colour."""
    return QIcon(_ThemedIcon("screens", key, "text", "on_highlight"))


def paint_marker(painter: QPainter, rect: QRectF, name: str, colour: str) -> None:
    """A kind's marker (``icons/kinds/<name>.svg``) in ``colour``, filling ``rect``."""
    renderer("kinds", name, colour).render(painter, rect)
