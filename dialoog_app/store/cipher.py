"""Encryption at rest: SQLCipher (the ``sqlcipher3`` package) for projects with a passphrase.

Every connection to a project file or a backup goes through ``connect``: a file with a known
passphrase is opened by SQLCipher with ``PRAGMA key``, any other by the standard sqlite3
module. Passphrases are held in memory only, per file and per backups folder (so a
project's backups, encrypted with the same key, open too), or for the whole session
(``DIALOOG_PASSPHRASE``, for the command line). An encrypted file has no readable header:
``looks_encrypted`` tells it from a plain SQLite file before anything is written.
"""

from __future__ import annotations

import os
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

from dialoog_app.domain import errors

PASSPHRASE_ENV = "DIALOOG_PASSPHRASE"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_keys: dict[Path, str] = {}
_session: list[str] = []


def available() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def database_errors() -> tuple[type[Exception], ...]:
    """sqlite3's and SQLCipher's DatabaseError (two unrelated classes) for ``except``."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, dbapi2.DatabaseError)


def remember(path: Path, passphrase: str) -> None:
    """Use ``passphrase`` for this file (or, for a folder, every file in it)."""
    _keys[Path(path).absolute()] = passphrase


def forget(path: Path) -> None:
    _keys.pop(Path(path).absolute(), None)


def use_session_passphrase(passphrase: str | None) -> None:
    """One passphrase for every encrypted file this process opens (the command line)."""
    _session[:] = [passphrase] if passphrase else []


def use_passphrase_from_environment() -> None:
    use_session_passphrase(os.environ.get(PASSPHRASE_ENV) or None)


def looks_encrypted(path: Path) -> bool:
    """Not a SQLite header, yet sized in whole pages: a SQLCipher file (or random bytes)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return size >= 1024 and size % 512 == 0 and head != _SQLITE_MAGIC


def key_for(path: Path) -> str | None:
    path = Path(path).absolute()
    for candidate in (path, path.parent):
        if candidate in _keys:
            return _keys[candidate]
    if _session and looks_encrypted(path):
        return _session[0]
    return None


def connect(
    path: Path,
    *,
    mode: str = "rwc",
    key: str | None = None,
    isolation_level: str | None = "",
    check_same_thread: bool = True,
) -> Any:
    """A DB-API connection: SQLCipher when the file has a passphrase, else sqlite3.

    ``mode``: "rwc" (read, write, create), "ro" or "immutable" (a backup: read-only, and
    SQLite need not make a -shm beside it).
    """
    key = key if key is not None else key_for(path)
    # as_uri escapes what a file name may hold ("#", "?", "%", spaces).
    uri = f"{Path(path).absolute().as_uri()}?mode={'ro' if mode == 'immutable' else mode}"
    if mode == "immutable":
        uri += "&immutable=1"
    options: dict[str, Any] = {"uri": True, "check_same_thread": check_same_thread}
    if isolation_level != "":
        options["isolation_level"] = isolation_level
    if key is None:
        return sqlite3.connect(uri, **options)
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise errors.EncryptionUnavailableError(path) from None
    connection = dbapi2.connect(uri, **options)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to say
        connection.execute("PRAGMA key = '{}'".format(key.replace("'", "''")))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError:
        connection.close()
        raise errors.WrongPassphraseError(path) from None
    return connection


def export_encrypted(source: Path, target: Path, passphrase: str) -> None:
    """Write an encrypted copy of the plain project ``source`` to the new file ``target``."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise errors.EncryptionUnavailableError(source) from None
    connection = dbapi2.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None)
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), passphrase))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        # sqlcipher_export copies schema and rows, not the header's identity fields.
        connection.execute(f"PRAGMA encrypted.application_id = {int(app_id)}")
        connection.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
