"""A project file opened to read only, on plain sqlite3: no SQLAlchemy, no Alembic.

``dialoog info`` and ``dialoog export`` read a whole project and write nothing to it, and
SQLAlchemy's import alone cost them more than half a second. So a file already at the
schema head is opened here: the same lock and checks as every open (opening.py, so the
same refusals in the same words, and the file never written), then one read-only
connection. An older file needs migrating first: ``open_reader`` answers None and the
caller takes the full path (services/reading.py).

The readers (services/info.py, minutes_read.py …) take a DB-API connection and run SQL,
so the GUI hands them its own session's connection and there is one implementation. The
columns come back as SQLite stores them; the converters below turn them into what the
ORM's column types give (store/models.py), in one place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, overload

from .fileformat import SCHEMA_VERSION, SHIPPED_REVISION
from .lock import ProjectLock
from .opening import check_contents, connect_to_look, lock_and_check


class ProjectReader:
    """One project file open for reading: its lock and one read-only connection."""

    def __init__(self, path: Path, lock: ProjectLock, connection: Any) -> None:
        self.path = path
        self._lock = lock
        self._connection = connection
        self.closed = False

    @contextmanager
    def read(self) -> Iterator[Any]:
        """The connection, inside one transaction: everything read is one snapshot."""
        if self.closed:
            raise RuntimeError(f"project {self.path} is closed")
        self._connection.execute("BEGIN")
        try:
            yield self._connection
        finally:
            self._connection.execute("ROLLBACK")  # nothing was written: nothing to keep

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._connection.close()  # before the lock's descriptor: see lock.py
        self._lock.release()


def open_reader(path: Path) -> ProjectReader | None:
    """Open ``path`` to read, or refuse (a ``ProjectFileError``, nothing written); None
    when the file is older than this version's schema (it must be migrated first)."""
    path = Path(path).expanduser().absolute()
    lock = lock_and_check(path, SCHEMA_VERSION)
    connection = None
    try:
        connection = connect_to_look(path)
        revision = check_contents(connection, path, SCHEMA_VERSION)
    except BaseException:
        if connection is not None:
            connection.close()
        lock.release()
        raise
    if revision != SHIPPED_REVISION:
        connection.close()
        lock.release()
        return None
    return ProjectReader(path, lock, connection)


# What SQLAlchemy's SQLite types store (text) → what the ORM gives (store/models.py).


@overload
def utc(stored: str) -> dt.datetime: ...
@overload
def utc(stored: None) -> None: ...
@overload
def utc(stored: str | None) -> dt.datetime | None: ...
def utc(stored: str | None) -> dt.datetime | None:
    """A ``UTCDateTime`` column: naive UTC text → an aware UTC datetime."""
    return None if stored is None else dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC)


@overload
def day(stored: str) -> dt.date: ...
@overload
def day(stored: str | None) -> dt.date | None: ...
def day(stored: str | None) -> dt.date | None:
    """A ``Date`` column."""
    return None if stored is None else dt.date.fromisoformat(stored)


def wall_time(stored: str | None) -> dt.time | None:
    """A ``Time`` column."""
    return None if stored is None else dt.time.fromisoformat(stored)
