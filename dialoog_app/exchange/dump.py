"""A canonical JSON dump of a project's contents, to compare merges (tests, support).

Everything a user could see, in a fixed order; what only records *when* a merge ran (the
merge log, a conflict's ``created_at``) and per-laptop settings are left out.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from . import versions as vv
from .merge import MERGED_TABLES
from .sources import read_only


def canonical_dump(path: Path) -> str:
    connection = read_only(Path(path))
    try:
        dump: dict[str, list[dict[str, object]]] = {}
        for table in (*MERGED_TABLES, "note_draft", "merge_conflict"):
            dump[table] = _rows(connection, table)
        return json.dumps(dump, sort_keys=True, ensure_ascii=False, indent=0)
    finally:
        connection.close()


def _rows(connection: sqlite3.Connection, table: str) -> list[dict[str, object]]:
    connection.row_factory = sqlite3.Row
    rows = connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    connection.row_factory = None
    skip = {"created_at"} if table == "merge_conflict" else set()
    out = []
    for row in rows:
        values = {k: row[k] for k in row.keys() if k not in skip}
        if "versions" in values:
            # One vector, one spelling: NULL is {device_id: 1}; key order is not meaning.
            raw = values["versions"]
            values["versions"] = vv.parse(None if raw is None else str(raw), str(row["device_id"]))
        out.append(values)
    return out
