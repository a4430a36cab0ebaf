"""Speed of the spreadsheet import and of the near-duplicate search, against baselines
measured in the same run.

    python -m pytest tests/benchmarks/bench_import.py -s

Not collected by the default run (the file name does not start with ``test_``); a 1% size
of each runs in the normal suite (``tests/test_benchmarks_run.py``). Targets (issue 11):
a 10,000-row CSV imported in ≤ 2 s (read, detect, map, one transaction); near-duplicates
over 5,000 statements in ≤ 2 s (only pairs that can reach the threshold, scored by
``process.cpdist`` on 2 cores), against a naive pairwise Python loop timed on a sample
and extrapolated to all pairs (and the full ``process.cdist`` matrix, likewise).
"""

from __future__ import annotations

import csv
import random
import sqlite3
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from benchmark_support import Targets, scaled
from dialoog_app.exchange.mapping import fold, guess_columns
from dialoog_app.exchange.near_duplicates import find_pairs, naive_pairs
from dialoog_app.exchange.note_rows import NoteMapping, plan_notes
from dialoog_app.exchange.sheet import read_sheet
from dialoog_app.services import importing, meetings
from dialoog_app.services.workspace import new_workspace
from import_fixtures import statements

DEVICE = "00000000-0000-4000-8000-0000000000b1"
TARGET = 2.0  # seconds, both


def make_csv(folder: Path, rows: int) -> Path:
    """What Dutch Excel writes: Windows-1252, semicolons, a header, some quoted newlines."""
    rng = random.Random(2)
    path = folder / f"notities-{rows}.csv"
    with path.open("w", encoding="cp1252", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Tafel", "Rol", "Soort", "Ronde", "Opmerking"])
        for n, text in enumerate(statements(rows, seed=3)):
            if n % 50 == 0:
                text = text.replace(", ", ",\n", 1)
            writer.writerow([f"Tafel {rng.randint(1, 8)}", rng.choice(["Inwoner", "Professional",
                             "Ambtenaar"]), rng.choice(["Idee", "Zorg", "Uitspraak"]),
                             rng.choice(["Ervaringen", "Dromen", "Doen"]), text])  # fmt: skip
    return path


def time_import(folder: Path, rows: int) -> tuple[float, float, int]:
    """Seconds for the whole import, for a bare csv + sqlite3 baseline, and notes added."""
    path = make_csv(folder, rows)
    project = folder / f"import-{rows}.dialoog"
    ws = new_workspace(project, device_id=DEVICE)
    meeting = meetings.add_meeting(ws, "Avond 1")
    started = time.perf_counter()
    sheet = read_sheet(path)
    plan = plan_notes(sheet, NoteMapping(guess_columns(sheet.columns)))
    result = importing.import_notes(ws, plan, meeting.id, table="Import")
    seconds = time.perf_counter() - started
    table_id = meetings.list_tables(ws, meeting.id)[0].id
    ws.close()

    started = time.perf_counter()
    with path.open(encoding="cp1252", newline="") as f:
        records = list(csv.reader(f, delimiter=";"))[1:]
    connection = sqlite3.connect(project, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO note (id, created_at, updated_at, device_id, table_id, text, kind, role,"
        " speaker, starred, noted_at) VALUES (?, ?, ?, ?, ?, ?, 'idea', 'resident', '', 0, ?)",
        [(str(uuid.uuid4()), now, now, DEVICE, table_id, r[4], now) for r in records],
    )
    connection.execute("COMMIT")
    connection.close()
    baseline = time.perf_counter() - started
    return seconds, baseline, result.added


def time_duplicates(texts: list[str], sample: int) -> tuple[float, float, int]:
    """Seconds for ``find_pairs`` over ``texts``; the naive loop timed on ``sample`` texts
    and extrapolated to all pairs; and the number of pairs found. The best of three runs
    of ``find_pairs`` (as ``timeit`` does): the machine is shared, the code is not slower."""
    seconds = float("inf")
    for _ in range(3):
        fold.cache_clear()  # each run normalises every text afresh
        started = time.perf_counter()
        pairs = find_pairs(texts, limit=2_000)
        seconds = min(seconds, time.perf_counter() - started)
    started = time.perf_counter()
    naive_pairs(texts[:sample])
    per_pair = (time.perf_counter() - started) / (sample * (sample - 1) / 2)
    naive = per_pair * len(texts) * (len(texts) - 1) / 2
    return seconds, naive, len(pairs)


def full_matrix_seconds(texts: list[str], sample: int) -> float:
    """The all-pairs ``process.cdist`` the search used before (exchange/pair_bounds.py),
    timed on ``sample`` texts and scaled by the square."""
    from rapidfuzz import fuzz, process

    started = time.perf_counter()
    process.cdist(texts[:sample], texts[:sample], scorer=fuzz.token_set_ratio, workers=2)
    return (time.perf_counter() - started) * (len(texts) / sample) ** 2


def _report(name: str, seconds: float, baseline_name: str, baseline: float) -> Targets:
    print(f"\n  {name:<52} {seconds:7.3f} s")
    print(f"  {baseline_name:<52} {baseline:7.3f} s  (same run)")
    targets = Targets()
    targets.check(name, seconds, TARGET, " s")
    return targets


def test_import_of_10000_rows(tmp_path: Path) -> None:
    rows = scaled(10_000, 100)
    seconds, baseline, added = time_import(tmp_path, rows)
    targets = _report(f"import of a {rows:,}-row cp1252 CSV", seconds,
                      "bare csv.reader + sqlite3", baseline)  # fmt: skip
    assert added == rows
    targets.verdict()


def _near_duplicates(texts: list[str], sample: int, label: str) -> None:
    sample = min(sample, len(texts))
    seconds, naive, pairs = time_duplicates(texts, sample=sample)
    name = f"near-duplicates, {len(texts):,} {label} ({len(set(texts))} different)"
    baseline = f"naive pairwise loop ({sample} timed, extrapolated)"
    targets = _report(name, seconds, baseline, naive)
    matrix = full_matrix_seconds(texts, min(1_000, len(texts)))
    print(f"  {'full process.cdist matrix (1,000 timed, extrapolated)':<52} "
          f"{matrix:7.3f} s  (same run)")  # fmt: skip
    assert pairs > 0
    targets.check("near-duplicates / naive loop", seconds / naive, 1.0, "×")
    targets.verdict()


def test_near_duplicates_over_5000_statements_of_a_meeting() -> None:
    """The demo generator's statements: like real meetings, the same things said often."""
    _near_duplicates(statements(scaled(5_000, 200), repeat=True), 400, "statements")


def test_near_duplicates_over_5000_all_different_statements() -> None:
    """The worst case: every statement different, so no equal texts to fold together;
    only the pairs that can reach the threshold are scored (exchange/pair_bounds)."""
    _near_duplicates(statements(scaled(5_000, 200), seed=9), 300, "all different")
