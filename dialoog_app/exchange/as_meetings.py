"""Another project's file added as separate meetings (a merge refuses it: other project).

Every live meeting of the other project comes over with its tables, agenda items, clock
presses, notes and closed survey answers. Rows get new ids, *derived* from the target
project, the source project and the row's own id (uuid5), so the same file imported again
finds its rows already there and adds nothing — and a file that has grown since adds only
what is new. Text, kinds, roles, times and the laptop a note was first written on are
kept. Opgaven and placements belong to the other project's own analysis and are left out
(counted in the summary). Like a merge: the source is attached read-only, the target is
backed up first, and everything happens in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .merge import backup_before, target_project_id
from .merge_errors import SameProjectError
from .merge_rows import missing_value
from .sources import IMPORTED_MEETINGS_KEY, inspect_source

# Parents first; per table the source rows that come over. Only live rows whose parents
# are live: what was deleted in the other project stays there.
_LIVE_MEETING = (
    "s.deleted_at IS NULL AND s.meeting_id IN (SELECT id FROM src.meeting m "
    "WHERE m.deleted_at IS NULL)"
)
COPIED = {
    "meeting": "s.deleted_at IS NULL",
    "dialogue_table": _LIVE_MEETING,
    "agenda_item": _LIVE_MEETING,
    "clock_event": _LIVE_MEETING,
    "note": "s.deleted_at IS NULL AND s.table_id IN (SELECT t.id FROM src.dialogue_table t "
    "JOIN src.meeting m ON m.id = t.meeting_id WHERE t.deleted_at IS NULL "
    "AND m.deleted_at IS NULL)",
    "survey_answer": _LIVE_MEETING,
}
# Columns holding a row id of the source: mapped to the derived id. A reference to a row
# that does not come over (a deleted agenda item) becomes NULL.
_REFERENCES = {
    "id": "",
    "meeting_id": "meeting",
    "table_id": "dialogue_table",
    "agenda_item_id": "agenda_item",
    "same_as_id": "note",
}


@dataclass
class MeetingImport:
    path: Path
    project_name: str
    meetings: list[str] = field(default_factory=list)  # titles of the meetings added
    new: dict[str, int] = field(default_factory=dict)  # rows added per table
    opgaven_left_out: int = 0
    placements_left_out: int = 0


def import_as_meetings(target: Path, source: Path) -> MeetingImport:
    """Add the meetings of the other project in ``source`` to the project file ``target``."""
    target = Path(target).absolute()
    target_id = target_project_id(target)
    path, source_id, name, _device, _table = inspect_source(target, Path(source))
    if source_id == target_id:
        raise SameProjectError(path)
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"dialoog:{target_id}:{source_id}")

    def derive(row_id: str | None) -> str | None:
        return None if row_id is None else str(uuid.uuid5(namespace, row_id))

    backup_before(target, "before-import-meetings")
    db = sqlite3.connect(target.as_uri(), uri=True, isolation_level=None)
    try:
        db.create_function("derive", 1, derive, deterministic=True)
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA busy_timeout=5000")
        db.execute("ATTACH DATABASE ? AS src", (path.as_uri() + "?mode=ro",))
        db.execute("BEGIN IMMEDIATE")
        try:
            result = _copy(db, MeetingImport(path, name), target_id, source_id, derive)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("DETACH DATABASE src")
    finally:
        db.close()
    return result


def _copy(
    db: sqlite3.Connection,
    result: MeetingImport,
    target_id: str,
    source_id: str,
    derive: Callable[[str | None], str | None],
) -> MeetingImport:
    meetings = db.execute(
        "SELECT id, title FROM src.meeting WHERE deleted_at IS NULL ORDER BY position, id"
    ).fetchall()
    added_before = {
        row[0] for row in db.execute("SELECT id FROM main.meeting WHERE deleted_at IS NULL")
    }
    for table, where in COPIED.items():
        result.new[table] = _copy_table(db, table, where, target_id)
    mapping = {m_id: str(derive(m_id)) for m_id, _ in meetings}
    result.meetings = [t for m_id, t in meetings if mapping[m_id] not in added_before]
    for table in ("opgave", "opgave_note"):
        if _has_table(db, table):
            (count,) = db.execute(
                f"SELECT count(*) FROM src.{table} WHERE deleted_at IS NULL"
            ).fetchone()
            setattr(
                result, "opgaven_left_out" if table == "opgave" else "placements_left_out", count
            )
    _remember(db, source_id, mapping)
    return result


def _copy_table(db: sqlite3.Connection, table: str, where: str, target_id: str) -> int:
    if not _has_table(db, table):
        return 0  # an older Dialoog: no survey answers yet
    target = [r[1] for r in db.execute(f"PRAGMA main.table_info({table})")]
    source = {r[1] for r in db.execute(f"PRAGMA src.table_info({table})")}
    select = []
    for column in target:
        if column == "project_id":
            select.append("?")
        elif column == "origin_device":
            origin = "s.origin_device" if "origin_device" in source else "NULL"
            select.append(f"coalesce({origin}, s.device_id)")
        elif column == "versions":
            select.append("NULL")  # a new row here: its first version
        elif column == "position" and table == "meeting":
            # After this project's own meetings, in the other project's order.
            (after,) = db.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM main.meeting"
            ).fetchone()
            select.append(f"s.position + {int(after)}")
        elif column in _REFERENCES and column in source:
            parent = _REFERENCES[column]
            if parent and parent != table:
                live = COPIED[parent].replace("s.", "p.")
                select.append(
                    f"(SELECT derive(p.id) FROM src.{parent} p WHERE p.id = s.{column} AND {live})"
                )
            elif parent:  # a note linked to a note: only if that note comes over too
                live = COPIED[table].replace("s.", "p.")
                select.append(
                    f"(SELECT derive(p.id) FROM src.{table} p WHERE p.id = s.{column} AND {live})"
                )
            else:
                select.append("derive(s.id)")
        elif column in source:
            select.append(f"s.{column}")
        else:
            select.append(missing_value(column))  # an older Dialoog's file
    params = (target_id,) if "project_id" in target else ()
    cursor = db.execute(
        f"INSERT OR IGNORE INTO main.{table} ({', '.join(target)}) "
        f"SELECT {', '.join(select)} FROM src.{table} s WHERE {where} "
        f"ORDER BY s.created_at, s.id",
        params,
    )
    return cursor.rowcount


def _has_table(db: sqlite3.Connection, table: str) -> bool:
    found = db.execute(
        "SELECT 1 FROM src.sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    return found is not None


def _remember(db: sqlite3.Connection, source_id: str, mapping: dict[str, str]) -> None:
    row = db.execute("SELECT value FROM main.setting WHERE key = ?", (IMPORTED_MEETINGS_KEY,))
    found = row.fetchone()
    known: dict[str, dict[str, str]] = json.loads(found[0]) if found else {}
    if known.get(source_id, {}) | mapping == known.get(source_id):
        return  # nothing new: the file stays byte for byte as it was
    known[source_id] = known.get(source_id, {}) | mapping
    db.execute(
        "INSERT INTO main.setting (key, value, updated_at) VALUES (?, ?, "
        "strftime('%Y-%m-%d %H:%M:%f', 'now')) ON CONFLICT (key) DO UPDATE SET "
        "value = excluded.value, updated_at = excluded.updated_at",
        (IMPORTED_MEETINGS_KEY, json.dumps(known, sort_keys=True)),
    )


def other_projects(target: Path, sources: list[Path]) -> list[tuple[Path, str]]:
    """The sources that belong to another project, with that project's name; a UserError
    for a source that is no healthy project file at all."""
    target_id = target_project_id(Path(target).absolute())
    found = []
    for source in sources:
        _path, project_id, name, _device, _table = inspect_source(Path(target), Path(source))
        if project_id != target_id:
            found.append((Path(source), name))
    return found
