"""An agenda item's question on screen; its lengths and title follow ``validate.py``."""

from __future__ import annotations

import re

from .i18n import QT_TRANSLATE_NOOP

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


ITEM_NEEDS_TITLE = QT_TRANSLATE_NOOP("Errors", "An agenda item needs a title.")
