"""The pragmas that make a save durable, for every connection to an open project file.

Here, not in engine.py, so that a connection can be made without importing SQLAlchemy:
the open project's own read connection (project_file.py) is made before the first paint,
and the engine only when something is first written. A test asserts the pragmas on every
connection the app makes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import cipher

PRAGMAS = (
    # WAL: readers never block the writer; FULL: a returned commit survives a pulled
    # plug (the log is synced on every commit); foreign keys: no orphans.
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    # No automatic checkpoints: a log may only start again where the app stamps it.
    "PRAGMA wal_autocheckpoint=0",
)


def prepare(dbapi_connection: Any) -> None:
    """Set up a new connection (sqlite3's or SQLCipher's) the one way."""
    # Take the transaction handling away from the sqlite3 module: it would otherwise
    # commit silently before DDL, and a failed migration could not roll back.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:  # outside any transaction, where they take effect
        cursor.execute(pragma)
    cursor.close()


def connect(path: Path) -> Any:
    """A prepared connection to ``path`` (encrypted if it has a passphrase)."""
    connection = cipher.connect(path, isolation_level=None, check_same_thread=False)
    try:
        prepare(connection)
    except BaseException:
        connection.close()
        raise
    return connection
