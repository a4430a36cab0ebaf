"""Creating and opening a project file: identify, lock, check, migrate — or refuse.

Refusals (another program's file, a damaged file, a newer Dialoog's file …) are decided
before anything is written to the file, so a refused file stays byte-for-byte the same.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from dialoog_app.domain import errors

from . import migrate
from .backup import backup_copy
from .engine import create_project_engine
from .fileformat import APPLICATION_ID, read_header
from .lock import ProjectLock
from .models import Base, Project, Row, utcnow


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


def create_project(path: Path, name: str, device_id: str) -> ProjectStore:
    path = path.expanduser().absolute()
    try:
        # O_EXCL: never overwrite; 0o600: notes about residents are for the owner's eyes.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise errors.ProjectExistsError(path) from None
    except FileNotFoundError:
        raise errors.NotFoundError(path.parent) from None
    except PermissionError:
        raise errors.ReadOnlyError(path) from None
    os.close(fd)
    try:
        _write_identity(path)
        lock = ProjectLock(path)
        lock.acquire()
        engine = create_project_engine(path)
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            migrate.stamp_new(connection)
        store = ProjectStore(path, engine, lock, device_id)
        with store.transaction() as session:
            session.add(Project(name=name, device_id=device_id))
        return store
    except BaseException:
        for leftover in (path, *_sidecars(path)):
            leftover.unlink(missing_ok=True)
        raise


def _write_identity(path: Path) -> None:
    # Written in rollback-journal mode, so the identity is in the main file's header at
    # once, even if the app dies before the first WAL checkpoint.
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("PRAGMA user_version = 0")
    finally:
        connection.close()


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal", ".lock")]


def open_project(
    path: Path, device_id: str, *, script_location: Path | None = None
) -> ProjectStore:
    path = path.expanduser().absolute()
    supported = migrate.schema_version_of(script_location)
    read_header(path, supported)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise errors.ReadOnlyError(path)
    lock = ProjectLock(path)
    lock.acquire()
    engine = None
    try:
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
    """What the header cannot tell: the real identity (WAL included) and the pages' health."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise errors.DamagedFileError(path, str(exc)) from None
    if app_id != APPLICATION_ID:
        raise errors.ForeignDatabaseError(path)
    if version > supported_version:
        raise errors.NewerVersionError(path)
    if check != "ok":
        raise errors.DamagedFileError(path, check)


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
    backup_copy(path, f"before-upgrade-{current or 'empty'}")
    try:
        migrate.upgrade(engine, script_location)
    except Exception as exc:
        raise errors.UpgradeFailedError(path, f"{type(exc).__name__}: {exc}") from exc
