"""The SVG icons of the navigation and the note kinds (resources/icons/)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialoog_app.domain.kinds import NoteKind
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui import icons, theme
from dialoog_app.ui.capture.markers import KIND_COLOURS, paint_kind
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.pages import PAGES


@pytest.fixture
def light_again(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, Qt.ColorScheme.Light)


def _colours(image: QImage) -> set[str]:
    """The opaque colours of an image (antialiased edges left out)."""
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                found.add(pixel.name())
    return found


def test_every_screen_has_its_icon_in_the_navigation(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    for row, spec in enumerate(PAGES):
        item = window.nav.item(row)
        assert not item.icon().isNull(), spec.key
        pixmap = item.icon().pixmap(QSize(22, 22))
        assert _colours(pixmap.toImage()), f"{spec.key}: the icon draws nothing"
    window.close()


def test_a_screen_icon_follows_the_scheme_and_the_selection(
    qapp: QApplication, light_again: None
) -> None:
    icon = icons.screen_icon("meetings")
    theme.apply(qapp, Qt.ColorScheme.Light)
    assert theme.LIGHT.text.lower() in _colours(icon.pixmap(QSize(48, 48)).toImage())
    selected = icon.pixmap(QSize(48, 48), QIcon.Mode.Selected).toImage()
    assert theme.LIGHT.on_highlight.lower() in _colours(selected)
    theme.apply(qapp, Qt.ColorScheme.Dark)  # no new icon: the same one, painted again
    dark = _colours(icon.pixmap(QSize(48, 48)).toImage())
    assert theme.DARK.text.lower() in dark and theme.LIGHT.text.lower() not in dark


@pytest.mark.parametrize("kind", list(NoteKind))
def test_each_kind_has_its_marker_in_its_colour_with_a_white_mark(kind: NoteKind) -> None:
    image = QImage(52, 36, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_kind(painter, QRectF(0, 0, 52, 36), kind)
    painter.end()
    colours = _colours(image)
    assert QColor(KIND_COLOURS[kind]).name() in colours
    assert "#ffffff" in colours  # the mark that tells the kinds apart without colour


def test_the_kind_markers_differ_from_each_other() -> None:
    drawn = set()
    for kind in NoteKind:
        image = QImage(26, 18, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.black)
        painter = QPainter(image)
        paint_kind(painter, QRectF(0, 0, 26, 18), kind)
        painter.end()
        # Only the white mark: a colour-blind reader must still tell them apart.
        mark = bytes(
            int(image.pixelColor(x, y).name() == "#ffffff")
            for y in range(image.height())
            for x in range(image.width())
        )
        drawn.add(mark)
    assert len(drawn) == len(NoteKind)


def test_a_broken_icon_file_is_reported_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    icons.renderer.cache_clear()
    monkeypatch.setattr(icons, "_source", lambda folder, name: "<svg")
    with pytest.raises(ValueError, match="icons/kinds/idea.svg"):
        icons.renderer("kinds", "idea", "#000000")
    icons.renderer.cache_clear()
