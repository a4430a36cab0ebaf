"""Every rule for what a user may type, in one place (as Taguette's ``validate.py``).

One rule per kind of field, applied by every service that stores user text (notes, drafts,
titles, names, opgave fields, agenda items, templates), so the stored text is exactly what
the screens show and what the Word export writes:

=================  ==========================================================  =========
kind               fields                                                      at most
=================  ==========================================================  =========
title (required)   meeting title, table name, agenda item, opgave, template    200
line (optional)    location, facilitator, speaker (speaker: its column, 100)   200
text (multi-line)  note, instructions, opgave fields, descriptions             100,000
count              participants per role at a table                            0–500
minutes            planned length of an agenda item (whole minutes)            1–480
priority           of an opgave: 0 none, 1 low, 2 medium, 3 high               0–3
=================  ==========================================================  =========

Characters, the same for all: a line break is ``\\n`` whatever it came as (``\\r\\n``, a lone
``\\r``, Word's soft line break ``\\x0b`` pasted from a document, form feed, NEL, U+2028,
U+2029); in a one-line field it becomes a space and runs of spaces become one. Other
control characters (C0 and C1, except tab and line feed) are removed: they cannot be typed,
are invisible, and XML (so Word) refuses them. Half of a surrogate pair (a broken emoji
from a bad paste) cannot be stored as UTF-8 at all: it is refused in words, never a crash.
"""

from __future__ import annotations

import re

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

MAX_TITLE = 200  # the columns' size; a longer "title" is a paragraph in the wrong field
MAX_LINE = 200
MAX_SPEAKER = 100  # initials or a pseudonym, not a name and address
MAX_TEXT = 100_000  # ten pages of text; a runaway paste is refused, not cut off
MAX_PARTICIPANTS = 500
MIN_MINUTES = 1
MAX_MINUTES = 480  # eight hours: anything longer is a typing error, not an agenda item
PRIORITIES = range(0, 4)

_LINE_BREAK = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# After line breaks are made "\n": what is left of C0/C1 (not tab or newline), and the two
# non-characters XML 1.0 refuses.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# One search tells whether there is anything to do: the common case costs one scan.
_UNUSUAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")

TITLE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A title can be at most {max} characters long.")
LINE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "This field can hold at most {max} characters.")
SPEAKER_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "A speaker's initials or pseudonym can be at most {max} characters."
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "A text can hold at most {max} characters; split it into several."
)
NOTE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "A note can hold at most {max} characters; split it into several."
)
BROKEN_CHARACTER = QT_TRANSLATE_NOOP(
    "Errors",
    "The text contains a broken character (half of an emoji or a symbol, usually from a "
    "paste). Remove it or type it again.",
)
COUNT_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "A number of participants must be between 0 and {max}."
)
MINUTES_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "Enter the length as a whole number of minutes, for example 15."
)
MINUTES_TOO_SHORT = QT_TRANSLATE_NOOP("Errors", "An agenda item lasts at least {min} minute.")
MINUTES_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors",
    "An agenda item can last at most {max} minutes ({hours} hours); "
    "that looks like a typing error.",
)
PRIORITY_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "A priority is a number from 0 (none) to 3 (high)."
)


def clean_text(value: str, *, broken: str | None = None) -> str:
    """Line breaks made ``\\n``, control characters removed; the text otherwise exact.

    Half a surrogate pair is refused, or, with ``broken`` given, replaced by it (for text
    that is kept without asking, such as a draft, so nothing typed is lost).
    """
    if value.isprintable() or not _UNUSUAL.search(value):  # isprintable: one fast C pass
        return value
    if _SURROGATE.search(value):
        if broken is None:
            raise ValidationError(BROKEN_CHARACTER)
        value = _SURROGATE.sub(broken, value)
    return _CONTROL.sub("", _LINE_BREAK.sub("\n", value))


def clean_line(value: str, *, broken: str | None = None) -> str:
    """One line: any whitespace run (a pasted line break too) is one space; no edges."""
    return " ".join(clean_text(value, broken=broken).split())


def _limit(value: str, most: int, message: str) -> str:
    if len(value) > most:
        raise ValidationError(message, max=f"{most:,}".replace(",", "."))
    return value


def title(value: str, needs: str) -> str:
    """A required one-line title or name; ``needs`` is the message for a blank one."""
    value = clean_line(value)
    if not value:
        raise ValidationError(needs)
    return _limit(value, MAX_TITLE, TITLE_TOO_LONG)


def line(value: str | None) -> str:
    """An optional one-line field (location, facilitator)."""
    return _limit(clean_line(value or ""), MAX_LINE, LINE_TOO_LONG)


def speaker(value: str | None) -> str:
    return _limit(clean_line(value or ""), MAX_SPEAKER, SPEAKER_TOO_LONG)


def text(value: str | None) -> str:
    """An optional multi-line field, without blank lines around it (instructions, causes)."""
    return _limit(clean_text(value or "").strip(), MAX_TEXT, TEXT_TOO_LONG)


def note_text(value: str) -> str:
    """A note exactly as typed (indents and blank lines kept), within the same limit."""
    return _limit(clean_text(value), MAX_TEXT, NOTE_TOO_LONG)


def count(value: int) -> int:
    if isinstance(value, bool) or not 0 <= value <= MAX_PARTICIPANTS:
        raise ValidationError(COUNT_OUT_OF_RANGE, max=MAX_PARTICIPANTS)
    return value


def minutes(value: int) -> int:
    """A planned length in whole minutes, refused in plain words when it cannot be meant."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(MINUTES_NOT_A_NUMBER)
    if value < MIN_MINUTES:
        raise ValidationError(MINUTES_TOO_SHORT, min=MIN_MINUTES)
    if value > MAX_MINUTES:
        raise ValidationError(MINUTES_TOO_LONG, max=MAX_MINUTES, hours=MAX_MINUTES // 60)
    return value


def parse_minutes(typed: str) -> int:
    """What a user typed in a minutes field: ``15``, `` 15 ``; not ``1,5``, ``abc`` or ``0``."""
    cleaned = typed.strip()
    if cleaned.lower().endswith("min"):
        cleaned = cleaned[:-3].strip()
    sign = cleaned[:1] if cleaned[:1] in "+-" else ""
    if not cleaned[len(sign) :].isdigit():
        raise ValidationError(MINUTES_NOT_A_NUMBER)
    return minutes(int(cleaned))


def priority(value: int) -> int:
    if isinstance(value, bool) or value not in PRIORITIES:
        raise ValidationError(PRIORITY_OUT_OF_RANGE)
    return value
