"""Creating and opening a project file: identify, lock, check, migrate — or refuse.

Refusals (another program's file, a damaged file, a newer Dialoog's file …) are decided
before anything is written to the file, so a refused file stays byte-for-byte the same.

Opening a file that is already at this version's schema imports neither SQLAlchemy nor
Alembic: the checks run on plain sqlite3 (opening.py), reads go through one plain
connection (``ProjectStore.read``), and the engine and the ORM come in at the first write
(``ProjectStore.transaction``). That is what lets the window paint before SQLAlchemy's
import (half a second) has happened (ui/warm_up.py).
"""

from __future__ import annotations

import glob
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dialoog_app.domain import errors

from . import connection, migrate
from .backup import backup_copy, folder_of_project_file
from .fileformat import SHIPPED_REVISION
from .lock import ProjectLock
from .opening import check_contents, connect_to_look, lock_and_check

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from .models import Project


class ProjectStore:
    """One open project file: its lock, the device writing to it, and two ways in — a
    plain connection to read, and the SQLAlchemy engine to write — each made when first
    needed."""

    def __init__(
        self, path: Path, lock: ProjectLock, device_id: str, *, engine: Engine | None = None
    ) -> None:
        self.path = path
        self.device_id = device_id
        self._lock = lock
        self._engine = engine
        self._reader: Any = None
        # One read at a time on that connection: a worker thread (a backup, a merge) may
        # read while the window does. Reentrant, so a nested read fails loudly in SQLite
        # ("within a transaction") instead of hanging.
        self._reading = threading.RLock()
        self.closed = False

    @property
    def engine(self) -> Engine:
        self._check_open()
        if self._engine is None:
            from .engine import create_project_engine

            self._engine = create_project_engine(self.path)
        return self._engine

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back if it raises."""
        from .session import new_session

        with new_session(self.engine, self.device_id) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Any]:
        """The plain connection inside one transaction: one consistent snapshot of what
        has been committed (services/reading.py). Never inside ``transaction``: it would
        not see that transaction's own writes."""
        with self._reading:
            self._check_open()
            if self._reader is None:
                self._reader = connection.connect(self.path)
            self._reader.execute("BEGIN")
            try:
                yield self._reader
            finally:
                self._reader.execute("ROLLBACK")  # a read writes nothing: nothing to keep

    def project_row(self, session: Session) -> Project:
        from .session import project_row

        return project_row(session)

    def disconnect(self) -> None:
        """Close both ways in; the last connection to close checkpoints the log."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        with self._reading:
            if self._reader is not None:
                self._reader.close()
                self._reader = None

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.disconnect()  # before the lock's descriptor: see lock.py
        self._lock.release()

    def _check_open(self) -> None:
        if self.closed:
            # The lock is gone: another window may own the file now. Writing would race it.
            raise RuntimeError(f"project {self.path} is closed")


def open_project(
    path: Path, device_id: str, *, script_location: Path | None = None
) -> ProjectStore:
    """Lock, identify, check, bring up to date — or refuse, leaving every byte as it was
    (the checks, shared with the read-only open: opening.py)."""
    path = path.expanduser().absolute()
    supported = migrate.schema_version_of(script_location)
    lock = lock_and_check(path, supported)
    store = None
    try:
        look = connect_to_look(path)
        try:
            revision = check_contents(look, path, supported)
        finally:
            look.close()
        store = ProjectStore(path, lock, device_id)
        # The shipped head is known without Alembic (fileformat.SHIPPED_REVISION).
        if script_location is not None or revision != SHIPPED_REVISION:
            _bring_up_to_date(path, store.engine, revision, script_location)
        return store
    except BaseException:
        if store is not None:
            store.disconnect()
        lock.release()
        raise


def _bring_up_to_date(
    path: Path, engine: Engine, current: str, script_location: Path | None
) -> None:
    if current == migrate.head_revision(script_location):
        return
    if current not in migrate.known_revisions(script_location):
        raise errors.NewerVersionError(path)
    # Into the data folder's backups, under a short name (so no project name is too long
    # for its backup); not again on a retry if the file has not changed since.
    if not _backed_up_since_last_change(path, current):
        backup_copy(path, f"before-upgrade-{current}")
    try:
        migrate.upgrade(engine, script_location)
    except Exception as exc:
        raise errors.UpgradeFailedError(path, f"{type(exc).__name__}: {exc}") from exc


def _backed_up_since_last_change(path: Path, revision: str) -> bool:
    """A retried upgrade (after a failure, which changed nothing) needs no second copy."""
    folder = folder_of_project_file(path)
    if folder is None:
        return False
    pattern = f"*-before-upgrade-{glob.escape(revision)}{path.suffix}"
    changed = path.stat().st_mtime_ns
    return any(copy.stat().st_mtime_ns >= changed for copy in folder.glob(pattern))
