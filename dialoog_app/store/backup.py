"""Copies of a project file made with SQLite's online backup (safe while it is in use).

Every copy lands in the user's data folder, ``backups/<project id>/``, one folder per
project (its id survives renaming and moving the file), named by the UTC moment it was
taken and why: ``20261202-070512-123456-open.dialoog``. A copy is written to a temporary
name, synced and renamed, created 0600 like the project: it holds the same notes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from dialoog_app import paths
from dialoog_app.domain import errors
from dialoog_app.fsutil import sync_file, sync_folder

from . import cipher

SUFFIX = ".dialoog"
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.dialoog$")
ORIGIN = "origin.json"  # the project's last known path and name, to find a damaged file's copies


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # UTC
    reason: str


def backups_root() -> Path:
    return paths.user_data_dir() / "backups"


def folder_for(project_id: str) -> Path:
    # Owner-only folders: even the names of the copies say when someone worked.
    backups_root().mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = backups_root() / project_id
    folder.mkdir(exist_ok=True, mode=0o700)
    return folder


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    # immutable: a backup never changes, so SQLite need not create a -shm beside it.
    return f"file:{path}?mode=ro" + ("&immutable=1" if immutable else "")


def project_id_of(path: Path) -> str | None:
    """The project row's id, read without writing; None if the file cannot tell."""
    try:
        connection = cipher.connect(path, mode="ro")
        try:
            row = connection.execute(
                "SELECT id FROM project WHERE deleted_at IS NULL LIMIT 1"
            ).fetchone()
        finally:
            connection.close()
    except cipher.database_errors():
        return None
    except errors.ProjectFileError:  # encrypted, passphrase unknown or wrong
        return None
    return str(row[0]) if row else None


def folder_of_project_file(path: Path) -> Path | None:
    """The backups folder of the project at ``path``: by its id, else by its recorded path."""
    project_id = project_id_of(path)
    if project_id is not None and (backups_root() / project_id).is_dir():
        return _with_key_of(path, backups_root() / project_id)
    root = backups_root()
    if not root.is_dir():
        return None
    for folder in sorted(root.iterdir()):
        try:
            origin = json.loads((folder / ORIGIN).read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if origin.get("path") == str(path):
            return _with_key_of(path, folder)
    return None


def _with_key_of(project: Path, folder: Path) -> Path:
    """An encrypted project's copies carry its passphrase: they open with it too."""
    key = cipher.key_for(project)
    if key is not None:
        cipher.remember(folder, key)
    return folder


def backup_copy(
    source: Path,
    reason: str,
    *,
    project_id: str | None = None,
    name: str = "",
    now: dt.datetime | None = None,
) -> Path:
    """Copy ``source`` (open or not) into its project's backups folder; returns the copy."""
    source = Path(source).absolute()
    project_id = project_id or project_id_of(source) or "unknown"
    folder = _with_key_of(source, folder_for(project_id))
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "copy"
    target = folder / f"{moment.strftime(_STAMP)}-{slug}{SUFFIX}"
    while target.exists():  # two copies in one microsecond (a fake clock): keep both
        moment += dt.timedelta(microseconds=1)
        target = folder / f"{moment.strftime(_STAMP)}-{slug}{SUFFIX}"
    copy_database(source, target)
    _write_origin(folder, source, name)
    return target


def _write_origin(folder: Path, source: Path, name: str) -> None:
    origin = {"path": str(source), "name": name or source.stem}
    temporary = folder / (ORIGIN + ".tmp")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(origin, ensure_ascii=False))
    os.replace(temporary, folder / ORIGIN)


def copy_database(source: Path, target: Path) -> None:
    """One consistent snapshot of ``source`` at ``target``, atomically, 0600, one file."""
    temporary = target.with_name(target.name + ".tmp")
    temporary.unlink(missing_ok=True)
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        src = cipher.connect(source, mode="ro")
        try:
            # An encrypted project's copy is encrypted with the same passphrase.
            dst = cipher.connect(temporary, key=cipher.key_for(source), isolation_level=None)
            try:
                src.backup(dst)  # all pages in one step: one read transaction, one snapshot
                # A self-contained file (no -wal beside it); the app turns WAL on at open.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        sync_file(temporary)
        os.replace(temporary, target)
        sync_folder(target.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def list_backup_files(folder: Path) -> list[BackupFile]:
    """The copies in ``folder``, newest first (files of other names are ignored)."""
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        match = _NAME.match(path.name)
        if match:
            moment = dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.UTC)
            found.append(BackupFile(path, moment, match.group(2)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)
