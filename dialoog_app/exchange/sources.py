"""A laptop's file judged before a merge: ours, healthy, this project, not the target.

Everything here reads; a source is opened read-only (``mode=ro``) and never written.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from dialoog_app.domain import errors
from dialoog_app.store.fileformat import SCHEMA_VERSION, read_header

from .merge_errors import OtherProjectError, SourceIsTargetError

# Set in each copy by `prepare`: the table that laptop is for (see exchange/prepare.py).
PREPARED_TABLE_KEY = "prepared.table"
# Set in the target by `as_meetings`: {source project id: {source meeting id: meeting id}}.
# (Here, with the other key, so the settings can name both without loading the merge.)
IMPORTED_MEETINGS_KEY = "exchange.imported_meetings"


@dataclass(frozen=True)
class SourceFile:
    path: Path
    device_id: str  # the laptop that wrote last in it
    table_name: str  # the table it was prepared for, "" for a plain copy

    @property
    def uri(self) -> str:
        return self.path.as_uri() + "?mode=ro"


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, isolation_level=None)


def project_identity(connection: sqlite3.Connection) -> tuple[str, str]:
    row = connection.execute(
        "SELECT id, name FROM project WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1"
    ).fetchone()
    return (row[0], row[1]) if row else ("", "")


def check_source(target: Path, path: Path, target_project_id: str) -> SourceFile:
    """Raise a UserError (in plain words) for a file that must not be merged."""
    path, project_id, name, device, table_name = inspect_source(target, path)
    if project_id != target_project_id:
        raise OtherProjectError(path, name)
    return SourceFile(path, device, table_name)


def inspect_source(target: Path, path: Path) -> tuple[Path, str, str, str, str]:
    """A healthy Dialoog file other than the target: (path, project id, project name,
    last device, prepared table); a UserError for anything else."""
    path = Path(path).expanduser().absolute()
    read_header(path, SCHEMA_VERSION)  # not ours, newer, damaged header: refused unread
    if target.exists() and os.path.samefile(path, target):
        raise SourceIsTargetError(path)
    try:
        connection = read_only(path)
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise errors.DamagedFileError(path, check)
            project_id, name = project_identity(connection)
            device = _last_device(connection)
            table_name = _prepared_table(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise errors.DamagedFileError(path, str(exc)) from None
    return path, project_id, name, device, table_name


def _last_device(connection: sqlite3.Connection) -> str:
    row = (
        connection.execute("SELECT device_id FROM note ORDER BY updated_at DESC LIMIT 1").fetchone()
        or connection.execute("SELECT device_id FROM project LIMIT 1").fetchone()
    )
    return str(row[0]) if row else ""


def _prepared_table(connection: sqlite3.Connection) -> str:
    row = connection.execute(
        "SELECT t.name FROM setting s JOIN dialogue_table t ON t.id = s.value WHERE s.key = ?",
        (PREPARED_TABLE_KEY,),
    ).fetchone()
    return str(row[0]) if row else ""
