"""What a laptop is in the middle of: the text typed but not yet saved, and its table.

The draft of each table is written a moment after typing stops (and when the input loses
focus, the table changes or the window closes), so after a crash or a dead battery the
input comes back as it was. Saving a note empties the draft in the same transaction
(``notes.add_note(clear_draft=True)``).
"""

from __future__ import annotations

from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from dialoog_app.domain import validate
from dialoog_app.store.models import Base, NoteDraft, new_id, utcnow

from . import project_settings
from .core_unit import core_unit
from .drafts_read import draft_text as draft_text
from .drafts_read import prepared_meeting as prepared_meeting
from .drafts_read import remembered_table as remembered_table
from .workspace import Workspace

DRAFT = Base.metadata.tables[NoteDraft.__tablename__]


def save_draft(ws: Workspace, table_id: str, text: str) -> None:
    """Store the table's unsaved text (one row per table, overwritten).

    Cleaned like a note, but a broken character is replaced rather than refused: a draft
    is kept without asking, and nothing typed may be lost.
    """
    text = validate.clean_text(text, broken="\ufffd")
    now = utcnow()
    statement = sqlite_insert(DRAFT).values(
        id=new_id(),
        created_at=now,
        updated_at=now,
        device_id=ws.store.device_id,
        deleted_at=None,
        table_id=table_id,
        text=text,
    )
    statement = statement.on_conflict_do_update(
        index_elements=[DRAFT.c.table_id],
        set_={"text": text, "updated_at": now, "device_id": ws.store.device_id},
    )
    # No change event: a draft is nobody else's business, and a repaint per pause in
    # typing would be wasted.
    with core_unit(ws) as connection:
        connection.execute(statement)


def remember_table(ws: Workspace, meeting_id: str, table_id: str) -> None:
    """This laptop now notes for ``table_id`` at this meeting (kept in the project file)."""
    project_settings.write(
        ws, {project_settings.capture_table(ws.store.device_id, meeting_id): table_id}
    )
