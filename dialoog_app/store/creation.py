"""Making a project file atomically: built under a temporary name, then published whole.

A file with the project's name is always a complete project: it is built — identity,
tables, Alembic stamp, the project row and whatever ``fill`` adds (the demo) — in a
hidden file in the same folder, checkpointed into one file, synced, and only then given
its name with ``link`` (which, unlike ``rename``, never replaces a file that appeared in
the meantime). A creation killed half-way leaves at most the hidden build, which the next
creation in that folder removes once no process holds its lock.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from dialoog_app.domain import errors
from dialoog_app.fsutil import sync_folder

from . import cipher, migrate
from .engine import create_project_engine
from .fileformat import APPLICATION_ID, check_name_length
from .lock import ProjectLock
from .models import Base, Project
from .project_file import ProjectStore

BUILD_PREFIX = ".~dialoog-new-"
_SIDECARS = ("-wal", "-shm", "-journal")
# A build this old whose lock is free was left by a killed creation.
_STALE_AFTER_SECONDS = 60


def create_project(
    path: Path, name: str, device_id: str, fill: Callable[[ProjectStore], None] | None = None
) -> ProjectStore:
    path = path.expanduser().absolute()
    check_name_length(path)
    folder = path.parent
    if not folder.is_dir():
        raise errors.NotFoundError(folder)
    if os.path.lexists(path):
        raise errors.ProjectExistsError(path)
    _remove_stale_builds(folder)
    build = folder / f"{BUILD_PREFIX}{uuid.uuid4().hex[:16]}"
    key = cipher.key_for(path)
    if key is not None:  # a project with a passphrase is encrypted from its first byte
        cipher.remember(build, key)
    try:
        # O_EXCL: a fresh file; 0o600: notes about residents are for the owner's eyes.
        fd = os.open(build, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except PermissionError:
        raise errors.ReadOnlyError(path) from None
    # Locked while it is built, so another creation never takes it for a stale one.
    lock = ProjectLock.adopt(build, fd)
    try:
        _build(build, name, device_id, lock, fill)
        os.fsync(lock.fd)
        if os.name == "nt":  # pragma: no cover - an open file cannot be renamed there
            lock.release()
            os.rename(build, path)  # refuses an existing target: never overwrites
            lock = ProjectLock.acquire(path)
        else:
            _publish(build, path)
    except FileExistsError:
        lock.release()
        _remove_with_sidecars(build)
        raise errors.ProjectExistsError(path) from None
    except BaseException:
        lock.release()
        _remove_with_sidecars(build)
        raise
    cipher.forget(build)
    lock.project = path
    return ProjectStore(path, lock, device_id)


def _build(
    build: Path,
    name: str,
    device_id: str,
    lock: ProjectLock,
    fill: Callable[[ProjectStore], None] | None,
) -> None:
    store = ProjectStore(build, lock, device_id, engine=create_project_engine(build))
    try:
        with store.engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            Base.metadata.create_all(connection)
            migrate.stamp_new(connection)
        with store.transaction() as session:
            session.add(Project(name=name, device_id=device_id))
        if fill is not None:
            fill(store)
    finally:
        store.disconnect()  # the last connection checkpoints the log into the file
    wal = build.with_name(build.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:  # pragma: no cover - SQLite's promise
        raise RuntimeError(f"{wal} was not checkpointed; the project would be incomplete")


def _publish(build: Path, path: Path) -> None:
    try:
        os.link(build, path)
    except FileExistsError:
        raise errors.ProjectExistsError(path) from None
    except OSError:  # no hard links on this file system (FAT, some network shares)
        if os.path.lexists(path):
            raise errors.ProjectExistsError(path) from None
        os.rename(build, path)
    else:
        os.unlink(build)
    sync_folder(path.parent)


def _remove_stale_builds(folder: Path) -> None:
    now = time.time()
    for candidate in folder.glob(BUILD_PREFIX + "*"):
        if candidate.name.endswith(_SIDECARS):
            continue
        try:
            if now - candidate.lstat().st_mtime < _STALE_AFTER_SECONDS:
                continue
            lock = ProjectLock.acquire(candidate)
        except (OSError, errors.ProjectFileError):
            continue  # being built right now, or not ours to judge
        lock.release()
        _remove_with_sidecars(candidate)


def _remove_with_sidecars(build: Path) -> None:
    for leftover in (build, *(build.with_name(build.name + s) for s in _SIDECARS)):
        try:
            leftover.unlink()
        except OSError:
            pass  # already gone, or not ours to remove
