"""How long the GUI thread is blocked while two laptops of 2,500 notes each are merged.

    python -m pytest tests/benchmarks/bench_merge_gui.py -s

The same merge twice, on two copies of one project in one run: first as it was before
(the service called on the GUI thread: the window freezes for the whole merge), then as
the merge dialog runs it (``ui/background.py``: in a worker thread while a local event
loop turns). A 5 ms QTimer on the GUI thread records when it fires; the longest gap
between two ticks is how long the window could not repaint. Target: ≤ 100 ms blocked.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bench_merge import LEAD, make_laptops
from benchmark_support import Targets, scaled
from dialoog_app.services import merging
from dialoog_app.services.file_work import Runner, here
from dialoog_app.services.workspace import open_workspace
from dialoog_app.ui import background
from dialoog_app.ui.main_window import MainWindow


def longest_block(
    qtbot: QtBot, window: MainWindow, sources: list[Path], run: Runner
) -> tuple[float, float]:
    """(longest gap between two GUI-thread ticks, the merge's wall time), in seconds."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done: list[float] = []

    def merge() -> None:
        start = time.perf_counter()
        merging.merge_laptops(window.workspace, sources, run=run)
        done.append(time.perf_counter() - start)

    timer.start()
    qtbot.wait(50)
    QTimer.singleShot(0, merge)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    qtbot.wait(50)
    timer.stop()
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:], strict=False)]
    return max(gaps), done[0]


def test_the_window_keeps_painting_during_a_merge(qtbot: QtBot, tmp_path: Path) -> None:
    targets = Targets()
    notes = scaled(2500, 20)
    folder = tmp_path / "avond"
    folder.mkdir()
    project, laptops = make_laptops(folder, 2, notes)
    figures: dict[str, tuple[float, float]] = {}
    ways: dict[str, Callable[[MainWindow], Runner]] = {
        "on the GUI thread (before)": lambda _window: here,
        "in a worker (now)": lambda window: background.runner(window, "Samenvoegen…"),
    }
    for n, (label, way) in enumerate(ways.items()):
        target = tmp_path / f"doel{n}.dialoog"
        shutil.copyfile(project, target)
        window = MainWindow(open_workspace(target, device_id=LEAD))
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
        figures[label] = longest_block(qtbot, window, laptops, way(window))
        window.close()
    print(f"\nmerging 2×{notes} notes; longest time the GUI thread did not run its timer:")
    for label, (blocked, wall) in figures.items():
        print(f"  {label}: blocked {blocked * 1000:.0f} ms of a {wall * 1000:.0f} ms merge")
    blocked, _ = figures["in a worker (now)"]
    targets.check("GUI thread blocked during the merge", blocked * 1000, 100, " ms")
    targets.verdict()
