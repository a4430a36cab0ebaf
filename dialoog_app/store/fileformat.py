"""How a project file identifies itself, and sniffing a file before SQLite touches it.

A Dialoog project is a SQLite database with ``PRAGMA application_id`` set to
``APPLICATION_ID`` and ``PRAGMA user_version`` set to the schema version of the newest
migration applied. Both sit in the 100-byte SQLite header, so a file can be judged by
reading bytes only: nothing is written to a file that turns out not to be ours.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from dialoog_app.domain import errors

from . import cipher

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x44494C47  # "DILG"
# Bumped by every migration; a file with a higher number is from a newer Dialoog.
SCHEMA_VERSION = 5
# The Alembic revision of that head ("0001", "0002" …): a file stamped with it needs no
# migration, told without Alembic (project_file.open_project, reader.open_reader).
SHIPPED_REVISION = f"{SCHEMA_VERSION:04d}"
PROJECT_SUFFIX = ".dialoog"
# The longest name SQLite puts beside a project file (rollback journal; WAL uses -wal/-shm).
LONGEST_SIDECAR = "-journal"


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int  # 0 when the header does not know (older writers)
    user_version: int
    application_id: int


def read_header(path: Path, supported_version: int = SCHEMA_VERSION) -> Header:
    """Read and check the SQLite header; raise a ProjectFileError for anything not ours."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            raw = f.read(100)
    except FileNotFoundError:
        raise errors.NotFoundError(path) from None
    except IsADirectoryError:
        raise errors.NotAProjectError(path) from None
    except PermissionError:
        raise errors.ReadOnlyError(path) from None
    return check_header(path, raw, size, supported_version)


def read_header_from(path: Path, fd: int, supported_version: int = SCHEMA_VERSION) -> Header:
    """The same check through a descriptor already open (the lock's: see lock.py)."""
    return check_header(path, pread(fd, 100, 0), os.fstat(fd).st_size, supported_version)


def pread(fd: int, size: int, offset: int) -> bytes:
    """Read without moving a shared file position (Windows has no ``os.pread``)."""
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # pragma: no cover - Windows
    return os.read(fd, size)  # pragma: no cover


def check_header(path: Path, raw: bytes, size: int, supported_version: int) -> Header:
    if size == 0:
        raise errors.EmptyFileError(path)
    if len(raw) < 100 or not raw.startswith(SQLITE_MAGIC):
        if raw.startswith(SQLITE_MAGIC[:6]):
            raise errors.DamagedFileError(path, "header incomplete")
        if cipher.looks_encrypted(path):
            return _encrypted_header(path, supported_version)
        raise errors.NotAProjectError(path)
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    version_valid_for = struct.unpack(">I", raw[92:96])[0]
    user_version = struct.unpack(">I", raw[60:64])[0]
    application_id = struct.unpack(">I", raw[68:72])[0]
    if version_valid_for != change_counter:
        page_count = 0
    header = Header(page_size, page_count, user_version, application_id)
    if application_id != APPLICATION_ID:
        raise errors.ForeignDatabaseError(path)
    if page_size < 512 or size % page_size != 0 or size < header.page_count * page_size:
        raise errors.DamagedFileError(path, "file is shorter than its header says")
    if user_version > supported_version:
        raise errors.NewerVersionError(path)
    return header


def check_name_length(path: Path) -> None:
    """Refuse a name whose sidecars (``-journal``, ``-wal``, ``-shm``) the folder cannot hold.

    SQLite makes them beside the file on its first write; a name that fits while they do
    not would fail half-way, so it is refused up front (upgrade backups: see project_file).
    """
    limit = name_max(path.parent)
    longest = len(os.fsencode(path.name)) + len(LONGEST_SIDECAR)
    if longest > limit:
        raise errors.NameTooLongError(path, limit - len(LONGEST_SIDECAR))


def name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):  # Windows, a missing folder …
        return 255


def _encrypted_header(path: Path, supported_version: int) -> Header:
    """An encrypted file's header can only be read with its passphrase (a wrong one is
    said as such, never as damage)."""
    if cipher.key_for(path) is None:
        raise errors.PassphraseRequiredError(path)
    connection = cipher.connect(path, mode="ro")
    try:
        values = [
            int(connection.execute(f"PRAGMA {name}").fetchone()[0])
            for name in ("page_size", "page_count", "user_version", "application_id")
        ]
    finally:
        connection.close()
    header = Header(*values)
    if header.application_id != APPLICATION_ID:
        raise errors.ForeignDatabaseError(path)
    if header.user_version > supported_version:
        raise errors.NewerVersionError(path)
    return header
