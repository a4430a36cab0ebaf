"""Backups of a project: take one now, list them, restore one, and back up while people work.

Other use cases that change a project wholesale (a merge, an import, a restore) call
``backup_now(ws, reason)`` first. Copies live in the user's data folder
(``store/backup.py``) and are thinned after every new one (``domain/backup_thinning.py``).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from dialoog_app import fsutil
from dialoog_app.domain.backup_thinning import thin
from dialoog_app.domain.errors import UserError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.store import backup as files
from dialoog_app.store.health import StoredNote, inspect_file, read_notes
from dialoog_app.store.lock import ProjectLock

from .events import Topic
from .file_work import Runner, here
from .project_rows import project_row

if TYPE_CHECKING:  # dialoog check lists backups without SQLAlchemy
    from .workspace import Workspace

AUTO_MINUTES = 10  # while changes happen, a copy at most this often


class BackupInfo(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: Path
    taken_at: dt.datetime  # UTC
    reason: str  # open, auto, manual, before-restore, before-merge, before-upgrade-0001 …
    size: int  # bytes
    healthy: bool
    meetings: int
    tables: int
    notes: int
    opgaven: int


class BackupUnusableError(UserError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {path} is missing or damaged; choose another one. Nothing was changed.",
            ),
            path=path,
        )


def describe(path: Path, moment: dt.datetime, reason: str) -> BackupInfo:
    health = inspect_file(path, full=False, immutable=True)
    return BackupInfo(
        path=path,
        taken_at=moment,
        reason=reason,
        size=path.stat().st_size,
        healthy=health.healthy,
        meetings=health.contents.meetings,
        tables=health.contents.tables,
        notes=health.contents.notes,
        opgaven=health.contents.opgaven,
    )


def _project_identity(ws: Workspace) -> tuple[str, str]:
    # By SQL on the read connection: the backup on opening needs no ORM.
    with ws.read() as db:
        project = project_row(db)
    return project.id, project.name


def backup_now(
    ws: Workspace, reason: str, *, now: dt.datetime | None = None, run: Runner = here
) -> BackupInfo:
    """Copy the open project (safe while it is written), then thin its older copies.

    The project's name is read here (the workspace's session stays in its thread); the
    copy, the thinning and the look inside the copy may be ``run`` in a worker thread."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    project_id, name = _project_identity(ws)
    path = ws.path
    return run(lambda: _copy(path, reason, project_id, name, moment))


def _copy(path: Path, reason: str, project_id: str, name: str, moment: dt.datetime) -> BackupInfo:
    target = files.backup_copy(path, reason, project_id=project_id, name=name, now=moment)
    thin_folder(target.parent, moment)
    made = next(b for b in files.list_backup_files(target.parent) if b.path == target)
    return describe(target, made.taken_at, made.reason)


def before_restore(ws: Workspace, backup: Path, *, run: Runner = here) -> BackupInfo:
    """What a restore does while the project is still open: refuse an unusable copy,
    then save the current state as a backup of its own."""
    project_id, name = _project_identity(ws)
    path, moment = ws.path, dt.datetime.now(dt.UTC)

    def check_then_copy() -> BackupInfo:
        check_usable(backup)
        return _copy(path, "before-restore", project_id, name, moment)

    return run(check_then_copy)


def thin_folder(folder: Path, now: dt.datetime) -> None:
    by_moment = {b.taken_at: b.path for b in files.list_backup_files(folder)}
    thin(by_moment, now, lambda moment: by_moment[moment].unlink(missing_ok=True))


def list_backups(project_path: Path) -> list[BackupInfo]:
    """The project's copies, newest first, with what each holds."""
    folder = files.folder_of_project_file(Path(project_path).absolute())
    if folder is None:
        return []
    return [describe(b.path, b.taken_at, b.reason) for b in files.list_backup_files(folder)]


def backup_notes(backup: Path) -> list[StoredNote]:
    """A backup's live notes, read without touching it (to copy one back)."""
    return read_notes(backup)


def newest_healthy(project_path: Path) -> BackupInfo | None:
    return next((b for b in list_backups(project_path) if b.healthy), None)


def restore(ws: Workspace, backup: Path) -> Path:
    """Put ``backup`` in place of the open project: its current state is backed up first.

    The workspace is closed; the caller opens the project again.
    """
    before_restore(ws, backup)
    path = ws.path
    ws.close()
    return restore_file(path, backup, back_up_current=False)


def restore_file(project: Path, backup: Path, *, back_up_current: bool = True) -> Path:
    """Replace the (closed) project file by ``backup``, atomically; returns the project path.

    A healthy current file is backed up first; a damaged one is never written to but kept
    beside, renamed ``NAME.beschadigd-STAMP.dialoog``, for whoever wants to rescue it.
    """
    project, backup = Path(project).absolute(), Path(backup).absolute()
    check_usable(backup)
    # Refused while the project is open elsewhere (a missing project is simply put back).
    lock = ProjectLock.acquire(project) if project.exists() else None
    try:
        if project.exists():
            if inspect_file(project, full=False).healthy:
                if back_up_current:
                    files.backup_copy(project, "before-restore")
            else:
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                os.replace(project, project.with_name(f"{project.stem}.beschadigd-{stamp}.dialoog"))
        staged = project.with_name(project.name + ".restoring")
        files.copy_database(backup, staged)
        # A WAL left by the old file would be replayed into the new one: it goes first
        # (what it held is in the copy just taken).
        for sidecar in ("-wal", "-shm", "-journal"):
            project.with_name(project.name + sidecar).unlink(missing_ok=True)
        os.replace(staged, project)
        fsutil.sync_folder(project.parent)
    finally:
        if lock is not None:
            lock.release()
    return project


def check_usable(backup: Path) -> None:
    if not backup.is_file() or not inspect_file(backup, full=False, immutable=True).healthy:
        raise BackupUnusableError(backup)


class AutoBackup:
    """Counts the commits of an open project; a copy only when something has changed."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._commits = 0
        self._copied_at_commit = 0
        self._unsubscribe = ws.events.subscribe(self._on_commit)

    def _on_commit(self, _topics: frozenset[Topic]) -> None:
        self._commits += 1

    @property
    def changed(self) -> bool:
        return self._commits != self._copied_at_commit

    def backup(self, reason: str, *, now: dt.datetime | None = None) -> BackupInfo:
        commits = self._commits
        info = backup_now(self.ws, reason, now=now)
        self._copied_at_commit = commits
        return info

    def maybe_backup(self, *, now: dt.datetime | None = None) -> BackupInfo | None:
        """A copy if anything was committed since the last one; else nothing."""
        return self.backup("auto", now=now) if self.changed else None

    def stop(self) -> None:
        self._unsubscribe()
