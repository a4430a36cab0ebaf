"""Colours and words of the board, so each colour means one thing everywhere.

The coloured bar on the left of a card is the statement's *kind*; the pill on the right
(and in an opgave's support line) is the speaker's *role*. Colours are muted so a wall of
two hundred cards stays calm, and every colour also comes with a word (colour-blind users).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from dialoog_app.domain.kinds import NOTE_KIND_LABELS, ROLE_LABELS, NoteKind, Role
from dialoog_app.domain.sources import NoteSource
from dialoog_app.services.board import NoteCard

ACCENT = QColor("#1f5f8b")
INK = QColor("#22272e")
MUTED = QColor("#5f6773")
CARD = QColor("#ffffff")
CARD_BORDER = QColor("#d8d3ca")
SELECTED = QColor("#e3eef7")
WALL = "#f3f1ec"  # the board's background: paper, like the navigation

KIND_COLOURS: dict[str, QColor] = {
    NoteKind.STATEMENT: QColor("#8a96a8"),  # neutral slate: most cards are this
    NoteKind.IDEA: QColor("#3f9b63"),  # green: something to build on
    NoteKind.CONCERN: QColor("#d0643b"),  # orange-red: a bottleneck
    NoteKind.QUESTION: QColor("#8466b8"),  # purple: open, to find out
    NoteKind.AGREEMENT: QColor("#2a7fb0"),  # blue: a commitment
    NoteKind.QUOTE: QColor("#c49a2c"),  # amber: someone's own words
}

# (pill background, pill text) per role.
ROLE_COLOURS: dict[str, tuple[QColor, QColor]] = {
    Role.RESIDENT: (QColor("#f7e3c3"), QColor("#6b4300")),
    Role.PROFESSIONAL: (QColor("#d6e6f5"), QColor("#1b4a72")),
    Role.CIVIL_SERVANT: (QColor("#e4def2"), QColor("#463673")),
    Role.OTHER: (QColor("#e8e8e8"), QColor("#4a4a4a")),
}


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
    return ROLE_COLOURS.get(role, ROLE_COLOURS[Role.OTHER])


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
