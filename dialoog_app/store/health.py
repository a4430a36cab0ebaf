"""Looking inside a project file (or a backup) without writing a byte: health and contents."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dialoog_app.domain import errors

from . import cipher

# What a copy "holds", as the backups list shows it: live rows only.
_COUNTS = {
    "meetings": "SELECT count(*) FROM meeting WHERE deleted_at IS NULL",
    "tables": "SELECT count(*) FROM dialogue_table WHERE deleted_at IS NULL",
    "notes": "SELECT count(*) FROM note WHERE deleted_at IS NULL",
    "opgaven": "SELECT count(*) FROM opgave WHERE deleted_at IS NULL",
}


@dataclass(frozen=True)
class Contents:
    meetings: int = 0
    tables: int = 0
    notes: int = 0
    opgaven: int = 0


@dataclass(frozen=True)
class FileHealth:
    problems: tuple[str, ...]  # integrity_check lines and foreign-key violations; () = healthy
    revision: str | None  # the Alembic revision stamped in the file
    contents: Contents
    project_name: str

    @property
    def healthy(self) -> bool:
        return not self.problems


def inspect_file(path: Path, *, full: bool = True, immutable: bool = False) -> FileHealth:
    """integrity_check (or quick_check), foreign_key_check, revision and counts."""
    problems: list[str] = []
    revision: str | None = None
    contents = Contents()
    name = ""
    try:
        connection = cipher.connect(path, mode="immutable" if immutable else "ro")
        try:
            check = "integrity_check" if full else "quick_check"
            lines = [row[0] for row in connection.execute(f"PRAGMA {check}(20)")]
            if lines != ["ok"]:
                problems.extend(lines)
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid}: missing {parent}")
                if len(problems) >= 40:
                    break
            if not problems:
                revision = _one(connection, "SELECT version_num FROM alembic_version")
                contents = Contents(
                    **{key: int(_one(connection, sql) or 0) for key, sql in _COUNTS.items()}
                )
                name = str(
                    _one(connection, "SELECT name FROM project WHERE deleted_at IS NULL") or ""
                )
        finally:
            connection.close()
    except cipher.database_errors() as exc:
        problems.append(str(exc))
    except errors.ProjectFileError as exc:  # an encrypted copy whose passphrase is not known
        problems.append(exc.text.english())
    return FileHealth(tuple(problems), revision, contents, name)


def _one(connection: sqlite3.Connection, sql: str) -> Any:
    row = connection.execute(sql).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class StoredNote:
    meeting: str
    table: str
    text: str
    noted_at: str


def read_notes(path: Path) -> list[StoredNote]:
    """Every live note of a backup, in meeting, table and time order (to copy one out)."""
    connection = cipher.connect(path, mode="immutable")
    try:
        rows = connection.execute(
            "SELECT m.title, t.name, n.text, n.noted_at FROM note n"
            " JOIN dialogue_table t ON t.id = n.table_id"
            " JOIN meeting m ON m.id = t.meeting_id"
            " WHERE n.deleted_at IS NULL AND t.deleted_at IS NULL AND m.deleted_at IS NULL"
            " ORDER BY m.position, t.position, n.noted_at"
        ).fetchall()
    finally:
        connection.close()
    return [StoredNote(str(m), str(t), str(x), str(at)) for m, t, x, at in rows]
