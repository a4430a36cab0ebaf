"""The checks every open of a project file makes, in order, before SQLite may write to it.

Shared by the full open (``project_file.open_project``: engine, Alembic) and the
read-only one (``reader.open_reader``: plain sqlite3), so both refuse the same files with
the same Dutch messages. Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from dialoog_app.domain import errors

from . import cipher
from .fileformat import APPLICATION_ID, check_name_length, read_header_from
from .lock import ProjectLock
from .wal import check_wal_belongs, wal_path


def lock_and_check(path: Path, supported_version: int) -> ProjectLock:
    """Lock ``path`` (absolute) and judge its name, header and ``-wal``; or refuse.

    The lock comes first: a file another process is writing is "already open", never
    judged by a header read half-way through that write. The contents are judged by
    ``check_contents`` on a connection the caller opens (``connect_to_look``).
    """
    check_name_length(path)
    lock = ProjectLock.acquire(path)
    try:
        header = read_header_from(path, lock.fd, supported_version)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise errors.ReadOnlyError(path)
        if not cipher.looks_encrypted(path):  # an encrypted log's pages cannot be read
            check_wal_belongs(path, lock.fd, header.page_size)
    except BaseException:
        lock.release()
        raise
    return lock


def connect_to_look(path: Path) -> Any:
    """A read-only connection that writes nothing beside the file.

    Without a log beside it, the file is read as immutable: SQLite then makes no
    -wal/-shm, so a refused file leaves nothing behind. (The caller holds the lock.)
    Encrypted if it has a passphrase (cipher.py), else the standard sqlite3 module;
    autocommit, so a reader begins its own snapshot.
    """
    has_log = wal_path(path).exists()
    try:
        return cipher.connect(path, mode="ro" if has_log else "immutable", isolation_level=None)
    except cipher.database_errors() as exc:
        raise errors.DamagedFileError(path, str(exc)) from None


def check_contents(connection: Any, path: Path, supported_version: int) -> str:
    """What the header cannot tell: the real identity (WAL included), the pages' and the
    references' health, a creation that never finished, the revision Alembic keeps
    (returned: exactly one row)."""
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
        orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_schema")}
        projects = 0
        revisions: list[str] = []
        if "project" in tables:
            projects = _count(connection, "project WHERE deleted_at IS NULL")
        if "alembic_version" in tables:
            revisions = [
                r[0] for r in connection.execute("SELECT version_num FROM alembic_version")
            ]
    except cipher.database_errors() as exc:
        raise errors.DamagedFileError(path, str(exc)) from None
    if app_id != APPLICATION_ID:
        raise errors.ForeignDatabaseError(path)
    if version > supported_version:
        raise errors.NewerVersionError(path)
    if check != "ok":
        raise errors.DamagedFileError(path, check)
    if orphans:
        broken = ", ".join(sorted({row[0] for row in orphans}))
        raise errors.DamagedFileError(path, f"broken references in {broken}")
    if projects == 0:
        # Only an interrupted creation leaves our identity without a project (creation
        # is atomic now; older versions were not): refused, never "repaired" into one.
        raise errors.IncompleteProjectError(path)
    if len(revisions) != 1:
        raise errors.VersionRecordError(path, len(revisions))
    return str(revisions[0])


def _count(connection: Any, table_and_filter: str) -> int:  # sqlite3 or SQLCipher
    count: int = connection.execute(f"SELECT count(*) FROM {table_and_filter}").fetchone()[0]
    return count
