"""Merging one table of one attached source into the target, inside the merge transaction.

New rows are copied with one ``INSERT … SELECT`` (streamed by SQLite, never loaded into
Python); rows whose version vectors are equal are counted by one query; only the rows
that differ come to Python, one at a time, to be decided by ``versions``' rule.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from . import versions as vv
from .versions import Version

# The column a user reads: a conflict keeps the losing copy's text of it.
CONFLICT_TEXT = {"note": "text", "opgave": "title"}


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0

    def add(self, other: Counts) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.conflicts += other.conflicts


@dataclass
class TableMerge:
    """One table of one source (``alias``) into ``main``."""

    db: sqlite3.Connection
    alias: str
    table: str
    columns: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)  # source expressions, per column

    def prepare(self) -> None:
        target = [r[1] for r in self.db.execute(f"PRAGMA main.table_info({self.table})")]
        source = {r[1] for r in self.db.execute(f"PRAGMA {self.alias}.table_info({self.table})")}
        self.columns = target
        self.select = [f"s.{c}" if c in source else missing_value(c) for c in target]
        if self.table == "note":
            # Where a note was first written travels with it (device_id is the last writer).
            origin = "s.origin_device" if "origin_device" in source else "NULL"
            self.select[target.index("origin_device")] = f"coalesce({origin}, s.device_id)"

    def run(self) -> Counts:
        counts = Counts()
        exists = self.db.execute(
            f"SELECT 1 FROM {self.alias}.sqlite_master WHERE type = 'table' AND name = ?",
            (self.table,),
        ).fetchone()
        if exists is None:
            return counts  # a laptop with an older Dialoog: its schema has no such table
        total = self.db.execute(f"SELECT count(*) FROM {self.alias}.{self.table}").fetchone()[0]
        if not total:
            return counts  # most laptops never touch the clock, the agenda or the board
        self.prepare()
        # Rows on both sides first: then a merge that brings nothing new ends here.
        equal = counts.unchanged = self._count_equal()
        differing = self._differing()
        for row_id, s_versions, s_device, t_versions, t_device in differing:
            outcome = self._decide(row_id, s_versions, s_device, t_versions, t_device)
            setattr(counts, outcome, getattr(counts, outcome) + 1)
        if total > equal + len(differing):
            counts.new = self._insert_new()
        return counts

    # -- new rows --------------------------------------------------------------------

    def _insert_new(self) -> int:
        where = f"NOT EXISTS (SELECT 1 FROM main.{self.table} m WHERE m.id = s.id)"
        if self.table == "opgave_note":
            # A live placement of a note that is already placed here goes the slow way.
            where += (
                " AND (s.deleted_at IS NOT NULL OR NOT EXISTS (SELECT 1 FROM main.opgave_note"
                " x WHERE x.note_id = s.note_id AND x.deleted_at IS NULL))"
            )
        cursor = self.db.execute(
            f"INSERT INTO main.{self.table} ({', '.join(self.columns)}) "
            f"SELECT {', '.join(self.select)} FROM {self.alias}.{self.table} s WHERE {where}"
        )
        count = cursor.rowcount
        if self.table == "opgave_note":
            for (row_id,) in self.db.execute(
                f"SELECT s.id FROM {self.alias}.opgave_note s WHERE NOT EXISTS "
                "(SELECT 1 FROM main.opgave_note m WHERE m.id = s.id)"
            ).fetchall():
                self._place(row_id, insert=True)
                count += 1
        return count

    # -- rows on both sides ----------------------------------------------------------

    @property
    def _source_versions(self) -> str:
        # A file from before schema 0002 has no vectors: NULL, i.e. {device_id: 1}.
        return self.select[self.columns.index("versions")]

    @property
    def _same(self) -> str:
        """SQL: the source row and the target row carry the same writes."""
        return f"{self._source_versions} IS m.versions AND s.device_id = m.device_id"

    def _count_equal(self) -> int:
        row = self.db.execute(
            f"SELECT count(*) FROM {self.alias}.{self.table} s "
            f"JOIN main.{self.table} m ON m.id = s.id WHERE {self._same}"
        ).fetchone()
        return int(row[0])

    def _differing(self) -> list[tuple[str, str | None, str, str | None, str]]:
        # Fetched before writing: the rows that differ are few, and writing into a
        # table while a cursor walks it would be undefined.
        return self.db.execute(
            f"SELECT s.id, {self._source_versions}, s.device_id, m.versions, m.device_id "
            f"FROM {self.alias}.{self.table} s JOIN main.{self.table} m ON m.id = s.id "
            f"WHERE NOT ({self._same})"
        ).fetchall()

    def _decide(
        self, row_id: str, s_raw: str | None, s_device: str, t_raw: str | None, t_device: str
    ) -> str:
        source, target = vv.parse(s_raw, s_device), vv.parse(t_raw, t_device)
        if vv.covers(target, source):
            return "unchanged"
        if vv.covers(source, target):
            self._take_source(row_id, s_raw)
            return "updated"
        # Both written since their common version: the rule in versions.py.
        s_version, t_version = self._version("s", row_id), self._version("m", row_id)
        winner, loser = sorted((s_version, t_version), key=Version.key, reverse=True)
        merged = vv.dumps(vv.joined(source, target))
        if winner is s_version:
            self._take_source(row_id, merged)
        else:
            self.db.execute(
                f"UPDATE main.{self.table} SET versions = ? WHERE id = ?", (merged, row_id)
            )
        return "conflicts" if self._record_conflict(row_id, winner, loser) else "updated"

    def _version(self, side: str, row_id: str) -> Version:
        text = CONFLICT_TEXT.get(self.table, "''")
        source = f"{self.alias}.{self.table}" if side == "s" else f"main.{self.table}"
        row = self.db.execute(
            f"SELECT updated_at, device_id, deleted_at, {text} FROM {source} WHERE id = ?",
            (row_id,),
        ).fetchone()
        return Version(str(row[0]), str(row[1]), row[2] is not None, str(row[3]))

    def _record_conflict(self, row_id: str, winner: Version, loser: Version) -> bool:
        """Keep what lost, so that any merge order records the same conflicts.

        One "deleted" conflict per row and one "text" conflict per row and losing text,
        each holding the greatest losing version (by the rule's order); a text that
        becomes the winner's is no longer a conflict.
        """
        if self.table not in CONFLICT_TEXT:
            return False
        recorded = False
        if loser.deleted and not winner.deleted:
            upsert_conflict(
                self.db, self.table, row_id, "deleted", loser, vv.conflict_id(self.table, row_id)
            )
            recorded = True
        elif not loser.deleted and self.table == "note" and loser.text != winner.text:
            conflict = vv.conflict_id(self.table, row_id, loser.text)
            upsert_conflict(self.db, self.table, row_id, "text", loser, conflict)
            recorded = True
        if self.table == "note" and not winner.deleted:
            self.db.execute(
                "DELETE FROM main.merge_conflict WHERE row_id = ? AND kind = 'text' "
                "AND other_text = ?",
                (row_id, winner.text),
            )
        return recorded

    def _take_source(self, row_id: str, versions: str | None) -> None:
        if self.table == "opgave_note":
            self._place(row_id, insert=False, versions=versions)
            return
        self._write_from_source(row_id, versions)

    def _write_from_source(self, row_id: str, versions: str | None, dead: bool = False) -> None:
        columns = [c for c in self.columns if c not in ("id", "versions", "origin_device")]
        exprs = [self._expr(c, dead) for c in columns]
        # The first writer is the old row's (origin_device, else device_id): SET reads
        # the old values.
        keep_origin = (
            ", origin_device = coalesce(origin_device, device_id)" if self.table == "note" else ""
        )
        self.db.execute(
            f"UPDATE main.{self.table} SET ({', '.join(columns)}) = "
            f"(SELECT {', '.join(exprs)} FROM {self.alias}.{self.table} s WHERE s.id = ?), "
            f"versions = ?{keep_origin} WHERE id = ?",
            (row_id, versions, row_id),
        )

    def _expr(self, column: str, dead: bool = False) -> str:
        if dead and column == "deleted_at":
            return "s.updated_at"  # a placement that lost to another: see _place
        return self.select[self.columns.index(column)]

    # -- placements: a note lives in at most one opgave --------------------------------

    def _place(self, row_id: str, *, insert: bool, versions: str | None = None) -> None:
        """Write a placement; if its note is placed elsewhere too, the newer one stays.

        The other is tombstoned at its own ``updated_at`` (its vector untouched), so the
        outcome is the same in every merge order and merging again changes nothing.
        """
        note_id, deleted, updated_at, device = self.db.execute(
            f"SELECT note_id, deleted_at, updated_at, device_id FROM {self.alias}.opgave_note "
            "WHERE id = ?",
            (row_id,),
        ).fetchone()
        stay_dead = False
        if deleted is None:
            rival = self.db.execute(
                "SELECT id, updated_at, device_id FROM main.opgave_note "
                "WHERE note_id = ? AND deleted_at IS NULL AND id != ?",
                (note_id, row_id),
            ).fetchone()
            if rival is not None:
                if (str(rival[1]), str(rival[2]), str(rival[0])) > (updated_at, device, row_id):
                    stay_dead = True
                else:
                    self.db.execute(
                        "UPDATE main.opgave_note SET deleted_at = updated_at WHERE id = ?",
                        (rival[0],),
                    )
        if insert:
            exprs = ", ".join(self._expr(c, stay_dead) for c in self.columns)
            self.db.execute(
                f"INSERT INTO main.opgave_note ({', '.join(self.columns)}) "
                f"SELECT {exprs} FROM {self.alias}.opgave_note s WHERE s.id = ?",
                (row_id,),
            )
        else:
            self._write_from_source(row_id, versions, dead=stay_dead)


def upsert_conflict(
    db: sqlite3.Connection, table: str, row_id: str, kind: str, loser: Version, conflict: str
) -> None:
    """Record what lost; of the same loss, the greatest version (so any order agrees)."""
    db.execute(
        "INSERT INTO main.merge_conflict (id, table_name, row_id, kind, other_text, "
        "other_device, other_updated_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%d %H:%M:%f', 'now')) "
        "ON CONFLICT (id) DO UPDATE SET other_text = excluded.other_text, "
        "other_device = excluded.other_device, other_updated_at = excluded.other_updated_at "
        "WHERE (excluded.other_updated_at, excluded.other_device, excluded.other_text) > "
        "(other_updated_at, other_device, other_text)",
        (conflict, table, row_id, kind, loser.text, loser.device_id, loser.updated_at),
    )


def missing_value(column: str) -> str:
    """A column the source's (older) schema lacks."""
    return _DEFAULTS.get(column, "NULL")


# Columns added by later migrations that may not be NULL: their values for older rows.
_DEFAULTS = {"concept": "0", "source": "'table'", "participants": "0"}
