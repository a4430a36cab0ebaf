"""The SQLAlchemy engine for one project file, with the pragmas that make a save durable.

Every connection gets the same pragmas (connection.py) in the ``connect`` event. The
log's checkpoints are the app's own, so that each new generation of the ``-wal`` carries
the stamp that ties it to the file (see wal.py). Created when the open project is first
written to, not when it is opened (project_file.py).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool, QueuePool

from . import cipher
from .connection import prepare
from .wal import STAMP_KEY, next_stamp, wal_path

# Checkpoint once the log is this large (SQLite's own default: 1,000 pages of 4 KiB).
CHECKPOINT_BYTES = 4 * 1024 * 1024


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    prepare(dbapi_connection)


@dataclass
class _LogState:
    """Per engine: must the next write stamp the log (a new generation may begin)?"""

    path: Path
    needs_stamp: bool = True


def _install(engine: Engine, path: Path) -> Engine:
    state = _LogState(path)

    def on_begin(connection: Connection) -> None:
        # With isolation_level=None we open the transaction ourselves (see _on_connect).
        connection.exec_driver_sql("BEGIN")
        connection.info["changes_at_begin"] = _dbapi(connection).total_changes

    def on_commit(connection: Connection) -> None:
        dbapi = _dbapi(connection)
        if state.needs_stamp and dbapi.total_changes != connection.info.get("changes_at_begin"):
            # Part of this transaction: if it begins a new log, its first commit holds it.
            if _write_stamp(dbapi):
                state.needs_stamp = False

    def on_checkin(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        pool = engine.pool
        if not isinstance(pool, QueuePool) or pool.checkedout() > 1:  # 1: this one
            return  # another connection may be reading: a checkpoint would wait for it
        try:
            if os.stat(wal_path(state.path)).st_size < CHECKPOINT_BYTES:
                return
        except FileNotFoundError:
            return
        state.needs_stamp = True  # even a partial checkpoint may let the log start over
        try:
            dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except cipher.database_errors():
            pass  # busy or interrupted: the log stays as it is, tried again next time

    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", on_begin)
    event.listen(engine, "commit", on_commit)
    event.listen(engine, "checkin", on_checkin)
    return engine


def _dbapi(connection: Connection) -> Any:
    """The driver's connection: sqlite3's, or SQLCipher's for an encrypted project."""
    return connection.connection.dbapi_connection


def _write_stamp(dbapi: Any) -> bool:
    try:
        row = dbapi.execute("SELECT value FROM setting WHERE key = ?", (STAMP_KEY,)).fetchone()
        stamp = next_stamp(row[0] if row else None)
        # The format SQLAlchemy stores UTCDateTime in (naive UTC, microseconds).
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        dbapi.execute(
            "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at",
            (STAMP_KEY, stamp, now),
        )
    except cipher.database_errors():
        return False  # not a project (yet): a bare file in a migration test
    return True


def _encrypted(path: Path) -> dict[str, Any]:
    """For a file with a passphrase: connections made by SQLCipher (see cipher.py)."""
    key = cipher.key_for(path)
    if key is None:
        return {}
    return {"creator": lambda: cipher.connect(path, key=key, check_same_thread=False)}


def create_project_engine(path: Path) -> Engine:
    # A single kept connection is what a desktop app needs (each connect re-runs the
    # pragmas); SingletonThreadPool would tie it to a thread. The default QueuePool with
    # pool_size 1 keeps one connection alive.
    engine = create_engine(
        f"sqlite:///{path}",
        pool_size=1,
        max_overflow=2,
        connect_args={"check_same_thread": False},
        **_encrypted(path),
    )
    return _install(engine, path)


def create_throwaway_engine(path: Path) -> Engine:
    """An engine for a one-off look or migration; nothing is pooled afterwards."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, **_encrypted(path))
    return _install(engine, path)
