"""The "Namen in notities" check: likely personal names in note texts, and replacing them.

A replacement is one unit of work and returns the texts before and after, so the screen
can undo and redo it exactly (``write_texts``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select

from dialoog_app import paths
from dialoog_app.domain.names import find_names
from dialoog_app.store.models import DialogueTable, Meeting, Note

from .events import Topic
from .workspace import Workspace

DEFAULT_REPLACEMENT = "[naam]"


class NameHit(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    speaker: bool  # the initials of a speaker recorded in this project
    note_ids: tuple[str, ...]


class NoteText(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    where: str  # "Avond 1 — Tafel 2"


class TextChange(BaseModel):
    model_config = ConfigDict(frozen=True)

    before: dict[str, str]
    after: dict[str, str]


@cache
def common_words() -> frozenset[str]:
    path = paths.resource("wordlists", "nl_common.txt")
    lines = path.read_text("utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def _read(ws: Workspace) -> tuple[list[NoteText], list[str]]:
    """The live notes in meeting, table and time order, and the speakers recorded."""
    with ws.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Note.id, Note.text, Meeting.title, DialogueTable.name)
            .join(DialogueTable, DialogueTable.id == Note.table_id)
            .join(Meeting, Meeting.id == DialogueTable.meeting_id)
            .where(Note.deleted_at.is_(None))
            .order_by(Meeting.position, DialogueTable.position, Note.noted_at)
        ).all()
        speakers = uow.session.scalars(
            select(Note.speaker).where(Note.speaker != "").distinct()
        ).all()
    notes = [NoteText(id=i, text=t, where=f"{m} — {n}") for i, t, m, n in rows]
    return notes, list(speakers)


def find_names_in_notes(ws: Workspace) -> list[NameHit]:
    """Every likely name with the notes it occurs in; most frequent first."""
    notes, speakers = _read(ws)
    common = common_words()
    found: dict[str, list[str]] = defaultdict(list)
    for note in notes:
        for name in find_names(note.text, common):
            found[name].append(note.id)
    hits = [NameHit(name=n, speaker=n in speakers, note_ids=tuple(ids)) for n, ids in found.items()]
    for speaker in speakers:
        pattern = _pattern(speaker)
        ids = tuple(n.id for n in notes if pattern.search(n.text))
        if ids and speaker not in found:
            hits.append(NameHit(name=speaker, speaker=True, note_ids=ids))
    return sorted(hits, key=lambda h: (-len(h.note_ids), h.name.casefold()))


def notes_by_id(ws: Workspace, ids: Iterable[str]) -> list[NoteText]:
    wanted = set(ids)
    return [n for n in _read(ws)[0] if n.id in wanted]


def replace_names(
    ws: Workspace, names: Iterable[str], replacement: str = DEFAULT_REPLACEMENT
) -> TextChange:
    """Replace every whole-word occurrence of ``names`` in all live notes, in one step."""
    patterns = [_pattern(n) for n in sorted(set(names), key=len, reverse=True) if n]
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    with ws.unit_of_work() as uow:
        for note in uow.session.scalars(select(Note).where(Note.deleted_at.is_(None))):
            text = note.text
            for pattern in patterns:
                text = pattern.sub(replacement, text)
            if text != note.text:
                before[note.id], after[note.id] = note.text, text
                note.text = text
        uow.changed(Topic.NOTES)
    return TextChange(before=before, after=after)


def write_texts(ws: Workspace, texts: dict[str, str]) -> None:
    """Put these texts back (the undo and redo of a replacement)."""
    with ws.unit_of_work() as uow:
        for note in uow.session.scalars(select(Note).where(Note.id.in_(list(texts)))):
            note.text = texts[note.id]
        uow.changed(Topic.NOTES)
