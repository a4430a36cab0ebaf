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

from sqlalchemy import Connection, Row, insert, update

from dialoog_app.domain import validate
from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.domain.kinds import NoteKind, Role
from dialoog_app.store.models import Base, Note, NoteDraft, new_id, utcnow

from .core_unit import core_unit
from .events import Topic
from .notes_read import NoteRow
from .notes_read import get_note as get_note
from .notes_read import list_notes as list_notes
from .notes_read import search_notes as search_notes
from .patch import Patch
from .rows import gone
from .workspace import Workspace

NOTE = Base.metadata.tables[Note.__tablename__]
DRAFT = Base.metadata.tables[NoteDraft.__tablename__]
_COLUMNS = tuple(NOTE.c[name] for name in NoteRow._fields)  # what a change returns
# Built once: SQLAlchemy caches the compiled SQL, the driver its prepared statement.
_INSERT = insert(NOTE)

NOTE_NEEDS_TEXT = QT_TRANSLATE_NOOP(
    "Errors", "A note cannot be empty. To remove it, delete it (Delete)."
)


class NotePatch(Patch):
    """The fields to change; only those set are written (``agenda_item_id=None`` unlinks)."""

    text: str | None = None
    kind: NoteKind | None = None
    role: Role | None = None
    speaker: str | None = None
    starred: bool | None = None
    agenda_item_id: str | None = None


def _view(row: Row[*tuple[Any, ...]]) -> NoteRow:
    return NoteRow.typed(row)


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
) -> NoteRow | None:
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
    note = NoteRow(
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


def _write(ws: Workspace, note_id: str, **values: object) -> NoteRow:
    values["updated_at"] = utcnow()
    values["device_id"] = ws.store.device_id
    statement = update(NOTE).where(NOTE.c.id == note_id).values(**values).returning(*_COLUMNS)
    with core_unit(ws, Topic.NOTES) as connection:
        row = connection.execute(statement).one_or_none()
    if row is None:
        raise gone(Note)
    return _view(row)


def update_note(ws: Workspace, note_id: str, patch: NotePatch) -> NoteRow:
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


def delete_note(ws: Workspace, note_id: str) -> NoteRow:
    """Tombstone the note (rows are never removed, so laptops can be merged)."""
    return _write(ws, note_id, deleted_at=utcnow())


def restore_note(ws: Workspace, note_id: str) -> NoteRow:
    """Bring a deleted note back (the undo of a delete, the redo of a save)."""
    return _write(ws, note_id, deleted_at=None)
