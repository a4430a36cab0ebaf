"""Writing a user's file so that it is never half-written: the one atomic-write helper.

Used by the Word export (``export/save.py``) and the agenda templates
(``services/agenda_templates.py``); it knows only files (no Qt, nothing of ours), so every
layer may use it. The steps: a temporary file of ours in the target folder
(``.~dialoog-*.tmp``), written, flushed and fsynced, then renamed over the target in one
step (``os.replace``, atomic on one file system), and the folder fsynced so the rename
survives a power cut too. On any error the temporary file is removed.

A new file gets the permissions the user's umask gives (as any program's new file); a
replaced file keeps its own. A process killed mid-write leaves its temporary file behind;
the next write to that folder removes ours once they are a minute old — never one that is
still being written (a writer holds a lock on it).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

TEMP_PREFIX = ".~dialoog-"
TEMP_SUFFIX = ".tmp"
STALE_AFTER_SECONDS = 60.0

try:  # POSIX: a lock tells a temp file in use from one left by a killed process
    import fcntl
except ImportError:  # pragma: no cover - Windows: an open file cannot be removed anyway
    fcntl = None  # type: ignore[assignment]


def _lock(handle: IO[bytes], *, wait: bool) -> bool:
    if fcntl is None:  # pragma: no cover
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def remove_stale_temp_files(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove our temporary files in ``folder`` left by a killed write; the ones removed."""
    now = time.time() if now is None else now
    removed = []
    try:
        candidates = list(Path(folder).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
    except OSError:
        return []
    for path in candidates:
        with contextlib.suppress(OSError):
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < STALE_AFTER_SECONDS:
                continue
            with open(path, "rb") as handle:
                if not _lock(handle, wait=False):
                    continue  # another writer still has it open
                path.unlink()
                removed.append(path)
    return removed


def create_temp(folder: Path) -> tuple[Path, IO[bytes]]:
    """A new, locked temporary file of ours in ``folder``, with the umask's permissions."""
    remove_stale_temp_files(folder)
    while True:
        path = Path(folder) / f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            # 0o666 as any new file: the kernel takes the umask off (tempfile would force 0o600).
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:  # pragma: no cover - 48 random bits
            continue
        handle = os.fdopen(descriptor, "wb")
        _lock(handle, wait=True)
        return path, handle


def put_in_place(
    temporary: Path, handle: IO[bytes], target: Path, write: Callable[[IO[bytes]], object]
) -> None:
    """Write through ``handle`` (of ``create_temp``), make it durable, rename it over ``target``.

    The temporary file is gone afterwards, whatever happened.
    """
    try:
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
            with contextlib.suppress(FileNotFoundError):
                os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))  # a replaced file's
            os.replace(temporary, target)
        sync_folder(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def write_atomically(target: Path, write: Callable[[IO[bytes]], object]) -> None:
    """``create_temp`` and ``put_in_place`` in one; raises ``OSError`` as it comes."""
    temporary, handle = create_temp(Path(target).parent)
    put_in_place(temporary, handle, Path(target), write)


def sync_file(path: Path) -> None:
    """Flush a closed file's bytes to the disk."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_folder(folder: Path) -> None:
    """Make a new or changed name in ``folder`` durable (after a rename, link or unlink)."""
    if os.name != "posix":  # pragma: no cover - Windows cannot open a folder
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
