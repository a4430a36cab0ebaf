"""Light and dark: every declared text/background pair is readable (WCAG), the app follows
the system's scheme when it changes, and every screen is photographed in both schemes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui import theme
from dialoog_app.ui.board import style as board_style
from dialoog_app.ui.capture.markers import KIND_COLOURS, ROLE_COLOURS
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.pages import PAGES

SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


@pytest.fixture
def scheme_reset(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, Qt.ColorScheme.Light)  # the next test sees the default


@pytest.mark.parametrize("chosen", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_declared_pair_is_readable(chosen: theme.Theme) -> None:
    too_faint = [
        f"{fg} on {bg}: {ratio:.2f} < {minimum}"
        for fg, bg, minimum in theme.PAIRS
        if (ratio := theme.contrast(getattr(chosen, fg), getattr(chosen, bg))) < minimum
    ]
    assert not too_faint
    # Every colour of the theme is used in some pair: none escapes the check.
    used = {name for fg, bg, _ in theme.PAIRS for name in (fg, bg)}
    assert used == set(theme.COLOUR_NAMES) - {"border"}  # border: a line, not text


@pytest.mark.parametrize("chosen", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_the_boards_painted_words_are_readable(chosen: theme.Theme) -> None:
    """The board paints its cards: the words in a marker's hue (a kind, a priority) on a
    card, and each role's pill, hold to the same 4.5:1 in either scheme."""
    colours = board_style._colours_of(chosen)
    card = colours.card.name()
    pairs = {
        **{
            f"kind {kind}": (colours.marker_ink(c).name(), card)
            for kind, c in board_style.KIND_COLOURS.items()
        },
        **{
            f"priority {n}": (colours.marker_ink(c).name(), card)
            for n, c in enumerate(board_style.PRIORITY_COLOURS)
        },
        **{
            f"role {role}": (colours.role(role)[1].name(), colours.role(role)[0].name())
            for role in board_style.ROLE_COLOURS
        },
        "nobody's pill": (colours.muted.name(), colours.quiet_back.name()),
        "drag badge": (colours.badge_ink.name(), colours.badge_back.name()),
    }
    faint = [
        f"{label}: {ratio:.2f}"
        for label, (ink, back) in pairs.items()
        if (ratio := theme.contrast(ink, back)) < theme.TEXT
    ]
    assert not faint


def test_contrast_is_the_wcag_ratio() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_markers_show_their_white_mark_clearly() -> None:
    faint = [c for c in [*KIND_COLOURS.values(), *ROLE_COLOURS.values()]
             if theme.contrast("#ffffff", c) < theme.LARGE]  # fmt: skip
    assert not faint


def test_the_app_follows_the_system_scheme_when_it_changes(
    qapp: QApplication, scheme_reset: None
) -> None:
    notifier = theme.follow_system(qapp)
    seen: list[theme.Theme] = []
    notifier.changed.connect(seen.append)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert seen == [theme.DARK]
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK.window)
    assert qapp.palette().color(QPalette.ColorRole.WindowText) == QColor(theme.DARK.text)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current() is theme.LIGHT
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT.window)
    notifier.changed.disconnect(seen.append)


def _label_background(label: QLabel) -> QColor:
    """The colour behind a label: the nearest widget that paints its own background."""
    widget: QWidget | None = label
    while widget is not None:
        if widget.autoFillBackground() or widget.testAttribute(
            Qt.WidgetAttribute.WA_StyledBackground
        ):
            return widget.palette().color(widget.backgroundRole())
        widget = widget.parentWidget()
    return label.window().palette().color(QPalette.ColorRole.Window)


def _faint_labels(page: QWidget, key: str) -> list[str]:
    faint = []
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        ink = label.palette().color(label.foregroundRole()).name()
        back = _label_background(label).name()
        if theme.contrast(ink, back) < theme.LARGE:
            faint.append(f"{key}: {label.text()[:30]!r} {ink} on {back}")
    return faint


def _light_share(widget: QWidget) -> float:
    """The share of the widget's painted pixels that are light (lightness > 0.8): what a
    style-sheet check cannot see — cards, columns and walls painted with a QPainter. A dark
    screen has a few (its text); one left light is mostly light."""
    image = widget.grab().toImage()
    image = image.scaled(
        max(1, image.width() // 4),
        max(1, image.height() // 4),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )
    pixels = [
        QColor(image.pixel(x, y)).lightnessF()
        for y in range(image.height())
        for x in range(image.width())
    ]
    return sum(1 for lightness in pixels if lightness > 0.8) / len(pixels)


DARK_ENOUGH = 0.05  # at most this share of light pixels on a dark screen


@pytest.mark.parametrize("name", list(SCHEMES))
def test_every_screen_in_light_and_dark(
    qtbot: QtBot, qapp: QApplication, workspace: Workspace, scheme_reset: None, name: str
) -> None:
    fill_demo(workspace, tables=3, notes=30, opgaven=3, seed=2)
    theme.apply(qapp, SCHEMES[name])
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    faint: list[str] = []
    for row, spec in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.pages[spec.key]
        qtbot.waitUntil(page.isVisible)
        tabs = getattr(page, "tabs", None)  # the agenda: editor, clock, timing report
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            shot = screenshot(window, f"theme_{name}_{spec.key}" + (f"_{tab}" if tab else ""))
            assert shot.stat().st_size > 0
            faint += _faint_labels(page, spec.key)
            if name == "dark" and (share := _light_share(page)) > DARK_ENOUGH:
                faint.append(f"{spec.key}: {share:.0%} of the screen is light")
    window.close()
    assert not faint


def _light_only_colours() -> set[str]:
    """The light scheme's colours that the dark one does not share."""
    dark = {getattr(theme.DARK, name).lower() for name in theme.COLOUR_NAMES}
    return {getattr(theme.LIGHT, name).lower() for name in theme.COLOUR_NAMES} - dark


def test_a_scheme_change_while_running_recolours_every_built_screen(
    qtbot: QtBot, qapp: QApplication, workspace: Workspace, scheme_reset: None
) -> None:
    """The system turns dark at sunset in the middle of an evening: every screen already
    built takes the dark colours at once, style sheets included (no rebuild, no restart)."""
    fill_demo(workspace, tables=3, notes=30, opgaven=3, seed=2)
    theme.follow_system(qapp)  # as make_application does
    theme.apply(qapp, Qt.ColorScheme.Light)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    for row, spec in enumerate(PAGES):  # build every screen while light
        window.nav.setCurrentRow(row)
        qtbot.waitUntil(window.pages[spec.key].isVisible)
    light_sheets = [w for w in window.findChildren(QWidget) if w.property(theme.STYLE_TEMPLATE)]
    assert len(light_sheets) >= 10  # the mechanism is in use, not bypassed

    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the system does

    light_only = _light_only_colours()
    stale = [
        f"{w.objectName() or type(w).__name__}: {colour}"
        for w in window.findChildren(QWidget)
        for colour in light_only
        if colour in w.styleSheet().lower()
    ]
    assert not stale
    nav = window.nav.styleSheet().lower()
    assert theme.DARK.nav.lower() in nav and theme.LIGHT.nav.lower() not in nav
    QApplication.processEvents()
    assert window.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK.window)
    screenshot(window, "theme_switched_to_dark")
    for row, spec in enumerate(PAGES):  # painted colours too: cards, columns, the wall
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
        share = _light_share(window.pages[spec.key])
        if share > DARK_ENOUGH:
            stale.append(f"{spec.key}: {share:.0%} of the screen is still light")
    assert not stale
    window.close()


def test_no_style_sheet_bakes_in_a_theme_colour() -> None:
    """A colour put in a style sheet with theme.colour() would survive a scheme change;
    theme.style() is the one way (dynamic colours, set again at every refresh, may use
    set_style with their own function)."""
    import re
    from pathlib import Path

    import dialoog_app.ui as ui

    call = re.compile(r"\.setStyleSheet\((?:[^()]|\([^()]*\))*\)", re.S)
    baked = [
        f"{path.name}: {match.group(0)[:60]}"
        for path in Path(ui.__file__).parent.rglob("*.py")
        for match in call.finditer(path.read_text("utf-8"))
        if "theme.colour(" in match.group(0)
    ]
    assert not baked
