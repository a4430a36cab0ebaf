"""Merging laptop copies of a project back into it: all sources in one transaction.

Every source is judged first (exchange/sources.py) — a refusal changes nothing. Then the
target is backed up (SQLite's online backup) and the sources are attached read-only to
one connection and merged table by table in one ``BEGIN IMMEDIATE … COMMIT``: a crash,
a kill or an error leaves the target exactly as it was. The rule for each row is in
exchange/versions.py; the per-table work in exchange/merge_rows.py.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dialoog_app.store.backup import backup_copy
from dialoog_app.store.models import new_id
from dialoog_app.store.versions import PLAN_TABLES, SYNCED_TABLES

from . import merge_fold
from . import versions as vv
from .merge_errors import TooManySourcesError
from .merge_rows import Counts, TableMerge
from .sources import SourceFile, check_source, project_identity, read_only

# Parents before children, so every foreign key finds its row. Drafts are not merged as
# drafts (one per table and laptop) but become concept notes.
MERGED_TABLES = tuple(table for table in SYNCED_TABLES if table != "note_draft")
# SQLite attaches at most 10 databases; one is the target, and attaching and detaching
# cannot happen inside the one transaction.
MAX_SOURCES = 9

Progress = Callable[[str, str], None]  # (source file name, table)


@dataclass
class SourceSummary:
    path: Path
    device_id: str
    table_name: str
    tables: dict[str, Counts] = field(default_factory=dict)
    concept_notes: int = 0

    @property
    def total(self) -> Counts:
        return self.counted(self.tables)

    @property
    def plan(self) -> Counts:
        """The plan's tables together (votes, plan parts, indicators, actions, experts)."""
        return self.counted(PLAN_TABLES)

    def counted(self, tables: Iterable[str]) -> Counts:
        total = Counts()
        for table in tables:
            total.add(self.tables.get(table, Counts()))
        return total


def check_sources(target: Path, sources: Sequence[Path]) -> list[SourceFile]:
    """Judge every source; raises the first refusal (a UserError) before any change."""
    if len(sources) > MAX_SOURCES:
        raise TooManySourcesError(MAX_SOURCES)
    project_id = target_project_id(target)
    return [check_source(target, Path(p), project_id) for p in sources]


def target_project_id(target: Path) -> str:
    connection = read_only(target)
    try:
        return project_identity(connection)[0]
    finally:
        connection.close()


def merge_files(
    target: Path, sources: Sequence[Path], *, progress: Progress | None = None
) -> list[SourceSummary]:
    """Merge ``sources`` into the project file ``target`` (which this process has locked)."""
    target = Path(target).absolute()
    checked = check_sources(target, sources)
    if not checked:
        return []
    backup_before(target, "before-merge")
    db = sqlite3.connect(target.as_uri(), uri=True, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA busy_timeout=5000")
        db.execute("BEGIN IMMEDIATE")
        try:
            summaries = [
                _merge_one(db, f"src{n}", source, progress) for n, source in enumerate(checked)
            ]
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    finally:
        db.close()
    return summaries


def backup_before(target: Path, reason: str) -> Path:
    # Backups are named to the second; a second merge within it needs another name.
    for attempt in range(1, 100):
        try:
            return backup_copy(target, reason if attempt == 1 else f"{reason}-{attempt}")
        except FileExistsError:
            continue
    raise FileExistsError(target)


def _merge_one(
    db: sqlite3.Connection, alias: str, source: SourceFile, progress: Progress | None
) -> SourceSummary:
    db.execute(f"ATTACH DATABASE ? AS {alias}", (source.uri,))
    summary = SourceSummary(source.path, source.device_id, source.table_name)
    log_id = new_id()
    # An unfinished log row also tells the version triggers to stand aside (see
    # store/versions.py); it is finished below, in the same transaction.
    db.execute(
        "INSERT INTO merge_log (id, merged_at, source_path, source_device, table_name, new, "
        "updated, unchanged, conflicts, details) VALUES (?, strftime('%Y-%m-%d %H:%M:%f', "
        "'now'), ?, ?, ?, 0, 0, 0, 0, '{}')",
        (log_id, str(source.path), source.device_id, source.table_name),
    )
    # One-per-parent rows started on both copies under different ids are folded after
    # the copy (exchange/merge_fold.py); their unique indexes stand aside meanwhile.
    indexes = merge_fold.lift_unique_indexes(db, alias)
    for table in MERGED_TABLES:
        if progress is not None:
            progress(source.path.name, table)
        summary.tables[table] = TableMerge(db, alias, table).run()
    for table, conflicts in merge_fold.fold_all(db).items():
        summary.tables[table].conflicts += conflicts
    merge_fold.restore_unique_indexes(db, indexes)
    summary.concept_notes = _drafts_as_concepts(db, alias)
    summary.tables["note"].new += summary.concept_notes
    total = summary.total
    details = {t: vars(c) for t, c in summary.tables.items()}
    db.execute(
        "UPDATE merge_log SET finished_at = strftime('%Y-%m-%d %H:%M:%f', 'now'), new = ?, "
        "updated = ?, unchanged = ?, conflicts = ?, details = ? WHERE id = ?",
        (total.new, total.updated, total.unchanged, total.conflicts, json.dumps(details), log_id),
    )
    return summary


def _drafts_as_concepts(db: sqlite3.Connection, alias: str) -> int:
    """Text typed at a laptop's table and never saved becomes a note marked concept."""
    drafts = db.execute(
        f"SELECT id, table_id, text, updated_at, device_id FROM {alias}.note_draft "
        "WHERE deleted_at IS NULL AND trim(text) != ''"
    ).fetchall()
    added = 0
    for draft_id, table_id, text, updated_at, device in drafts:
        cursor = db.execute(
            "INSERT OR IGNORE INTO main.note (id, created_at, updated_at, device_id, table_id, "
            "text, kind, role, speaker, starred, noted_at, origin_device, concept) "
            "VALUES (?, ?, ?, ?, ?, ?, 'statement', 'resident', '', 0, ?, ?, 1)",
            (
                vv.draft_note_id(draft_id, text),
                updated_at,
                updated_at,
                device,
                table_id,
                text,
                updated_at,
                device,
            ),
        )
        added += cursor.rowcount
    return added
