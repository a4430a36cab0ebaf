"""The import and near-duplicate benchmarks at a small size, so their code paths stay
working in the normal suite (the figures themselves: tests/benchmarks/bench_import.py)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.bench_import import statements, time_duplicates, time_import
from dialoog_app.exchange.near_duplicates import find_pairs, naive_pairs


def test_small_import_benchmark_runs(tmp_path: Path) -> None:
    seconds, baseline, added = time_import(tmp_path, 300)
    assert added == 300 and seconds > 0 and baseline > 0


def test_small_duplicates_benchmark_agrees_with_the_naive_loop() -> None:
    texts = statements(200, repeat=True) + statements(200, seed=4)
    seconds, naive, pairs = time_duplicates(texts, sample=50)
    assert pairs > 0 and seconds > 0 and naive > 0
    assert find_pairs(texts, limit=None) == naive_pairs(texts)
