"""Test set-up: Qt offscreen, a private data folder and settings per test, Dutch UI."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DIALOOG_LANG"] = "nl"

import pytest  # noqa: E402

from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace  # noqa: E402

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
