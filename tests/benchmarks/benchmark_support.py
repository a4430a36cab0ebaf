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

import json
import os
import statistics
import subprocess
import sys
import tempfile
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
    total_seconds: float  # the whole process, exit included


def child_env(cache: Path) -> dict[str, str]:
    """A child process as on an installed system: offscreen, with compiled bytecode kept
    (in ``cache``, never in the checkout), so a warm-up run leaves the .pyc files a
    ``pip install`` would have written."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


# Starts the measured process and reports its time and peak memory. A separate small
# process, because a child forked from pytest starts with pytest's peak memory as its own
# (Linux carries the parent's high-water mark through fork and exec into ru_maxrss).
# With a marker, the time is taken when the child prints a line starting with it (e.g.
# "selftest: ok" once the window is painted), so what follows (closing, the interpreter's
# teardown) does not count; the whole process's time is reported as well.
_LAUNCHER = """
import json, os, subprocess, sys, time
marker = sys.argv[2]
with open(sys.argv[1], "w") as err:
    started = time.perf_counter()
    child = subprocess.Popen(sys.argv[3:], stdout=subprocess.PIPE, stderr=err, text=True)
    lines, seen = [], None
    for line in child.stdout:
        if seen is None and marker and line.startswith(marker):
            seen = time.perf_counter() - started
        lines.append(line)
    _, status, usage = os.wait4(child.pid, 0)
    total = time.perf_counter() - started
print(json.dumps({"seconds": seen if seen is not None else total, "total": total,
                  "code": os.waitstatus_to_exitcode(status), "peak_kib": usage.ru_maxrss,
                  "stdout": "".join(lines), "marked": seen is not None}))
"""


def run_process(args: Sequence[str], env: dict[str, str], until: str = "") -> Run:
    """Wall time (until a line starting with ``until``, if given) and peak resident memory
    of one whole child process."""
    with tempfile.TemporaryDirectory() as tmp:
        err = Path(tmp) / "err"
        launcher = subprocess.run(
            [sys.executable, "-c", _LAUNCHER, str(err), until, *args],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        report = json.loads(launcher.stdout)
        stderr = err.read_text("utf-8")
    stdout = report["stdout"]
    assert report["code"] == 0, f"{' '.join(args)} failed:\n{stdout}\n{stderr}"
    assert report["marked"] or not until, f"{' '.join(args)} never printed {until!r}"
    return Run(report["seconds"], report["peak_kib"] / 1024, stdout, report["total"])


def dialoog_args(*args: str) -> list[str]:
    return [sys.executable, "-m", "dialoog_app", *args]


def median(runs: Sequence[Run]) -> float:
    return statistics.median(run.seconds for run in runs)
