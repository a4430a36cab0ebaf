"""Speed of merging laptop files, against a bare SQLite copy of the same rows (same run).

    python -m pytest tests/benchmarks/bench_merge.py -s

Not collected by the default run; tests/test_benchmarks_run.py runs it at a tiny size.
Targets (issue 10): 8 laptop files × 1,000 new notes merged in at most 2 s in total and
at most 3× a bare ``ATTACH`` + ``INSERT … SELECT`` of the same rows; merging them again
(nothing new) in at most 0.5 s; Python memory flat in the number of notes (streamed).
"""

from __future__ import annotations

import shutil
import sqlite3
import time
import tracemalloc
import uuid
from dataclasses import dataclass
from pathlib import Path

from benchmark_support import Targets, scaled
from dialoog_app.exchange.merge import merge_files
from dialoog_app.services import meetings
from dialoog_app.services.workspace import new_workspace

LEAD = "00000000-0000-4000-8000-0000000003ff"
STAMP = "2026-11-24 19:00:00.000000"


@dataclass(frozen=True)
class Figures:
    merge: float  # seconds: merge_files of every laptop (checks, backup, merge, commit)
    baseline: float  # seconds: bare ATTACH + INSERT … SELECT of the same notes
    remerge: float  # seconds: the same files again, nothing new
    peak_bytes: int  # Python memory at the peak of the merge (tracemalloc)
    notes: int  # notes in the target afterwards

    @property
    def ratio(self) -> float:
        return self.merge / self.baseline


def make_laptops(folder: Path, laptops: int, notes: int) -> tuple[Path, list[Path]]:
    """A project with one table per laptop, and each laptop's copy with its notes typed."""
    project = folder / "avond.dialoog"
    ws = new_workspace(project, "Avond", device_id=LEAD)
    meeting = meetings.add_meeting(ws, "Dialoogavond")
    tables = [meetings.add_table(ws, meeting.id, f"Tafel {n + 1}").id for n in range(laptops)]
    ws.close()
    copies = []
    for n, table in enumerate(tables):
        copy = folder / f"tafel{n + 1}.dialoog"
        shutil.copyfile(project, copy)
        device = f"00000000-0000-4000-8000-{n:012d}"
        db = sqlite3.connect(copy, isolation_level=None)
        db.execute("PRAGMA synchronous=OFF")  # making the data is not what is measured
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO note (id, created_at, updated_at, device_id, table_id, text, kind, "
            "role, speaker, starred, noted_at, concept) "
            "VALUES (?, ?, ?, ?, ?, ?, 'statement', 'resident', '', 0, ?, 0)",
            (
                (
                    str(uuid.uuid4()),
                    STAMP,
                    STAMP,
                    device,
                    table,
                    f"Tafel {n + 1}, notitie {k}: we willen meer ontmoetingsplekken in de wijk.",
                    STAMP,
                )
                for k in range(notes)
            ),
        )
        db.execute("COMMIT")
        db.close()
        copies.append(copy)
    return project, copies


def bare_copy(target: Path, sources: list[Path]) -> float:
    """The floor: SQLite itself copying the new notes, one transaction, nothing decided."""
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    for n, source in enumerate(sources):
        db.execute(f"ATTACH DATABASE ? AS s{n}", (source.as_uri() + "?mode=ro",))
    db.execute("BEGIN IMMEDIATE")
    for n in range(len(sources)):
        db.execute(
            f"INSERT INTO main.note SELECT * FROM s{n}.note s "
            "WHERE NOT EXISTS (SELECT 1 FROM main.note m WHERE m.id = s.id)"
        )
    db.execute("COMMIT")
    db.close()  # as merge_files does: the last connection's close checkpoints the WAL
    return time.perf_counter() - start


def run_benchmark(folder: Path, laptops: int = 8, notes: int = 1000) -> Figures:
    folder.mkdir(parents=True, exist_ok=True)
    project, copies = make_laptops(folder, laptops, notes)
    floor = folder / "floor.dialoog"
    target = folder / "doel.dialoog"
    shutil.copyfile(project, floor)
    shutil.copyfile(project, target)
    baseline = bare_copy(floor, copies)
    tracemalloc.start()
    start = time.perf_counter()
    merge_files(target, copies)
    merged = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    start = time.perf_counter()
    merge_files(target, copies)
    remerge = time.perf_counter() - start
    db = sqlite3.connect(target)
    count = db.execute("SELECT count(*) FROM note").fetchone()[0]
    db.close()
    return Figures(merged, baseline, remerge, peak, count)


def test_merging_eight_laptops(tmp_path: Path) -> None:
    targets = Targets()
    notes = scaled(1000, 10)
    small = run_benchmark(tmp_path / "small", notes=max(1, notes // 4))
    big = run_benchmark(tmp_path / "big", notes=notes)
    print(
        f"\nmerge 8×{notes} notes: {big.merge * 1000:.0f} ms; bare ATTACH + INSERT…SELECT:"
        f" {big.baseline * 1000:.0f} ms; re-merge, nothing new: {big.remerge * 1000:.0f} ms"
        f"\nPython peak memory: 8×{notes // 4} notes {small.peak_bytes / 1024:.0f} KiB, "
        f"8×{notes} notes {big.peak_bytes / 1024:.0f} KiB"
    )
    assert big.notes == 8 * notes  # correctness is judged at every size
    targets.check("merge", big.merge, 2.0, " s")
    targets.check("merge / bare copy", big.ratio, 3.0, "×")
    targets.check("re-merge, nothing new", big.remerge, 0.5, " s")
    # Streamed: four times the notes must not need (anywhere near) four times the memory.
    targets.check(
        "peak memory, 4× the notes", big.peak_bytes, 1.5 * small.peak_bytes + 256 * 1024, " B"
    )
    targets.verdict()
