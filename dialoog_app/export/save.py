"""Writing a file so that an existing one is never left half-written.

The document is written by the one atomic-write helper (``dialoog_app/fsutil.py``: a
temporary file in the target folder, fsynced, renamed over the target; the umask's
permissions for a new file; stale temporary files of a killed export cleaned up).
A folder that cannot be written to, or a document open in Word (Windows refuses the
rename; Word and LibreOffice leave an owner file beside it), gives a clear
message and leaves the old document as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

from dialoog_app import fsutil

from .errors import (
    OutputFolderMissingError,
    OutputLockedError,
    OutputReadOnlyError,
    OutputWriteError,
)


def owner_files(target: Path) -> list[Path]:
    """The lock files Word (``~$name``) and LibreOffice (``.~lock.name#``) keep while a
    document is open."""
    name = target.name
    candidates = {f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"}
    return [target.with_name(c) for c in sorted(candidates)]


def check_writable(target: Path) -> None:
    """Refuse early, with a clear message, what the final rename would refuse."""
    folder = target.parent
    if not folder.is_dir():
        raise OutputFolderMissingError(folder)
    if not os.access(folder, os.W_OK):
        raise OutputReadOnlyError(folder)
    if target.exists() and (target.is_dir() or not os.access(target, os.W_OK)):
        raise OutputLockedError(target)
    if any(owner.exists() for owner in owner_files(target)):
        raise OutputLockedError(target)


def write_atomically(target: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Call ``write`` on a temporary file beside ``target``, then put it in place."""
    target = Path(target).absolute()
    check_writable(target)
    try:
        temporary, handle = fsutil.create_temp(target.parent)
    except PermissionError:
        raise OutputReadOnlyError(target.parent) from None
    except OSError as error:
        raise OutputWriteError(target, error.strerror or str(error)) from None
    try:
        fsutil.put_in_place(temporary, handle, target, write)
    except PermissionError:
        raise OutputLockedError(target) from None
    except OSError as error:
        raise OutputWriteError(target, error.strerror or str(error)) from None
