"""The document's words: Dutch dates and numbers, the names of kinds, roles and priorities.

The minutes are a Dutch document whatever language the app speaks, and the core has no
Qt (so no QLocale): the few names needed are written out here, with no dependency on the
operating system's locale.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named: dialoog info formats dates without the minutes model
    from .model import RoleCounts

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

KIND = {
    "statement": "uitspraak",
    "idea": "idee",
    "concern": "zorg",
    "question": "vraag",
    "agreement": "afspraak",
    "quote": "citaat",
}
ROLE = {
    "resident": "inwoner",
    "professional": "professional",
    "civil_servant": "ambtenaar",
    "other": "anders",
}
ROLE_PLURAL = {
    "resident": ("inwoner", "inwoners"),
    "professional": ("professional", "professionals"),
    "civil_servant": ("ambtenaar", "ambtenaren"),
    "other": ("overige deelnemer", "overige deelnemers"),
}
PRIORITY = {0: "geen", 1: "laag", 2: "middel", 3: "hoog"}
VENUE = {"plenary": "plenair", "tables": "aan tafel", "none": "—"}


def long_date(day: dt.date) -> str:
    """``dinsdag 11 april 2023``."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date) -> str:
    """``11 april 2023``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def number(value: float | None) -> str:
    """``1 234,5``, ``12``, ``—`` for no value: Dutch decimal comma, a space per thousand."""
    if value is None:
        return "—"
    text = f"{value:,.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    return text.replace(",", " ").replace(".", ",")


def clock(moment: dt.time | None) -> str:
    """``19:05``; an empty string for no time."""
    return "" if moment is None else f"{moment.hour:02d}:{moment.minute:02d}"


def minutes(count: int) -> str:
    return "1 minuut" if count == 1 else f"{count} minuten"


def counted(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def role_counts(counts: RoleCounts) -> list[str]:
    """``["8 inwoners", "1 professional"]``: the roles that occur, in the usual order."""
    parts = []
    for key, value in (
        ("resident", counts.residents),
        ("professional", counts.professionals),
        ("civil_servant", counts.civil_servants),
        ("other", counts.others),
    ):
        if value:
            singular, plural = ROLE_PLURAL[key]
            parts.append(counted(value, singular, plural))
    return parts


def enumerate_nl(parts: list[str]) -> str:
    """``a, b en c``."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " en " + parts[-1]
