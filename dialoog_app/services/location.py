"""Is a project in a place where SQLite's WAL is unsafe: a network share or a synced folder?

WAL needs shared memory between the processes on one machine; a network file system does
not give that, and a sync client (OneDrive, Dropbox …) may upload a half-checkpointed file or
restore an old copy over it. Such projects get a warning and a one-click local copy.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path, PurePath

from dialoog_app.store import cipher
from dialoog_app.store.backup import copy_database

SYNCED_FOLDERS = (
    "onedrive", "dropbox", "google drive", "googledrive", "my drive", "mijn drive",
    "icloud drive", "mobile documents", "nextcloud", "owncloud", "pcloud", "box sync",
    "surfdrive", "megasync",
)  # fmt: skip
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "9p", "ceph", "glusterfs",
     "davfs", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.s3fs", "lustre",
     "fuse.davfs2", "fuse.glusterfs", "fuse.cephfs"}
)  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW


class Risk(StrEnum):
    SYNCED = "synced"  # inside a OneDrive/Dropbox/… folder
    NETWORK = "network"  # on a network file system


def synced_folder(path: PurePath) -> str | None:
    """The name of the sync service folder the path is in, as written, or None."""
    for part in path.parts[:-1]:
        lower = part.casefold()
        for service in SYNCED_FOLDERS:
            # "OneDrive", "OneDrive - Gemeente Putten", "Dropbox (Persoonlijk)"
            if lower == service or lower.startswith((service + " ", service + "-")):
                return part
    return None


def network_fstype(path: PurePath, mounts: str) -> str | None:
    """The file system type of the longest mount point holding ``path`` if it is a network
    one (``mounts`` is the text of /proc/mounts)."""
    best: tuple[int, str] | None = None
    text_path = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = text_path == mount_point or text_path.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fields[2])
    if best is not None and best[1].casefold() in NETWORK_FILESYSTEMS:
        return best[1]
    return None


def _windows_remote(path: Path) -> bool:  # pragma: no cover - exercised on Windows
    text = str(path)
    if text.startswith("\\\\"):
        return True  # a UNC path: \\server\share
    import ctypes

    root = os.path.splitdrive(text)[0] + "\\"
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOTE)  # type: ignore[attr-defined]


def risk_of(path: Path, *, mounts: str | None = None) -> Risk | None:
    """Why ``path`` is an unsafe place for a project, or None if it is on a local disk."""
    path = Path(path).absolute()
    if synced_folder(path) is not None:
        return Risk.SYNCED
    if sys.platform == "win32":
        return Risk.NETWORK if _windows_remote(path) else None
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text("utf-8", errors="replace")
        except OSError:
            return None  # macOS and others: no /proc; the folder names above still count
    return Risk.NETWORK if network_fstype(path.resolve(), mounts) else None


def copy_to_local(source: Path, folder: Path) -> Path:
    """A consistent copy of the (open) project in ``folder``, never overwriting a file."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    number = 2
    while target.exists():
        target = folder / f"{source.stem} ({number}){source.suffix}"
        number += 1
    copy_database(source, target)  # encrypted like the source
    key = cipher.key_for(source)
    if key is not None:
        cipher.remember(target, key)
    return target
