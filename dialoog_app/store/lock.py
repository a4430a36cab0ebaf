"""One writer per project file: an OS lock on a sidecar file.

The lock belongs to an open file description, so a second window in the same process is
refused as well as a second process; the OS releases it when a process dies, so a crash
never leaves a project locked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dialoog_app.domain import errors


def lock_path_for(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


class ProjectLock:
    def __init__(self, project: Path) -> None:
        self._project = project
        self._path = lock_path_for(project)
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError:
            raise errors.ReadOnlyError(self._project) from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise errors.AlreadyOpenError(self._project) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
        try:
            self._path.unlink()
        except OSError:
            pass  # another process may hold it already; it is only a sidecar


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
