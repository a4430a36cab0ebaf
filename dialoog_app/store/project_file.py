"""Creating and opening a project file: identify, lock, check, migrate — or refuse.

Refusals (another program's file, a damaged file, a newer Dialoog's file …) are decided
before anything is written to the file, so a refused file stays byte-for-byte the same.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from dialoog_app.domain import errors

from . import cipher, migrate
from .backup import backup_copy, folder_of_project_file
from .engine import create_project_engine
from .fileformat import APPLICATION_ID, check_name_length, read_header_from
from .lock import ProjectLock
from .models import Project, Row, utcnow
from .wal import check_wal_belongs, wal_path


class ProjectStore:
    """One open project file: its engine, its lock and the device writing to it."""

    def __init__(self, path: Path, engine: Engine, lock: ProjectLock, device_id: str) -> None:
        self.path = path
        self.engine = engine
        self.device_id = device_id
        self._lock = lock
        self.closed = False

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back if it raises."""
        if self.closed:
            # The lock is gone: another window may own the file now. Writing would race it.
            raise RuntimeError(f"project {self.path} is closed")
        with Session(self.engine, expire_on_commit=False) as session:
            session.info["device_id"] = self.device_id
            with session.begin():
                yield session

    def project_row(self, session: Session) -> Project:
        project = session.query(Project).filter(Project.deleted_at.is_(None)).first()
        assert project is not None, "every project file holds its project row"
        return project

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.engine.dispose()  # the last connection closing checkpoints the WAL
        self._lock.release()


@event.listens_for(Session, "before_flush")
def _stamp_device(session: Session, _context: object, _instances: object) -> None:
    """Every row written records which installation wrote it (for merging laptops)."""
    device_id = session.info.get("device_id")
    if device_id is None:
        return
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Row):
            obj.device_id = device_id
            if obj in session.dirty:
                obj.updated_at = utcnow()


def open_project(
    path: Path, device_id: str, *, script_location: Path | None = None
) -> ProjectStore:
    """Lock, identify, check, bring up to date — or refuse, leaving every byte as it was.

    The lock comes first: a file another process is writing is "already open", never
    judged by a header read half-way through that write.
    """
    path = path.expanduser().absolute()
    check_name_length(path)
    supported = migrate.schema_version_of(script_location)
    lock = ProjectLock.acquire(path)
    engine = None
    try:
        header = read_header_from(path, lock.fd, supported)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise errors.ReadOnlyError(path)
        if not cipher.looks_encrypted(path):  # an encrypted log's pages cannot be read
            check_wal_belongs(path, lock.fd, header.page_size)
        _check_contents(path, supported)
        engine = create_project_engine(path)
        _bring_up_to_date(path, engine, script_location)
        return ProjectStore(path, engine, lock, device_id)
    except BaseException:
        if engine is not None:
            engine.dispose()
        lock.release()
        raise


def _check_contents(path: Path, supported_version: int) -> None:
    """What the header cannot tell: the real identity (WAL included), the pages' and the
    references' health, a creation that never finished, the revision Alembic keeps."""
    try:
        # Without a log beside it, the file is read as immutable: SQLite then makes no
        # -wal/-shm, so a refused file leaves nothing behind. (We hold the lock.)
        has_log = wal_path(path).exists()
        # Encrypted if it has a passphrase (cipher.py), else the standard sqlite3 module.
        connection = cipher.connect(path, mode="ro" if has_log else "immutable")
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_schema")}
            projects = revisions = 0
            if "project" in tables:
                projects = _count(connection, "project WHERE deleted_at IS NULL")
            if "alembic_version" in tables:
                revisions = _count(connection, "alembic_version")
        finally:
            connection.close()
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
    if revisions != 1:
        raise errors.VersionRecordError(path, revisions)


def _count(connection: Any, table_and_filter: str) -> int:  # sqlite3 or SQLCipher
    count: int = connection.execute(f"SELECT count(*) FROM {table_and_filter}").fetchone()[0]
    return count


def _bring_up_to_date(path: Path, engine: Engine, script_location: Path | None) -> None:
    with engine.connect() as connection:
        if migrate.at_shipped_head(connection, script_location):
            return  # the usual case, settled without importing Alembic
        current = migrate.current_revision(connection)
    head = migrate.head_revision(script_location)
    if current == head:
        return
    if current is not None and current not in migrate.known_revisions(script_location):
        raise errors.NewerVersionError(path)
    # Into the data folder's backups, under a short name (so no project name is too long
    # for its backup); not again on a retry if the file has not changed since.
    if not _backed_up_since_last_change(path, current):
        backup_copy(path, f"before-upgrade-{current or 'empty'}")
    try:
        migrate.upgrade(engine, script_location)
    except Exception as exc:
        raise errors.UpgradeFailedError(path, f"{type(exc).__name__}: {exc}") from exc


def _backed_up_since_last_change(path: Path, revision: str | None) -> bool:
    """A retried upgrade (after a failure, which changed nothing) needs no second copy."""
    folder = folder_of_project_file(path)
    if folder is None:
        return False
    pattern = f"*-before-upgrade-{glob.escape(revision or 'empty')}{path.suffix}"
    changed = path.stat().st_mtime_ns
    return any(copy.stat().st_mtime_ns >= changed for copy in folder.glob(pattern))
