"""What every benchmark shares: its size, its targets, and child processes timed as a user
would see them.

The convention (see tests/benchmarks/README.md): a module ``bench_<area>.py`` holds pytest
tests that size their work with ``scaled()``, print their figures beside a baseline
measured in the same run, record each target with ``Targets.check`` (``targets =
Targets()`` at the top of the test) and end with ``targets.verdict()``. At full size (the
default) a missed target fails the test; the normal suite runs every bench module at a tiny
size (``DIALOOG_BENCH_SCALE``) to prove it still runs and reports, without judging the
figures (tests/test_benchmarks_run.py).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

SCALE = float(os.environ.get("DIALOOG_BENCH_SCALE", "1"))
FULL_SIZE = SCALE >= 1


def scaled(count: int, minimum: int = 1) -> int:
    """``count`` at full size; proportionally less (never below ``minimum``) when scaled."""
    return max(minimum, round(count * SCALE))


class Targets:
    """The targets of one benchmark test: each printed with its verdict."""

    def __init__(self) -> None:
        self.missed: list[str] = []

    def check(self, label: str, value: float, limit: float, unit: str = "") -> bool:
        ok = value <= limit
        verdict = "met" if ok else "MISSED"
        print(f"  target {label}: {value:.3f}{unit} (≤ {limit:g}{unit}) {verdict}")
        if not ok:
            self.missed.append(f"{label} {value:.3f}{unit} > {limit:g}{unit}")
        return ok

    def verdict(self) -> None:
        """Fail the test if a target was missed at full size (figures at a tiny size, from
        a handful of rows, mean nothing)."""
        if self.missed and FULL_SIZE:
            pytest.fail("MISSED: " + "; ".join(self.missed), pytrace=False)


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    stdout: str


def child_env(cache: Path) -> dict[str, str]:
    """A child process as on an installed system: offscreen, with compiled bytecode kept
    (in ``cache``, never in the checkout), so a warm-up run leaves the .pyc files a
    ``pip install`` would have written."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_process(args: Sequence[str], env: dict[str, str]) -> Run:
    """Wall time and peak resident memory of one whole child process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(list(args), env=env, stdout=out, stderr=err, text=True)
        # wait4 gives this child's own rusage (RUSAGE_CHILDREN is the max over all of them).
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    assert process.returncode == 0, f"{' '.join(args)} failed:\n{stdout}\n{stderr}"
    return Run(seconds, usage.ru_maxrss / 1024, stdout)  # ru_maxrss is KiB on Linux


def dialoog_args(*args: str) -> list[str]:
    return [sys.executable, "-m", "dialoog_app", *args]


def median(runs: Sequence[Run]) -> float:
    return statistics.median(run.seconds for run in runs)
