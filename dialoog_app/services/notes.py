"""Notes (what was said at a table): save, edit, remove, restore, list and search.

Saving is the hot path of the whole app — a facilitator presses Enter while people talk —
so ``add_note`` is one Core ``INSERT`` (plus, only when a draft was stored, one ``UPDATE``
of that draft) in one transaction, and it returns only after the ``COMMIT``: with WAL and
``synchronous=FULL`` a returned save survives a crash or a pulled plug. Nothing is read
back: the view is built from the values just written.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Connection, Row, Select, insert, select, update

from dialoog_app.domain import search, validate
from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.domain.kinds import NoteKind, Role
from dialoog_app.store.models import Base, DialogueTable, Note, NoteDraft, new_id, utcnow

from .core_unit import core_read, core_unit
from .events import Topic
from .patch import Patch
from .rows import gone
from .workspace import Workspace

NOTE = Base.metadata.tables[Note.__tablename__]
DRAFT = Base.metadata.tables[NoteDraft.__tablename__]
TABLE = Base.metadata.tables[DialogueTable.__tablename__]
_COLUMNS = (
    NOTE.c.id,
    NOTE.c.table_id,
    NOTE.c.agenda_item_id,
    NOTE.c.text,
    NOTE.c.kind,
    NOTE.c.role,
    NOTE.c.speaker,
    NOTE.c.starred,
    NOTE.c.noted_at,
    NOTE.c.created_at,
    NOTE.c.deleted_at,
    NOTE.c.concept,
)
_KEYS = tuple(column.key for column in _COLUMNS)
# Built once: SQLAlchemy caches the compiled SQL, the driver its prepared statement.
_INSERT = insert(NOTE)

NOTE_NEEDS_TEXT = QT_TRANSLATE_NOOP(
    "Errors", "A note cannot be empty. To remove it, delete it (Delete)."
)


class NoteView(BaseModel):
    model_config = ConfigDict(frozen=True)

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


class NotePatch(Patch):
    """The fields to change; only those set are written (``agenda_item_id=None`` unlinks)."""

    text: str | None = None
    kind: NoteKind | None = None
    role: Role | None = None
    speaker: str | None = None
    starred: bool | None = None
    agenda_item_id: str | None = None


def _view(row: Row[*tuple[Any, ...]]) -> NoteView:
    # From a plain dict pydantic-core validates fastest (faster than model_construct).
    return NoteView.model_validate(dict(zip(_KEYS, row, strict=True)))


def add_note(
    ws: Workspace,
    table_id: str,
    text: str,
    *,
    at: datetime,
    kind: NoteKind = NoteKind.STATEMENT,
    role: Role = Role.RESIDENT,
    speaker: str = "",
    starred: bool = False,
    agenda_item_id: str | None = None,
    clear_draft: bool = False,
) -> NoteView | None:
    """Save a note; returns once it is committed (durable), or None for blank text.

    The text is stored as typed (tabs, newlines, emoji, any script), with line breaks and
    control characters made plain by ``validate.note_text``. Blank or
    whitespace-only text is not a note: nothing is saved and nothing is said. With
    ``clear_draft`` the table's stored draft is emptied in the same transaction, so a crash
    can never leave both the note and its draft (a duplicate) or neither.
    """
    text = validate.note_text(text)
    if not text.strip():
        return None
    speaker = validate.speaker(speaker)
    now = utcnow()
    note = NoteView.model_construct(
        id=new_id(),
        table_id=table_id,
        agenda_item_id=agenda_item_id,
        text=text,
        kind=NoteKind(kind),
        role=Role(role),
        speaker=speaker,
        starred=starred,
        noted_at=at,
        created_at=now,
        deleted_at=None,
    )
    values = {
        "id": note.id,
        "created_at": now,
        "updated_at": now,
        "device_id": ws.store.device_id,
        "deleted_at": None,
        "table_id": table_id,
        "agenda_item_id": agenda_item_id,
        "text": text,
        "kind": note.kind.value,
        "role": note.role.value,
        "speaker": speaker,
        "starred": starred,
        "noted_at": at,
    }
    with core_unit(ws, Topic.NOTES) as connection:
        connection.execute(_INSERT, values)
        if clear_draft:
            _empty_draft(connection, ws, table_id, now)
    return note


def _empty_draft(connection: Connection, ws: Workspace, table_id: str, now: datetime) -> None:
    connection.execute(
        update(DRAFT)
        .where(DRAFT.c.table_id == table_id)
        .values(text="", updated_at=now, device_id=ws.store.device_id)
    )


def _write(ws: Workspace, note_id: str, **values: object) -> NoteView:
    values["updated_at"] = utcnow()
    values["device_id"] = ws.store.device_id
    statement = update(NOTE).where(NOTE.c.id == note_id).values(**values).returning(*_COLUMNS)
    with core_unit(ws, Topic.NOTES) as connection:
        row = connection.execute(statement).one_or_none()
    if row is None:
        raise gone(Note)
    return _view(row)


def update_note(ws: Workspace, note_id: str, patch: NotePatch) -> NoteView:
    """Change the fields set in ``patch``; an emptied text is refused (delete instead)."""
    changes = patch.model_dump(exclude_unset=True)
    if "text" in changes:
        text = changes["text"] = validate.note_text(changes["text"] or "")
        if not text.strip():
            raise ValidationError(NOTE_NEEDS_TEXT)
    for key in ("kind", "role", "starred"):
        if key in changes and changes[key] is None:
            del changes[key]
    if "kind" in changes:
        changes["kind"] = NoteKind(changes["kind"]).value
    if "role" in changes:
        changes["role"] = Role(changes["role"]).value
    if "speaker" in changes:
        changes["speaker"] = validate.speaker(changes["speaker"])
    if not changes:
        return get_note(ws, note_id)
    return _write(ws, note_id, **changes)


def delete_note(ws: Workspace, note_id: str) -> NoteView:
    """Tombstone the note (rows are never removed, so laptops can be merged)."""
    return _write(ws, note_id, deleted_at=utcnow())


def restore_note(ws: Workspace, note_id: str) -> NoteView:
    """Bring a deleted note back (the undo of a delete, the redo of a save)."""
    return _write(ws, note_id, deleted_at=None)


def get_note(ws: Workspace, note_id: str) -> NoteView:
    with core_read(ws) as connection:
        row = connection.execute(select(*_COLUMNS).where(NOTE.c.id == note_id)).one_or_none()
    if row is None:
        raise gone(Note)
    return _view(row)


def _in_order(query: Select[Any]) -> Select[Any]:
    # noted_at first (the index ix_note_table_noted serves it); created_at and id break
    # ties deterministically (notes typed within one tick of a fake or coarse clock).
    return query.order_by(NOTE.c.noted_at, NOTE.c.created_at, NOTE.c.id)


def list_notes(ws: Workspace, table_id: str) -> list[NoteView]:
    """A table's live notes, oldest first: one indexed query."""
    query = select(*_COLUMNS).where(NOTE.c.table_id == table_id, NOTE.c.deleted_at.is_(None))
    with core_read(ws) as connection:
        rows = connection.execute(_in_order(query)).all()
    return [_view(row) for row in rows]


def search_notes(
    ws: Workspace,
    words: str,
    *,
    table_id: str | None = None,
    meeting_id: str | None = None,
) -> list[NoteView]:
    """Live notes whose text or speaker contains every word (any case, any script).

    SQLite's ``LIKE`` folds only ASCII case, so "ÇAY" would miss "çay"; the scope is read
    in one query and matched with Python's Unicode case folding instead.
    """
    needles = search.words(words)
    query = select(*_COLUMNS).where(NOTE.c.deleted_at.is_(None))
    if table_id is not None:
        query = query.where(NOTE.c.table_id == table_id)
    if meeting_id is not None:
        query = query.join(TABLE, TABLE.c.id == NOTE.c.table_id).where(
            TABLE.c.meeting_id == meeting_id
        )
    with core_read(ws) as connection:
        rows = connection.execute(_in_order(query)).all()
    found = []
    for row in rows:
        if search.found(needles, search.note_haystack(row.text, row.speaker)):
            found.append(_view(row))
    return found
