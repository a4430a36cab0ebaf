"""Where a laptop was: the draft typed at a table, and which table it notes for.

Plain SQL on the open project's read connection: after a crash the app reopens on the
Tafel screen, which shows the table and its draft before its first paint, without the ORM
(ui/warm_up.py). ``services/drafts`` writes them.
"""

from __future__ import annotations

from . import project_settings
from .reading import Readable
from .workspace import Workspace


def draft_text(source: Readable, table_id: str) -> str:
    with source.read() as db:
        row = db.execute(
            "SELECT text FROM note_draft WHERE table_id = ? AND deleted_at IS NULL", (table_id,)
        ).fetchone()
    return row[0] if row and row[0] else ""


def remembered_table(ws: Workspace, meeting_id: str) -> str | None:
    """This laptop's table; on a copy made by "prepare", the table it was made for."""
    key = project_settings.capture_table(ws.store.device_id, meeting_id)
    values = project_settings.read(ws, key, project_settings.PREPARED_TABLE)
    if values.get(key):
        return values[key]
    prepared = values.get(project_settings.PREPARED_TABLE)
    if not prepared:
        return None
    with ws.read() as db:
        row = db.execute(
            "SELECT id FROM dialogue_table WHERE id = ? AND meeting_id = ?", (prepared, meeting_id)
        ).fetchone()
    return row[0] if row else None


def prepared_meeting(source: Readable) -> str | None:
    """The meeting of the table this copy was prepared for (the Tafel screen opens on it)."""
    prepared = project_settings.read(source, project_settings.PREPARED_TABLE).get(
        project_settings.PREPARED_TABLE
    )
    if not prepared:
        return None
    with source.read() as db:
        row = db.execute("SELECT meeting_id FROM dialogue_table WHERE id = ?", (prepared,))
        found = row.fetchone()
    return found[0] if found else None
