"""Creating and opening a project file: identify, lock, check, migrate — or refuse.

Refusals (another program's file, a damaged file, a newer Dialoog's file …) are decided
before anything is written to the file, so a refused file stays byte-for-byte the same.
"""

from __future__ import annotations

import glob
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from dialoog_app.domain import errors

from . import migrate
from .backup import backup_copy, folder_of_project_file
from .engine import create_project_engine
from .lock import ProjectLock
from .models import Project, Row, utcnow
from .opening import check_contents, connect_to_look, lock_and_check


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
    """Lock, identify, check, bring up to date — or refuse, leaving every byte as it was
    (the checks, shared with the read-only open: opening.py)."""
    path = path.expanduser().absolute()
    supported = migrate.schema_version_of(script_location)
    lock = lock_and_check(path, supported)
    engine = None
    try:
        connection = connect_to_look(path)
        try:
            check_contents(connection, path, supported)
        finally:
            connection.close()
        engine = create_project_engine(path)
        _bring_up_to_date(path, engine, script_location)
        return ProjectStore(path, engine, lock, device_id)
    except BaseException:
        if engine is not None:
            engine.dispose()
        lock.release()
        raise


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
