"""Colours and words of the board, so each colour means one thing everywhere.

The coloured bar on the left of a card is the statement's *kind*; the pill on the right
(and in an opgave's support line) is the speaker's *role*. Colours are muted so a wall of
two hundred cards stays calm, and every colour also comes with a word (colour-blind users).
The wall, cards, borders and words take the theme's colours (light or dark, see
``colours()``); only the markers keep their hue in both schemes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from dialoog_app.domain.kinds import NOTE_KIND_LABELS, ROLE_LABELS, NoteKind, Role
from dialoog_app.domain.sources import NoteSource
from dialoog_app.services.board import NoteCard

from .. import theme

KIND_COLOURS: dict[str, QColor] = {
    NoteKind.STATEMENT: QColor("#8a96a8"),  # neutral slate: most cards are this
    NoteKind.IDEA: QColor("#3f9b63"),  # green: something to build on
    NoteKind.CONCERN: QColor("#d0643b"),  # orange-red: a bottleneck
    NoteKind.QUESTION: QColor("#8466b8"),  # purple: open, to find out
    NoteKind.AGREEMENT: QColor("#2a7fb0"),  # blue: a commitment
    NoteKind.QUOTE: QColor("#c49a2c"),  # amber: someone's own words
}

# An opgave's priority, none to high: markers, like the kinds.
PRIORITY_COLOURS = (QColor("#9aa0a8"), QColor("#6f8fa8"), QColor("#c28a1e"), QColor("#c0462b"))

# (pill background, pill text) per role: pale pills with dark words on light cards, deep
# pills with pale words on dark cards — the same hue, so a role looks alike in both.
ROLE_COLOURS: dict[str, tuple[str, str]] = {
    Role.RESIDENT: ("#f7e3c3", "#6b4300"),
    Role.PROFESSIONAL: ("#d6e6f5", "#1b4a72"),
    Role.CIVIL_SERVANT: ("#e4def2", "#463673"),
    Role.OTHER: ("#e8e8e8", "#4a4a4a"),
}
ROLE_COLOURS_DARK: dict[str, tuple[str, str]] = {
    Role.RESIDENT: ("#5a4220", "#f7e3c3"),
    Role.PROFESSIONAL: ("#23405c", "#d6e6f5"),
    Role.CIVIL_SERVANT: ("#3b3160", "#e4def2"),
    Role.OTHER: ("#44484d", "#e8e8e8"),
}


@dataclass(frozen=True)
class BoardColours:
    """The board's colours in one scheme, all from the theme's roles (ui/theme.py) but the
    kind and role markers. Painting asks ``colours()`` each time, so a change of scheme
    shows at the next repaint."""

    wall: QColor  # the board's background: paper, like the navigation
    card: QColor
    border: QColor
    ink: QColor
    muted: QColor
    accent: QColor
    selected: QColor  # a selected card, a column being dropped on, the near-duplicate badge
    quiet_back: QColor  # a support pill of a role nobody spoke for
    badge_back: QColor  # the drag badge
    badge_ink: QColor
    dark: bool

    def marker_ink(self, marker: QColor) -> QColor:
        """Words in a marker's hue (a kind's name, a priority) that read on a card."""
        return marker.lighter(150) if self.dark else marker.darker(135)

    def role(self, role: str) -> tuple[QColor, QColor]:
        pills = ROLE_COLOURS_DARK if self.dark else ROLE_COLOURS
        back, ink = pills.get(role, pills[Role.OTHER])
        return QColor(back), QColor(ink)


@lru_cache(maxsize=2)
def _colours_of(scheme: theme.Theme) -> BoardColours:
    def c(name: str) -> QColor:
        return QColor(getattr(scheme, name))

    return BoardColours(
        wall=c("nav"),
        card=c("base"),
        border=c("border"),
        ink=c("text"),
        muted=c("muted"),
        accent=c("accent"),
        selected=c("selected"),
        quiet_back=c("track"),
        badge_back=c("highlight"),
        badge_ink=c("on_highlight"),
        dark=scheme.dark,
    )


def colours() -> BoardColours:
    """The board's colours in the scheme shown now."""
    return _colours_of(theme.current())


def on_wall(
    widget: QWidget,
    background: QPalette.ColorRole = QPalette.ColorRole.Base,
    text: QPalette.ColorRole = QPalette.ColorRole.Text,
) -> None:
    """Give ``widget`` the wall's colours, and again whenever the scheme changes (an event
    filter: for a few widgets only — a filter in Python on each of sixty lists would see
    every one of their events; a list calls ``paint_on_wall`` from its ``changeEvent``)."""
    paint_on_wall(widget, background, text)
    widget.installEventFilter(_WallFollower(widget, background, text))


def paint_on_wall(
    widget: QWidget,
    background: QPalette.ColorRole = QPalette.ColorRole.Base,
    text: QPalette.ColorRole = QPalette.ColorRole.Text,
) -> None:
    """The wall's colours of the scheme shown now, as ``widget``'s palette (a palette, not a
    style sheet: style sheets on dozens of lists make the board slow)."""
    now = colours()
    palette = widget.palette()
    if palette.color(background) == now.wall and palette.color(text) == now.ink:
        return  # already so (the palette change this causes comes back here)
    palette.setColor(background, now.wall)
    palette.setColor(text, now.ink)
    widget.setPalette(palette)


class _WallFollower(QObject):
    """A change of the application's palette (the scheme) reaches a widget with a palette
    of its own as a PaletteChange; its wall colours are then set again."""

    def __init__(
        self, widget: QWidget, background: QPalette.ColorRole, text: QPalette.ColorRole
    ) -> None:
        super().__init__(widget)
        self.roles = (background, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            paint_on_wall(watched, *self.roles)
        return False


def priority_labels() -> list[str]:
    # Translated when asked, not at import time (the translator may load later).
    return [
        QCoreApplication.translate("BoardStyle", "no priority"),
        QCoreApplication.translate("BoardStyle", "low priority"),
        QCoreApplication.translate("BoardStyle", "medium priority"),
        QCoreApplication.translate("BoardStyle", "high priority"),
    ]


def kind_colour(kind: str) -> QColor:
    return KIND_COLOURS.get(kind, KIND_COLOURS[NoteKind.STATEMENT])


def role_colours(role: str) -> tuple[QColor, QColor]:
    return colours().role(role)


def kind_label(kind: str) -> str:
    try:
        source = NOTE_KIND_LABELS[NoteKind(kind)]
    except ValueError:
        return kind
    return QCoreApplication.translate("Vocabulary", source)


def role_label(role: str) -> str:
    try:
        source = ROLE_LABELS[Role(role)]
    except ValueError:
        return role
    return QCoreApplication.translate("Vocabulary", source)


def clock_time(card: NoteCard) -> str:
    local = card.noted_at.astimezone()
    return f"{local.hour:02d}:{local.minute:02d}"


def source_line(card: NoteCard) -> str:
    """Where a statement comes from, in one line: table · round."""
    if card.source == NoteSource.SURVEY:  # the survey's marker on every card
        text = QCoreApplication.translate("BoardStyle", "Survey: {question}")
        return text.format(question=card.agenda_title)
    return " · ".join(p for p in (card.table_name, card.agenda_title) if p)


def tooltip(card: NoteCard) -> str:
    """The full text and where it came from: meeting, table, round, time."""
    translate = QCoreApplication.translate
    rows = [
        (translate("BoardStyle", "Meeting"), card.meeting_title),
        (translate("BoardStyle", "Table"), card.table_name),
        (translate("BoardStyle", "Round"), card.agenda_title or "—"),
        (translate("BoardStyle", "Time"), clock_time(card)),
        (translate("BoardStyle", "Kind"), kind_label(card.kind)),
        (translate("BoardStyle", "Role"), role_label(card.role)),
    ]
    if card.speaker:
        rows.append((translate("BoardStyle", "Speaker"), card.speaker))
    if card.origin:
        rows.append((translate("BoardStyle", "Laptop"), card.origin))
    if card.concept:
        rows.append(
            (translate("BoardStyle", "Status"), translate("BoardStyle", "concept (never saved)"))
        )
    star = " ★" if card.starred else ""
    table = "".join(f"<tr><td><i>{_esc(k)}</i>&nbsp;</td><td>{_esc(v)}</td></tr>" for k, v in rows)
    return f"<p style='max-width: 28em'>{_esc(card.text)}{star}</p><table>{table}</table>"


def count(number: int) -> str:
    return QLocale().toString(number)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
