"""Copies of a project file made with SQLite's online backup (safe while it is in use)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from dialoog_app import paths


def backup_copy(source: Path, reason: str) -> Path:
    """Copy ``source`` beside it (or, in a read-only folder, to the user's data folder)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{source.stem}.backup-{reason}-{stamp}{source.suffix}"
    target = source.with_name(name)
    try:
        _copy(source, target)
    except (sqlite3.OperationalError, PermissionError):
        target = paths.user_data_dir() / "backups" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy(source, target)
    return target


def _copy(source: Path, target: Path) -> None:
    # Created first with owner-only rights, like the project itself: it holds the same notes.
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
