"""The merge benchmark at a tiny size, so the normal run keeps it working."""

from __future__ import annotations

from pathlib import Path

from benchmarks.bench_merge import run_benchmark


def test_the_merge_benchmark_runs_at_a_small_size(tmp_path: Path) -> None:
    figures = run_benchmark(tmp_path, laptops=2, notes=20)
    assert figures.notes == 40
    assert figures.merge > 0 and figures.baseline > 0 and figures.remerge > 0
