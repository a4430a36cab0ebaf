"""Test set-up: Qt offscreen, a private data folder and settings per test, Dutch UI."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DIALOOG_LANG"] = "nl"

import pytest

from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace

SCREENSHOTS = Path(__file__).parent / "screenshots"
DEVICE = "00000000-0000-4000-8000-000000000001"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own user data folder (settings, device id, default project)."""
    data = tmp_path / "userdata"
    monkeypatch.setenv("DIALOOG_DATA_DIR", str(data))
    return data


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str], qapp_cls: type) -> object:
    from dialoog_app.ui.app import make_application

    return make_application()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "Putten.dialoog"


@pytest.fixture
def workspace(project_path: Path) -> Iterator[Workspace]:
    ws = new_workspace(project_path, device_id=DEVICE)
    yield ws
    ws.store.close()


@pytest.fixture
def reopen(project_path: Path) -> Iterator[Callable[[], Workspace]]:
    """Open the project file again (after the window or workspace has closed it)."""
    opened: list[Workspace] = []

    def _open() -> Workspace:
        ws = open_workspace(project_path, device_id=DEVICE)
        opened.append(ws)
        return ws

    yield _open
    for ws in opened:
        ws.store.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def screenshot(widget: object, name: str) -> Path:
    """Save what the user would see, for a person to look at (tests/screenshots/)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


@pytest.fixture(autouse=True)
def unexpected_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """An unexpected error caught by the guarded path (ui/errors.py) fails the test; the
    error dialog is never shown (offscreen it would wait for a click forever)."""
    from dialoog_app.ui import errors

    reported: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "exec", lambda self: reported.append(self.details) or 0)
    yield reported  # a test that provokes an error on purpose empties the list
    if reported:
        pytest.fail("unexpected error reported:\n" + "\n".join(reported))


class _TimerTracker:
    """napari's ``_dangling_qtimers``: every ``QTimer.start`` and ``QTimer.singleShot``
    called by our code is recorded where it starts, whatever the timer's parent."""

    def __init__(self) -> None:
        import weakref

        from PySide6.QtCore import QTimer

        self.started: weakref.WeakSet[QTimer] = weakref.WeakSet()
        self.shots: set[QTimer] = set()  # kept alive until they fire
        self._start = QTimer.start
        self._single_shot = QTimer.singleShot

    def start(self, timer: object, *args: object) -> None:
        self.started.add(timer)  # type: ignore[arg-type]
        self._start(timer, *args)  # type: ignore[arg-type]

    def single_shot(self, msec: int, *args: object) -> None:
        from PySide6.QtCore import QObject, QTimer

        context = args[0] if len(args) == 2 and isinstance(args[0], QObject) else None
        func = args[-1]
        owner = getattr(func, "__self__", None)
        if context is None and isinstance(owner, QObject):
            context = owner  # as Qt does: a slot of a deleted object is not called
        timer = QTimer(context)
        timer.setSingleShot(True)
        self.shots.add(timer)

        def fire() -> None:
            self.shots.discard(timer)
            func()  # type: ignore[operator]

        timer.timeout.connect(fire)
        if context is not None:
            context.destroyed.connect(lambda *_: self.shots.discard(timer))
        self._start(timer, msec)

    def running(self) -> list[str]:
        import shiboken6

        alive = [t for t in [*self.started, *self.shots] if shiboken6.isValid(t)]
        return [
            f"timer {t.objectName() or t.parent()!r} ({t.interval()} ms)"
            for t in alive
            if t.isActive()
        ]


@pytest.fixture(autouse=True)
def no_dangling_timers(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Fail a test that leaves a timer of ours running, found where it was started."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    tracker = _TimerTracker()
    monkeypatch.setattr(QTimer, "start", lambda timer, *args: tracker.start(timer, *args))
    monkeypatch.setattr(QTimer, "singleShot", staticmethod(tracker.single_shot))
    yield
    # Short single shots still pending (a 0-ms refresh) may finish; anything else is a leak.
    for _ in range(20):
        if not any(t.isSingleShot() and t.interval() <= 500 for t in tracker.shots):
            break
        QApplication.processEvents()
        import time

        time.sleep(0.025)
    leftovers = tracker.running()
    for timer in [*tracker.started, *tracker.shots]:  # not the next test's problem
        import shiboken6

        if shiboken6.isValid(timer):
            timer.stop()
    assert not leftovers, leftovers


@pytest.fixture(autouse=True)
def no_leftover_windows_or_timers(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves a window open or a timer running (napari's check):
    a forgotten clock timer would tick against a closed project."""
    yield
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    leftovers = []
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            leftovers.append(f"open window {type(widget).__name__}")
        for timer in widget.findChildren(QTimer):
            if timer.isActive():
                leftovers.append(f"running timer in {type(widget).__name__}")
    for widget in QApplication.topLevelWidgets():  # do not let one test's leak fail the next
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not leftovers, leftovers
