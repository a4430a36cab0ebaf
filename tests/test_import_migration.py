"""Migration 0003 on a file made before it: notes keep everything and become "said at a
table", the new survey table is there, and the file opens as usual."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from alembic import command

from conftest import DEVICE
from dialoog_app.domain.sources import NoteSource
from dialoog_app.services import board, meetings, notes, surveys
from dialoog_app.services.workspace import Workspace, new_workspace
from dialoog_app.store import migrate
from dialoog_app.store.engine import create_throwaway_engine


def test_a_0001_file_is_upgraded_keeping_its_notes(
    project_path: Path, tmp_path: Path, reopen: Callable[[], Workspace]
) -> None:
    from datetime import UTC, datetime

    ws = new_workspace(project_path, device_id=DEVICE)
    table = meetings.add_table(ws, meetings.add_meeting(ws, "Avond 1").id, "Noord")
    notes.add_note(ws, table.id, "Meer groen in de wijk", at=datetime.now(UTC))
    ws.close()
    # Take the file back to what the app wrote before 0003.
    engine = create_throwaway_engine(project_path)
    config = migrate.alembic_config()
    with engine.connect() as connection:
        # SQLite copies a table to drop a column (batch mode): references must wait.
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        with connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
    engine.dispose()
    db = sqlite3.connect(project_path)
    db.execute("PRAGMA user_version = 1")
    columns = {row[1] for row in db.execute("PRAGMA table_info(note)")}
    db.close()
    assert "source" not in columns and "import_key" not in columns

    upgraded = reopen()
    [card] = board.list_notes(upgraded)
    assert (card.text, card.source, card.group_id) == (
        "Meer groen in de wijk",
        NoteSource.TABLE,
        card.id,
    )
    assert surveys.summary(upgraded) == ([], [])
    from dialoog_app.store.backup import folder_of_project_file

    folder = folder_of_project_file(project_path)
    assert folder is not None and list(folder.glob("*-before-upgrade-0001.dialoog"))
