"""The SQLAlchemy engine for one project file, with the pragmas that make a save durable."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from . import cipher


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Take the transaction handling away from the sqlite3 module: it would otherwise
    # commit silently before DDL, and a failed migration could not roll back.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # Pragmas outside any transaction. WAL: readers never block the writer;
    # FULL: a returned commit survives a pulled plug; foreign keys: no orphans.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_begin(connection: Any) -> None:
    # With isolation_level=None we open the transaction ourselves (see _on_connect).
    connection.exec_driver_sql("BEGIN")


def _encrypted(path: Path) -> dict[str, Any]:
    """For a file with a passphrase: connections made by SQLCipher (see cipher.py)."""
    key = cipher.key_for(path)
    if key is None:
        return {}
    return {"creator": lambda: cipher.connect(path, key=key, check_same_thread=False)}


def create_project_engine(path: Path) -> Engine:
    # NullPool-like behaviour is not wanted (each connect re-runs the pragmas); a single
    # kept connection is what a desktop app needs. SingletonThreadPool would tie it to a
    # thread; the default QueuePool with pool_size 1 keeps one connection alive.
    engine = create_engine(
        f"sqlite:///{path}",
        pool_size=1,
        max_overflow=2,
        connect_args={"check_same_thread": False},
        **_encrypted(path),
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def create_throwaway_engine(path: Path) -> Engine:
    """An engine for a one-off look or migration; nothing is pooled afterwards."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, **_encrypted(path))
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
