"""Rows there is one of per parent, started on two copies under different ids, folded
into one during a merge.

Plan parts, vote cells and participant numbers have ids derived from their parent
(``domain/plan.py``), so two copies that start the same one make the same row. Copies
from before those ids (or written by other means) may hold two rows for one parent: the
live-unique index on ``opgave_plan`` would break the merge's one transaction, and two
vote rows would be counted together. So, within the merge transaction, the unique
indexes of these tables stand aside while the rows are copied, then every group of live
rows with the same key is folded, and the indexes come back:

- the survivor is the row under the derived id, else the smallest id — the same in every
  merge order;
- each field takes the newest non-empty value (newest by ``updated_at``, then device);
  a differing non-empty text of the user's (a plan's goal) that lost is recorded as a
  merge conflict, as a note's text is;
- the survivor's version vector joins the group's, so the folded row travels on to the
  other copies; the others are tombstoned at the group's newest ``updated_at`` with their
  vectors untouched, so merging again changes nothing; rows pointing to them are
  re-pointed to the survivor.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from dialoog_app.domain.plan import participant_id, plan_part_id, vote_id

from . import versions as vv
from .merge_rows import upsert_conflict
from .versions import Version

# table → (the key that must be unique among live rows, as SQL, and the derived id).
Derive = Callable[[sqlite3.Row], str]
ONE_PER_KEY: dict[str, tuple[str, Derive]] = {
    "opgave_plan": ("opgave_id", lambda r: plan_part_id(r["opgave_id"])),
    "vote": (
        "round_id, opgave_id, coalesce(table_id, ''), role, coalesce(participant, -1)",
        lambda r: vote_id(
            r["round_id"], r["opgave_id"], r["table_id"], r["role"], r["participant"]
        ),
    ),
    "vote_participant": ("round_id, number", lambda r: participant_id(r["round_id"], r["number"])),
}
# The column a live-unique index holds unique (only the plan part has one).
UNIQUE_KEY = {"opgave_plan": "opgave_id"}
# The user's own text in such a row: a losing different one becomes a merge conflict.
CONFLICT_FIELD = {"opgave_plan": "goal"}
ROW_COLUMNS = {"id", "created_at", "updated_at", "device_id", "deleted_at", "versions"}


def lift_unique_indexes(db: sqlite3.Connection, alias: str) -> list[str]:
    """Drop the live-unique indexes of the folded tables, if the source ``alias`` holds a
    live row whose key a different live row here has; returns their SQL to restore.
    (Most merges need none: a schema change makes SQLite prepare every statement again.)"""
    if not any(_may_collide(db, alias, table) for table in ONE_PER_KEY):
        return []
    found = db.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' * len(ONE_PER_KEY))}) AND sql LIKE 'CREATE UNIQUE%'",
        tuple(ONE_PER_KEY),
    ).fetchall()
    for name, _sql in found:
        db.execute(f'DROP INDEX main."{name}"')
    return [sql for _name, sql in found]


def _may_collide(db: sqlite3.Connection, alias: str, table: str) -> bool:
    exists = db.execute(
        f"SELECT 1 FROM {alias}.sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if exists is None or not _unique_index_on(db, table):
        return False
    key = UNIQUE_KEY[table]
    return (
        db.execute(
            f"SELECT 1 FROM {alias}.{table} s JOIN main.{table} m ON m.{key} = s.{key} "
            "AND m.id != s.id WHERE s.deleted_at IS NULL AND m.deleted_at IS NULL LIMIT 1"
        ).fetchone()
        is not None
    )


def _unique_index_on(db: sqlite3.Connection, table: str) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql LIKE 'CREATE UNIQUE%'",
            (table,),
        ).fetchone()
        is not None
    )


def restore_unique_indexes(db: sqlite3.Connection, statements: list[str]) -> None:
    for sql in statements:
        db.execute(sql)


def fold_all(db: sqlite3.Connection) -> dict[str, int]:
    """Fold every group of live rows sharing a key; returns conflicts recorded per table."""
    conflicts: dict[str, int] = {}
    for table, (key, derive) in ONE_PER_KEY.items():
        groups = db.execute(
            f"SELECT group_concat(id, char(31)) FROM main.{table} WHERE deleted_at IS NULL "
            f"GROUP BY {key} HAVING count(*) > 1"
        ).fetchall()
        for (ids,) in groups:
            recorded = _fold(db, table, sorted(ids.split("\x1f")), derive)
            conflicts[table] = conflicts.get(table, 0) + recorded
    return conflicts


def _fold(db: sqlite3.Connection, table: str, ids: list[str], derive: Derive) -> int:
    db.row_factory = sqlite3.Row
    try:
        rows = db.execute(
            f"SELECT * FROM main.{table} WHERE id IN ({', '.join('?' * len(ids))})", ids
        ).fetchall()
    finally:
        db.row_factory = None
    derived = derive(rows[0])
    survivor = derived if derived in ids else ids[0]
    newest_first = sorted(rows, key=_newest, reverse=True)
    newest = newest_first[0]
    values: dict[str, object] = {}
    for column in rows[0].keys():
        if column in ROW_COLUMNS:
            continue
        filled = [r[column] for r in newest_first if r[column] not in (None, "")]
        values[column] = filled[0] if filled else newest[column]
    vector: vv.Vector = {}
    for r in rows:
        vector = vv.joined(vector, vv.parse(r["versions"], r["device_id"]))
    values |= {
        "created_at": min(r["created_at"] for r in rows),
        "updated_at": newest["updated_at"],
        "device_id": newest["device_id"],
        "versions": vv.dumps(vector),
    }
    columns = list(values)
    db.execute(
        f"UPDATE main.{table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
        [*values.values(), survivor],
    )
    losers = [i for i in ids if i != survivor]
    db.execute(
        f"UPDATE main.{table} SET deleted_at = ? WHERE id IN ({', '.join('?' * len(losers))})",
        [newest["updated_at"], *losers],
    )
    repoint_children(db, table, losers, survivor)
    return _record_lost_texts(db, table, survivor, rows, values)


def _record_lost_texts(
    db: sqlite3.Connection,
    table: str,
    survivor: str,
    rows: list[sqlite3.Row],
    values: dict[str, object],
) -> int:
    field = CONFLICT_FIELD.get(table)
    if field is None:
        return 0
    lost: dict[str, sqlite3.Row] = {}
    for r in sorted(rows, key=_newest, reverse=True):
        if r[field] not in (None, "") and r[field] != values[field]:
            lost.setdefault(r[field], r)  # the newest row that wrote this text
    for text, r in lost.items():
        loser = Version(str(r["updated_at"]), str(r["device_id"]), False, str(text))
        conflict = vv.conflict_id(table, survivor, loser.text)
        upsert_conflict(db, table, survivor, "text", loser, conflict)
    return len(lost)


def repoint_children(db: sqlite3.Connection, table: str, losers: list[str], survivor: str) -> None:
    marks = ", ".join("?" * len(losers))
    for (child,) in db.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table'"
    ).fetchall():
        for reference in db.execute(f"PRAGMA main.foreign_key_list({child})").fetchall():
            if reference[2] == table:
                column = reference[3]
                db.execute(
                    f"UPDATE main.{child} SET {column} = ? WHERE {column} IN ({marks})",
                    [survivor, *losers],
                )


def _newest(row: sqlite3.Row) -> tuple[str, str, str]:
    return (str(row["updated_at"]), str(row["device_id"]), str(row["id"]))
