"""Reading a table's notes: plain SQL on the open project's read connection, no ORM.

The Tafel screen is where the app reopens after a crash, in the middle of an evening; it
lists the table's notes before its first paint, so that list is read here, without
SQLAlchemy or pydantic (store/project_file.py, ui/warm_up.py). ``services/notes`` saves and
changes notes, and returns the same ``NoteRow``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from dialoog_app.domain import search
from dialoog_app.domain.errors import GoneError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.domain.kinds import NoteKind, Role
from dialoog_app.store.reader import utc

from .reading import Readable

# services/rows.py says it with these words too (one way to say "not found").
NOTE_GONE = QT_TRANSLATE_NOOP("Errors", "That note no longer exists.")


class NoteRow(NamedTuple):
    id: str
    table_id: str
    agenda_item_id: str | None
    text: str
    kind: NoteKind
    role: Role
    speaker: str
    starred: bool
    noted_at: datetime
    created_at: datetime
    deleted_at: datetime | None = None
    concept: bool = False  # a laptop's unsaved draft, brought in by a merge

    @property
    def order_key(self) -> tuple[datetime, datetime, str]:
        """The order of a table's list: time noted, then time saved (see ``list_notes``)."""
        return (self.noted_at, self.created_at, self.id)

    @classmethod
    def typed(cls, values: Sequence[Any]) -> NoteRow:
        """From the columns in ``NoteRow``'s order, as the ORM's types give them."""
        (id_, table, item, text, kind, role, speaker, starred, noted, created, deleted,
         concept) = values  # fmt: skip
        return cls(id_, table, item, text, NoteKind(kind), Role(role), speaker, bool(starred),
                   noted, created, deleted, bool(concept))  # fmt: skip

    @classmethod
    def stored(cls, values: Sequence[Any]) -> NoteRow:
        """From the same columns as SQLite stores them (store/reader.py converts)."""
        *head, noted, created, deleted, concept = values
        return cls.typed((*head, utc(noted), utc(created), utc(deleted), concept))


COLUMNS = ", ".join(NoteRow._fields)
# noted_at first (the index ix_note_table_noted serves it); created_at and id break ties
# deterministically (notes typed within one tick of a fake or coarse clock).
IN_ORDER = " ORDER BY noted_at, created_at, id"


def list_notes(source: Readable, table_id: str) -> list[NoteRow]:
    """A table's live notes, oldest first: one indexed query."""
    with source.read() as db:
        rows = db.execute(
            f"SELECT {COLUMNS} FROM note WHERE table_id = ? AND deleted_at IS NULL" + IN_ORDER,
            (table_id,),
        ).fetchall()
    return [NoteRow.stored(row) for row in rows]


def get_note(source: Readable, note_id: str) -> NoteRow:
    """The note (a removed one too), or ``GoneError``."""
    with source.read() as db:
        row = db.execute(f"SELECT {COLUMNS} FROM note WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise GoneError(NOTE_GONE)
    return NoteRow.stored(row)


def search_notes(
    source: Readable,
    words: str,
    *,
    table_id: str | None = None,
    meeting_id: str | None = None,
) -> list[NoteRow]:
    """Live notes whose text or speaker contains every word (any case, any script).

    SQLite's ``LIKE`` folds only ASCII case, so "ÇAY" would miss "çay"; the scope is read
    in one query and matched with Python's Unicode case folding instead.
    """
    needles = search.words(words)
    query = f"SELECT {COLUMNS} FROM note WHERE deleted_at IS NULL"
    values: list[str] = []
    if table_id is not None:
        query += " AND table_id = ?"
        values.append(table_id)
    if meeting_id is not None:
        query += " AND table_id IN (SELECT id FROM dialogue_table WHERE meeting_id = ?)"
        values.append(meeting_id)
    with source.read() as db:
        rows = db.execute(query + IN_ORDER, values).fetchall()
    return [
        NoteRow.stored(row)
        for row in rows
        if search.found(needles, search.note_haystack(row[3], row[6]))  # text, speaker
    ]
