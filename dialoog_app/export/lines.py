"""How one note reads in the verslag: its text, then kind and source compactly.

A starred note is bold with a ★; a citaat is italic between Dutch quotation marks; the
kind (except a plain uitspraak), the source and the role follow in small grey type, so the
eye runs over the texts and finds the details when it wants them.
"""

from __future__ import annotations

from collections.abc import Callable

from . import dutch
from .model import NoteLine
from .ooxml import BOLD, BOLD_ITALIC, ITALIC, META, STAR, run

STAR_MARK = "★ "
QUOTE_OPEN, QUOTE_CLOSE = "„", "”"
QUOTE_MARKS = "\"'„“”‘’‚«»"
CONCEPT = "concept"  # a draft never saved at its table, brought in by a merge


def note_text(note: NoteLine) -> str:
    """The note's text as printed (a citaat between quotation marks)."""
    if note.kind == "quote" and not note.text.lstrip().startswith(tuple(QUOTE_MARKS)):
        return f"{QUOTE_OPEN}{note.text}{QUOTE_CLOSE}"
    return note.text


def _speaker(note: NoteLine) -> str:
    role = dutch.ROLE.get(note.role, note.role)
    return f"{role}, {note.speaker}" if note.speaker else role


def _kind(note: NoteLine) -> list[str]:
    return [] if note.kind == "statement" else [dutch.KIND.get(note.kind, note.kind)]


def _provenance(note: NoteLine) -> list[str]:
    """``concept`` for a draft a merge brought in, ``laptop Tafel 3`` for a merged note
    typed on another laptop than its table's (see services/minutes_assembly.py)."""
    marks = [CONCEPT] if note.concept else []
    return [*marks, f"laptop {note.origin}"] if note.origin else marks


def meta_at_table(note: NoteLine) -> str:
    """Under its own table and round: ``idee, inwoner`` (``inwoner, J.B.``), then
    ``concept`` or ``laptop …`` when that applies."""
    return ", ".join([*_kind(note), _speaker(note), *_provenance(note)])


def source_of(several_meetings: bool) -> Callable[[NoteLine], str]:
    """Elsewhere (opgaven, appendix): ``Tafel Noord, Dromen; idee, inwoner``."""

    def meta(note: NoteLine) -> str:
        where = [note.table_name]
        if several_meetings:
            where.append(note.meeting_title)
        if note.round_title:
            where.append(note.round_title)
        return (
            ", ".join(where) + "; " + ", ".join([*_kind(note), _speaker(note), *_provenance(note)])
        )

    return meta


def note_runs(note: NoteLine, meta: str) -> str:
    """The runs of one note's paragraph."""
    if note.kind == "quote":
        props = BOLD_ITALIC if note.starred else ITALIC
    else:
        props = BOLD if note.starred else ""
    star = run(STAR_MARK, STAR) if note.starred else ""
    return f"{star}{run(note_text(note), props)}{run(f'  ({meta})', META)}"
