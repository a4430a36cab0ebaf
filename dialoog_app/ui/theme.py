"""Light and dark colours, in one place, following the system's colour scheme.

Every colour a screen sets by hand (a style sheet, a painted card) comes from here, so a
dark system never gives dark text on a dark background. ``PAIRS`` declares which
colours are drawn on which, and the contrast test holds each pair to WCAG: 4.5:1 for
text, 3:1 for markers and large text (the countdown).

Widgets read the colours when they are built or painted; a scheme change while the app
runs re-applies the palette at once, and the hand-set colours of screens already built
follow when the project is next opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True)
class Theme:
    dark: bool
    window: str  # the screens' background
    base: str  # fields, lists, cards
    text: str
    muted: str  # hints, counts, secondary lines
    accent: str  # headings and links in the accent colour, on window/base
    highlight: str  # a selected row, a checked button
    on_highlight: str
    selected: str  # a soft selection (current note, current agenda item)
    nav: str  # the navigation column
    border: str
    track: str  # a progress bar's empty part
    soft: str  # a notice's background (a warning on the clock)
    error: str
    warning: str
    overrun: str
    idle: str  # the countdown before it starts: large text
    star: str  # a marker


LIGHT = Theme(
    dark=False,
    window="#f7f6f3",
    base="#ffffff",
    text="#1d252b",
    muted="#56626a",
    accent="#1f5f8b",
    highlight="#1f5f8b",
    on_highlight="#ffffff",
    selected="#dceaf6",
    nav="#f3f1ec",
    border="#c9d1d8",
    track="#e4e1da",
    soft="#fbf3e6",
    error="#b3261e",
    warning="#9a5b00",
    overrun="#b3261e",
    idle="#7d878d",
    star="#b07d00",
)

DARK = Theme(
    dark=True,
    window="#1e2328",
    base="#262c32",
    text="#e8eaed",
    muted="#b4bec5",
    accent="#8cc4ee",
    highlight="#2f6d9a",
    on_highlight="#ffffff",
    selected="#2c4a63",
    nav="#171b1f",
    border="#4a535c",
    track="#3a4148",
    soft="#3a3222",
    error="#ff8a80",
    warning="#ffb547",
    overrun="#ff6f61",
    idle="#8d979e",
    star="#f0c14b",
)

COLOUR_NAMES = [f.name for f in fields(Theme) if f.name != "dark"]

# (foreground, background, minimum contrast): every pair a screen draws.
TEXT, LARGE = 4.5, 3.0
PAIRS: list[tuple[str, str, float]] = [
    *[
        (fg, bg, TEXT)
        for fg in ("text", "muted", "accent", "error", "warning")
        for bg in ("window", "base", "nav")
    ],
    ("text", "selected", TEXT),
    ("muted", "selected", TEXT),
    ("text", "soft", TEXT),
    ("warning", "soft", TEXT),
    ("overrun", "soft", TEXT),
    ("overrun", "base", TEXT),
    ("on_highlight", "highlight", TEXT),
    ("idle", "base", LARGE),
    ("idle", "window", LARGE),
    ("star", "base", LARGE),
    ("accent", "track", LARGE),  # the progress bar's filled part on its track
]


class _Notifier(QObject):
    changed = Signal(object)  # the new Theme


_current: Theme = LIGHT
_notifier: _Notifier | None = None


def current() -> Theme:
    return _current


def colour(name: str) -> str:
    """A colour of the current scheme by role name, for a style sheet: ``#rrggbb``."""
    return str(getattr(_current, name))


# The style sheet a widget was given through style(), as a template: kept on the widget
# itself, so a change of scheme re-colours every such widget alive and nothing else.
STYLE_TEMPLATE = "dialoogStyleTemplate"
_ROLE = re.compile(r"@(\w+)")


def style(widget: QWidget, template: str) -> None:
    """Give ``widget`` a style sheet whose ``@role`` words are the current scheme's colours
    (``"color: @muted;"``, ``f"color: @{role};"``), re-coloured when the scheme changes while
    the app runs (``apply``). The one way to put a theme colour in a style sheet: a colour
    baked in with ``colour()`` would stay light after a switch to dark (test_theme checks
    that no style sheet does). Setting the same template again does nothing, so a clock may
    call it four times a second without re-polishing the widget."""
    filled = _filled(template)
    if widget.property(STYLE_TEMPLATE) == template and widget.styleSheet() == filled:
        return
    widget.setProperty(STYLE_TEMPLATE, template)
    widget.setStyleSheet(filled)


def _filled(template: str) -> str:
    return _ROLE.sub(lambda match: colour(match.group(1)), template)


def _restyle_all() -> None:
    """Re-colour the style sheets set through ``style()`` (the palette does the rest)."""
    if not isinstance(QCoreApplication.instance(), QApplication):
        return
    for widget in QApplication.allWidgets():
        template = widget.property(STYLE_TEMPLATE)
        if isinstance(template, str):
            widget.setStyleSheet(_filled(template))
        elif sheet := widget.styleSheet():
            # A widget styled by a sheet took its palette when it was polished; set again,
            # its sheet polishes it anew, in the new palette (else: dark words on dark).
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def qcolour(name: str) -> QColor:
    return QColor(colour(name))


def system_scheme() -> Qt.ColorScheme:
    return QGuiApplication.styleHints().colorScheme()


def for_scheme(scheme: Qt.ColorScheme) -> Theme:
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT  # Unknown: light


def palette(theme: Theme) -> QPalette:
    pal = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, value in (
        (role.Window, theme.window),
        (role.WindowText, theme.text),
        (role.Base, theme.base),
        (role.AlternateBase, theme.window),
        (role.Text, theme.text),
        (role.Button, theme.base),
        (role.ButtonText, theme.text),
        (role.ToolTipBase, theme.base),
        (role.ToolTipText, theme.text),
        (role.PlaceholderText, theme.muted),
        (role.Highlight, theme.highlight),
        (role.HighlightedText, theme.on_highlight),
        (role.Link, theme.accent),
        (role.LinkVisited, theme.accent),
        (role.BrightText, theme.error),
        (role.Light, QColor(theme.base).lighter(130).name()),
        (role.Midlight, QColor(theme.base).lighter(115).name()),
        (role.Mid, theme.border),
        (role.Dark, QColor(theme.border).darker(130).name()),
        (role.Shadow, "#000000"),
    ):
        pal.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor(theme.idle))
    return pal


def apply(app: QGuiApplication, scheme: Qt.ColorScheme | None = None) -> Theme:
    """Colour the app for ``scheme`` (default: the system's) and tell who listens."""
    global _current
    _current = for_scheme(system_scheme() if scheme is None else scheme)
    app.setPalette(palette(_current))
    _restyle_all()
    if _notifier is not None:
        _notifier.changed.emit(_current)
    return _current


def follow_system(app: QGuiApplication) -> _Notifier:
    """Apply the system's scheme now and whenever it changes (Qt 6.5+)."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier(app)
        app.styleHints().colorSchemeChanged.connect(lambda scheme: apply(app, scheme))
    apply(app)
    return _notifier


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two colours, 1 to 21."""

    def luminance(hex_colour: str) -> float:
        c = QColor(hex_colour)
        channels = [c.redF(), c.greenF(), c.blueF()]
        lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
