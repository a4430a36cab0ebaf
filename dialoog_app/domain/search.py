"""The one free-text search rule, used by every search box (capture list, board pool,
the opgave chooser) and by ``notes.search_notes``.

A query is split into words; an entry matches when it contains every word, anywhere, in
any case, in any script (Python's Unicode case folding: "ÇAY" finds "çay", "STRASSE"
finds "Straße"). A note is searched in its text and its speaker's pseudonym.
"""

from __future__ import annotations

from collections.abc import Sequence


def words(query: str) -> list[str]:
    """The words of a query, case-folded; none for a blank query (everything matches)."""
    return query.casefold().split()


def folded(*fields: str) -> str:
    """What is searched, folded once (lists keep it per entry, so a keystroke is cheap)."""
    return "\n".join(fields).casefold()


def note_haystack(text: str, speaker: str) -> str:
    return folded(text, speaker)


def found(query_words: Sequence[str], haystack: str) -> bool:
    """Whether ``haystack`` (from ``folded``) holds every one of ``query_words``."""
    return all(word in haystack for word in query_words)
