"""Does the ``-wal`` beside a project file belong to it? Decided before SQLite sees either.

SQLite applies whatever ``NAME-wal`` lies beside ``NAME`` (its format records nothing of
the database it was written for), so a project file replaced or copied back after a crash
would silently be mixed with the old file's log. Dialoog ties the two together itself:

- The app never lets SQLite checkpoint on its own (``wal_autocheckpoint=0``; see
  engine.py), so a new *generation* of the log — frames starting again at 1 — can only
  begin after the app's own checkpoint, or in a fresh log.
- The first write of every generation also writes a *stamp* (the ``setting`` row
  ``store.wal-stamp`` = ``dialoog-wal:PREVIOUS:CURRENT``, CURRENT a fresh random token),
  in the same transaction, so it is in the log's first commit.
- A log belongs to the file if that first commit's stamp follows the stamp in the file
  (read from the file alone)
  (the file's CURRENT is the log's PREVIOUS: the file is where the log began), or the
  file already holds the log's own stamp (the log was copied in before a crash ended the
  checkpoint). Anything else — another file, an older or newer copy, a hard link written
  through another name — is refused, and none of the three files is touched.

Only frames SQLite itself would use are read: salts equal to the header's and checksums
that chain (the WAL format: https://www.sqlite.org/fileformat2.html#walformat), up to
the last commit. A log without such frames is ignored by SQLite, so it is harmless.
"""

from __future__ import annotations

import os
import re
import sqlite3
import struct
import uuid
from pathlib import Path

from dialoog_app.domain import errors

from .fileformat import pread

STAMP_KEY = "store.wal-stamp"
_NONE = "0" * 32  # the PREVIOUS of a file's first stamp
_STAMP = re.compile(rb"dialoog-wal:([0-9a-f]{32}):([0-9a-f]{32})")
_MAGIC = (0x377F0682, 0x377F0683)  # little- / big-endian checksums
_HEADER = 32
_FRAME_HEADER = 24


def wal_path(project: Path) -> Path:
    return project.with_name(project.name + "-wal")


def shm_path(project: Path) -> Path:
    return project.with_name(project.name + "-shm")


def next_stamp(current_value: str | None) -> str:
    found = _STAMP.fullmatch((current_value or "").encode("ascii", "replace"))
    previous = found.group(2).decode() if found else _NONE
    return f"dialoog-wal:{previous}:{uuid.uuid4().hex}"


def check_wal_belongs(project: Path, main_fd: int, page_size: int) -> None:
    """Raise StaleWalError if ``project``'s ``-wal`` holds commits of another file."""
    wal = wal_path(project)
    try:
        log = wal.read_bytes()
    except FileNotFoundError:
        return
    except PermissionError:
        raise errors.ReadOnlyError(project) from None
    first_commit = _first_commit(log)
    if first_commit is None:
        return  # nothing SQLite would apply
    wal_page_size, images = first_commit
    stale = errors.StaleWalError(project, wal.name, shm_path(project).name)
    if wal_page_size != page_size:
        raise stale
    stamp = next((s for s in map(_STAMP.search, images) if s), None)
    if stamp is None:
        raise stale  # a log Dialoog did not begin: nothing ties it to this file
    previous, current = stamp.group(1), stamp.group(2)
    in_main = _stamps_in_file(project, main_fd)
    if previous == _NONE.encode() and not in_main:
        return  # the file's first stamp, on a file that had none
    if not in_main & {previous, current}:
        raise stale


def _stamps_in_file(project: Path, main_fd: int) -> set[bytes]:
    """The file's own stamp, read from the file alone (``immutable``: the log is ignored).

    A file torn by a crash during a checkpoint may not read as a database; then every
    stamp its bytes hold counts (the log, complete, is what repairs it).
    """
    try:
        connection = sqlite3.connect(f"{project.as_uri()}?immutable=1", uri=True)
        try:
            row = connection.execute(
                "SELECT value FROM setting WHERE key = ?", (STAMP_KEY,)
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        main = pread(main_fd, os.fstat(main_fd).st_size, 0)
        return {m.group(2) for m in _STAMP.finditer(main)}
    found = _STAMP.fullmatch(str(row[0]).encode("ascii", "replace")) if row else None
    return {found.group(2)} if found else set()


def _first_commit(log: bytes) -> tuple[int, list[bytes]] | None:
    """The page size and the page images of the log's first commit, if it has one."""
    if len(log) < _HEADER:
        return None
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", log[:_HEADER])
    if magic not in _MAGIC or version != 3007000:
        return None
    big_endian = magic & 1 == 1
    if (c1, c2) != _checksum(log[:24], big_endian, 0, 0):
        return None
    s1, s2 = c1, c2
    images: list[bytes] = []
    offset = _HEADER
    while offset + _FRAME_HEADER + page_size <= len(log):
        head = log[offset : offset + _FRAME_HEADER]
        page_no, commit_size, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", head)
        image = log[offset + _FRAME_HEADER : offset + _FRAME_HEADER + page_size]
        if page_no == 0 or (f_salt1, f_salt2) != (salt1, salt2):
            return None
        s1, s2 = _checksum(head[:8], big_endian, s1, s2)
        s1, s2 = _checksum(image, big_endian, s1, s2)
        if (s1, s2) != (f_c1, f_c2):
            return None
        images.append(image)
        if commit_size != 0:
            return page_size, images
        offset += _FRAME_HEADER + page_size
    return None


def _checksum(data: bytes, big_endian: bool, s1: int, s2: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2
