"""Every benchmark still runs: each ``tests/benchmarks/bench_*.py`` at a tiny size.

The full-size runs are by name (``pytest tests/benchmarks/bench_board.py -s``) and fail
when a target is missed; here only that a benchmark runs and prints figures is checked,
not its speed (a handful of rows says nothing about it). A new bench module is picked up
by its name; it sizes its work with ``benchmark_support.scaled()``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).parent / "benchmarks").glob("bench_*.py"))
TINY = "0.01"
# A figure with its unit, as every benchmark prints them: "0.9 ms", "1.3×", "200 MB".
FIGURE = re.compile(r"\d[\d.,]*\s?(ms|µs|s|MB|KiB|×)(?!\w)")


def test_there_are_benchmarks() -> None:
    assert len(BENCHMARKS) >= 5


@pytest.mark.parametrize("bench", BENCHMARKS, ids=lambda path: path.stem)
def test_benchmark_runs_at_a_tiny_size(bench: Path) -> None:
    env = {**os.environ, "DIALOOG_BENCH_SCALE": TINY, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(bench)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert FIGURE.search(result.stdout), f"{bench.name} printed no figures:\n{result.stdout}"
