"""One writer per project file: an OS lock on the project file itself.

The lock is taken on the database file (``flock``), so it belongs to the file's identity,
not to a name: a symlink or a hard link in another folder finds the same lock. There is no
lock file to create or delete, so nothing piles up and no process can ever unlink a lock
another one holds; the OS releases the lock when a process dies.

``flock`` locks do not interact with SQLite's own ``fcntl`` locks on a local disk. But
POSIX drops *all* of a process's ``fcntl`` locks on a file when *any* descriptor of it is
closed, so this process must never open and close a project file that SQLite has open
here: the lock keeps its descriptor open for the whole session (the header is read
through it), and a second open of the same file in this process is refused by identity
(device + inode) before any descriptor is opened.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from dialoog_app.domain import errors

# Identities (device, inode) of the project files this process has open.
_held: set[tuple[int, int]] = set()


class ProjectLock:
    """The lock on one project file, with the descriptor it is held through."""

    def __init__(self, project: Path, fd: int, identity: tuple[int, int]) -> None:
        self.project = project
        self.fd = fd
        self.identity = identity

    @classmethod
    def acquire(cls, project: Path) -> ProjectLock:
        """Lock ``project`` or refuse: not found, not a file, read-only, already open."""
        try:
            st = os.stat(project)
        except FileNotFoundError:
            raise errors.NotFoundError(project) from None
        except PermissionError:
            raise errors.ReadOnlyError(project) from None
        identity = (st.st_dev, st.st_ino)
        if not stat.S_ISREG(st.st_mode):
            raise errors.NotAProjectError(project)
        if identity in _held:
            raise errors.AlreadyOpenError(project)
        try:
            fd = os.open(project, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            raise errors.NotFoundError(project) from None
        except PermissionError:
            raise errors.ReadOnlyError(project) from None
        return cls.adopt(project, fd)

    @classmethod
    def adopt(cls, project: Path, fd: int) -> ProjectLock:
        """Lock the file open as ``fd`` (which this lock then owns)."""
        st = os.fstat(fd)
        identity = (st.st_dev, st.st_ino)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise errors.AlreadyOpenError(project) from None
        _held.add(identity)
        return cls(project, fd, identity)

    def release(self) -> None:
        """Unlock and close; call only after every SQLite connection to the file is closed."""
        if self.fd < 0:
            return
        _held.discard(self.identity)
        try:
            _unlock(self.fd)
        finally:
            os.close(self.fd)
            self.fd = -1


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    # Windows locks are mandatory: lock one byte far beyond any real file (and beyond
    # SQLite's own lock bytes at 1 GiB), so SQLite can still read and write every page.
    _LOCK_OFFSET = 1 << 62

    def _lock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
