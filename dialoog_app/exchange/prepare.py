"""Preparing the table laptops: one copy of the project per table, each marked with it.

A copy is the whole project (same ids, so it merges back without questions), made with
SQLite's online backup into a temporary file in the target folder, marked with its table
(``setting`` ``prepared.table``, read by the Tafel screen through
``services.drafts.remembered_table``), synced and then renamed: a copy is complete or
absent. Existing files are never overwritten.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dialoog_app.domain import errors
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.store.fileformat import PROJECT_SUFFIX

from .sources import PREPARED_TABLE_KEY, read_only


class UnknownTableError(errors.UserError):
    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "There is no table \u201c{name}\u201d in this project."),
            name=name,
        )


class NoTablesError(errors.UserError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "This meeting has no tables yet; add the tables first, then prepare."
            )
        )


@dataclass(frozen=True)
class PreparedCopy:
    table_id: str
    table_name: str
    path: Path


def laptop_file_name(position: int, name: str) -> str:
    """ "Tafel 3 – Zorg en welzijn.dialoog"; a name that already says "Tafel 3" stays."""
    label = name if re.match(r"(?i)tafel\b", name) else f"Tafel {position} \u2013 {name}"
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", label).strip(" .") or f"Tafel {position}"
    return safe + PROJECT_SUFFIX


def tables_of(project: Path, meeting: str | None = None) -> list[tuple[str, str, str]]:
    """(meeting id, table id, name) of one meeting's live tables, in order; the first
    meeting unless ``meeting`` names one (title or id)."""
    connection = read_only(project)
    try:
        meetings = connection.execute(
            "SELECT id, title FROM meeting WHERE deleted_at IS NULL ORDER BY position, id"
        ).fetchall()
        chosen = [m for m in meetings if meeting in (None, m[0], m[1])][:1]
        if not chosen:
            raise UnknownTableError(meeting or "")
        rows = connection.execute(
            "SELECT meeting_id, id, name FROM dialogue_table WHERE deleted_at IS NULL "
            "AND meeting_id = ? ORDER BY position, id",
            (chosen[0][0],),
        ).fetchall()
    finally:
        connection.close()
    return [(str(m), str(t), str(n)) for m, t, n in rows]


def prepare_laptops(
    project: Path,
    folder: Path,
    table_names: Sequence[str] = (),
    meeting: str | None = None,
) -> list[PreparedCopy]:
    project, folder = Path(project).absolute(), Path(folder).absolute()
    tables = tables_of(project, meeting)
    if not tables:
        raise NoTablesError()
    numbered = [(n + 1, t) for n, t in enumerate(tables)]
    if table_names:
        wanted = {name.casefold() for name in table_names}
        known = {t[2].casefold() for t in tables} | {t[1] for t in tables}
        for name in table_names:
            if name.casefold() not in known:
                raise UnknownTableError(name)
        numbered = [(n, t) for n, t in numbered if t[2].casefold() in wanted or t[1] in wanted]
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for position, (_meeting_id, table_id, name) in numbered:
        target = folder / laptop_file_name(position, name)
        if target.exists():
            raise errors.ProjectExistsError(target)
        _copy_marked(project, target, table_id)
        copies.append(PreparedCopy(table_id, name, target))
    return copies


def _copy_marked(project: Path, target: Path, table_id: str) -> None:
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    # Owner-only, like the project itself: the copy holds the same names and notes.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        source = read_only(project)
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to carry
            copy.execute(
                "INSERT OR REPLACE INTO setting (key, value, updated_at) VALUES "
                "(?, ?, strftime('%Y-%m-%d %H:%M:%f', 'now'))",
                (PREPARED_TABLE_KEY, table_id),
            )
        finally:
            copy.close()
            source.close()
        with partial.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
