"""ui/warm_up.py and ui/deferred.py: what the first paint does not wait for.

In this process SQLAlchemy is loaded already, so the tests give the warm-up a slow module
of their own to import, and check what the user would notice: the window keeps
repainting during the import, and work handed to ``when_ready`` runs after it, on the
GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from dialoog_app.ui import warm_up
from dialoog_app.ui.deferred import deferred

SLOW_MODULE = """
import time
time.sleep(0.4)  # sleeping lets go of the GIL, as much of a real import's I/O does
LOADED = True
"""


@pytest.fixture
def slow_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    name = f"dialoog_slow_{tmp_path.name.replace('-', '_')}"
    (tmp_path / f"{name}.py").write_text(SLOW_MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(warm_up, "HEAVY", (*warm_up.HEAVY, name))
    monkeypatch.setattr(warm_up, "_warm_up", None)  # a fresh warm-up for this process
    yield name
    warm_up.finish()
    sys.modules.pop(name, None)


def test_work_waits_for_the_imports_and_the_window_keeps_painting(
    qtbot: QtBot, slow_module: str
) -> None:
    window = QLabel("Dialoog")
    qtbot.addWidget(window)
    ran_on: list[threading.Thread] = []
    warm_up.when_ready(lambda: ran_on.append(threading.current_thread()))
    warm_up.start_after_first_paint(window)
    assert ran_on == []  # not before the window has painted

    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    window.show()
    qtbot.waitUntil(lambda: slow_module in sys.modules, timeout=5000)  # begun after the paint
    assert ran_on == []  # the import is still under way
    qtbot.waitUntil(lambda: bool(ran_on), timeout=5000)
    timer.stop()
    assert ran_on == [threading.main_thread()]  # on the GUI thread, once
    assert sys.modules[slow_module].LOADED
    assert len(ticks) >= 5  # the event loop ran all along: ~20 ticks in 0.4 s

    later: list[str] = []
    warm_up.when_ready(lambda: later.append("now"))  # done: at once
    assert later == ["now"]
    assert warm_up.finish()


def test_a_failed_import_is_reported_and_what_waits_still_runs(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warm_up, "HEAVY", (*warm_up.HEAVY, "dialoog_no_such_module"))
    monkeypatch.setattr(warm_up, "_warm_up", None)
    ran: list[bool] = []
    warm_up.when_ready(lambda: ran.append(True))
    assert warm_up.finish() is False  # what selftest (and the build's smoke test) sees
    qtbot.waitUntil(lambda: ran == [True], timeout=5000)
    warm_up.when_ready(lambda: ran.append(True))  # later work (another project) runs at once
    assert ran == [True, True]


def test_a_deferred_module_is_imported_at_its_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"dialoog_deferred_{tmp_path.name.replace('-', '_')}"
    (tmp_path / f"{name}.py").write_text(
        "import sys\nsys.dialoog_deferred_runs = getattr(sys, 'dialoog_deferred_runs', 0) + 1\n"
        "def answer():\n    return 42\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "dialoog_deferred_runs", 0, raising=False)
    try:
        module = deferred(name)
        assert name not in sys.modules  # named only
        assert sys.dialoog_deferred_runs == 0  # type: ignore[attr-defined]
        assert module.answer() == 42
        assert name in sys.modules  # an ordinary import: every other importer shares it
        assert deferred(name).answer() == 42
        assert sys.dialoog_deferred_runs == 1  # type: ignore[attr-defined]  # run once
    finally:
        sys.modules.pop(name, None)
