"""Rules of an agenda item that hold everywhere: sensible lengths, the question on screen."""

from __future__ import annotations

import re

from . import validate
from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

MIN_MINUTES = 1
MAX_MINUTES = 480  # eight hours: anything longer is a typing error, not an agenda item

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def split_instructions(text: str) -> tuple[str, str]:
    """The question for the room (the first paragraph) and the notes for facilitators (the rest).

    One text field holds both, by a convention the editor explains: the first paragraph is
    what the projector shows; what follows is only for the people leading the tables.
    """
    parts = _PARAGRAPH_BREAK.split(text.strip(), maxsplit=1)
    question = parts[0].strip() if parts else ""
    notes = parts[1].strip() if len(parts) > 1 else ""
    return question, notes


def check_minutes(value: int) -> int:
    """A planned length in whole minutes, refused in plain words when it cannot be meant."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(MINUTES_NOT_A_NUMBER)
    if value < MIN_MINUTES:
        raise ValidationError(MINUTES_TOO_SHORT, min=MIN_MINUTES)
    if value > MAX_MINUTES:
        raise ValidationError(MINUTES_TOO_LONG, max=MAX_MINUTES, hours=MAX_MINUTES // 60)
    return value


def parse_minutes(text: str) -> int:
    """What a user typed in a minutes field: ``15``, `` 15 ``; not ``1,5``, ``abc`` or ``0``."""
    cleaned = text.strip()
    if cleaned.lower().endswith("min"):
        cleaned = cleaned[:-3].strip()
    sign = cleaned[:1] if cleaned[:1] in "+-" else ""
    if not cleaned[len(sign) :].isdigit():
        raise ValidationError(MINUTES_NOT_A_NUMBER)
    return check_minutes(int(cleaned))


def check_title(value: str) -> str:
    return validate.title(value, ITEM_NEEDS_TITLE)


ITEM_NEEDS_TITLE = QT_TRANSLATE_NOOP("Errors", "An agenda item needs a title.")
MINUTES_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "Enter the length as a whole number of minutes, for example 15."
)
MINUTES_TOO_SHORT = QT_TRANSLATE_NOOP("Errors", "An agenda item lasts at least {min} minute.")
MINUTES_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors",
    "An agenda item can last at most {max} minutes ({hours} hours); "
    "that looks like a typing error.",
)
