"""Which column holds what, and which cell values mean which kind or role.

Headers and values are matched after folding (case, accents, punctuation), against the
Dutch and English words people use in their spreadsheets. An unknown value is never
guessed silently: it is listed with a default the user can change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from dialoog_app.domain.kinds import NoteKind, Role

E = TypeVar("E", bound=StrEnum)


class Field(StrEnum):
    """What a column can be mapped to; only TEXT is required."""

    TEXT = "text"
    TABLE = "table"
    KIND = "kind"
    ROLE = "role"
    ROUND = "round"
    TIME = "time"
    SPEAKER = "speaker"


@lru_cache(maxsize=8192)  # a spreadsheet repeats its kinds, roles and tables endlessly
def fold(value: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces: "Opmerking(en):" →
    "opmerking en"."""
    value = value.casefold()
    if not value.isascii():  # most Dutch text is; accents are the slow per-character part
        value = unicodedata.normalize("NFKD", value)
        value = "".join(c for c in value if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", value).split())


# Folded header words per field, most telling first.
HEADER_WORDS: dict[Field, tuple[str, ...]] = {
    Field.TEXT: (
        "opmerking",
        "opmerkingen",
        "tekst",
        "text",
        "uitspraak",
        "uitspraken",
        "notitie",
        "notities",
        "note",
        "notes",
        "comment",
        "comments",
        "statement",
        "inbreng",
        "antwoord",
        "answer",
        "omschrijving",
        "beschrijving",
        "wat is er gezegd",
    ),
    Field.TABLE: ("tafel", "tafels", "table", "tafelnaam", "groep", "group"),
    Field.KIND: ("soort", "type", "kind", "categorie", "category", "soort notitie"),
    Field.ROLE: ("rol", "role", "deelnemer", "doelgroep", "wie", "ik ben", "i am"),
    Field.ROUND: ("ronde", "round", "onderdeel", "agenda", "agendapunt", "fase", "phase"),
    Field.TIME: ("tijd", "time", "tijdstip", "datum", "date", "moment", "timestamp"),
    Field.SPEAKER: ("spreker", "speaker", "initialen", "initials", "pseudoniem", "pseudonym"),
}

KIND_WORDS: dict[str, NoteKind] = {
    **{w: NoteKind.STATEMENT for w in ("uitspraak", "statement", "stelling", "opmerking")},
    **{w: NoteKind.IDEA for w in ("idee", "idea", "ideeen", "suggestie", "voorstel", "kans")},
    **{w: NoteKind.CONCERN for w in ("zorg", "concern", "knelpunt", "probleem", "zorgpunt")},
    **{w: NoteKind.QUESTION for w in ("vraag", "question", "vragen")},
    **{w: NoteKind.AGREEMENT for w in ("afspraak", "agreement", "actie", "action", "actiepunt")},
    **{w: NoteKind.QUOTE for w in ("citaat", "quote", "letterlijk")},
}

ROLE_WORDS: dict[str, Role] = {
    **{w: Role.RESIDENT for w in ("inwoner", "inwoners", "resident", "bewoner", "burger")},
    **{
        w: Role.PROFESSIONAL
        for w in (
            "professional",
            "professionals",
            "prof",
            "hulpverlener",
            "zorgverlener",
            "partner",
            "maatschappelijke partner",
            "organisatie",
        )
    },
    **{
        w: Role.CIVIL_SERVANT
        for w in (
            "ambtenaar",
            "ambtenaren",
            "civil servant",
            "civil_servant",
            "gemeente",
            "medewerker gemeente",
            "beleidsmedewerker",
        )
    },
    **{w: Role.OTHER for w in ("anders", "other", "overig", "overige", "onbekend")},
}


def guess_columns(
    columns: Sequence[str], samples: Sequence[Sequence[str]] = ()
) -> dict[Field, str]:
    """Field → column, from the headers; the text column falls back to the longest cells."""
    found: dict[Field, str] = {}
    used: set[str] = set()
    for exact in (True, False):
        for field, words in HEADER_WORDS.items():
            if field in found:
                continue
            for column in columns:
                if column in used:
                    continue
                name = fold(column)
                hit = (
                    name in words
                    if exact
                    else any(re.search(rf"\b{re.escape(w)}\b", name) for w in words)
                )
                if hit:
                    found[field] = column
                    used.add(column)
                    break
    if Field.TEXT not in found and samples:
        free = [i for i, c in enumerate(columns) if c not in used]
        if free:
            best = max(free, key=lambda i: sum(len(r[i]) for r in samples if i < len(r)))
            found[Field.TEXT] = columns[best]
    return found


def looks_like_header(first: Sequence[str], rest: Iterable[Sequence[str]]) -> bool:
    """Whether the first row names the columns: a known header word, or short distinct
    labels above cells that are longer or numeric."""
    if guess_columns(first):
        return True
    labels = [c.strip() for c in first]
    if not all(labels) or len(set(labels)) != len(labels):
        return False
    if any(
        len(label) > 40 or label.replace(",", "").replace(".", "").isdigit() for label in labels
    ):
        return False
    rows = list(rest)
    if not rows:
        return False
    for i, label in enumerate(labels):
        below = [r[i] for r in rows if i < len(r) and r[i].strip()]
        if below and sum(len(v) for v in below) / len(below) > 2 * len(label):
            return True
    return False


def map_value(value: str, words: dict[str, E], enum: type[E]) -> E | None:
    """The kind or role a cell means, or None when it is not known."""
    key = fold(value)
    if not key:
        return None
    if key in words:
        return words[key]
    try:
        return enum(key.replace(" ", "_"))
    except ValueError:
        return None


def value_table(
    values: Iterable[str], words: dict[str, E], enum: type[E], default: E
) -> tuple[dict[str, E], list[str]]:
    """Every distinct (folded) value → its meaning, and the values that were not known
    (mapped to ``default`` until the user says otherwise)."""
    table: dict[str, E] = {}
    unknown: list[str] = []
    for value in values:
        key = fold(value)
        if not key or key in table:
            continue
        meaning = map_value(value, words, enum)
        if meaning is None:
            unknown.append(value.strip())
            meaning = default
        table[key] = meaning
    return table, unknown
