"""How a project file identifies itself, and sniffing a file before SQLite touches it.

A Dialoog project is a SQLite database with ``PRAGMA application_id`` set to
``APPLICATION_ID`` and ``PRAGMA user_version`` set to the schema version of the newest
migration applied. Both sit in the 100-byte SQLite header, so a file can be judged by
reading bytes only: nothing is written to a file that turns out not to be ours.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from dialoog_app.domain import errors

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x44494C47  # "DILG"
# Bumped by every migration; a file with a higher number is from a newer Dialoog.
SCHEMA_VERSION = 3
PROJECT_SUFFIX = ".dialoog"


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
    if size == 0:
        raise errors.EmptyFileError(path)
    if len(raw) < 100 or not raw.startswith(SQLITE_MAGIC):
        if raw.startswith(SQLITE_MAGIC[:6]):
            raise errors.DamagedFileError(path, "header incomplete")
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
