"""Issue 9 item 7: creation is atomic, and a half-made file is refused without a change.

A killed ``dialoog new`` or ``demo`` never leaves a file under the project's name that is
not a complete project; a half-made file left by an older version (our identity, but no
tables or no project row) is recognised by ``info``, ``export`` and the window, and not
one of its bytes changes.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import dialoog_app
from conftest import DEVICE, sha256
from dialoog_app.domain import errors
from dialoog_app.services import meetings
from dialoog_app.services.workspace import new_workspace, open_workspace
from dialoog_app.store.creation import BUILD_PREFIX
from dialoog_app.store.fileformat import APPLICATION_ID
from dialoog_app.ui.main_window import MainWindow

SOURCE_ROOT = Path(dialoog_app.__file__).resolve().parent.parent
HALF_MADE_NL = "is nooit afgemaakt: het aanmaken werd onderbroken"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIALOOG_LANG": "nl", "PYTHONPATH": str(SOURCE_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "dialoog_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _assert_complete_project(path: Path) -> None:
    ws = open_workspace(path, device_id=DEVICE)  # refuses anything incomplete
    try:
        with ws.unit_of_work() as uow:
            assert ws.store.project_row(uow.session).name
    finally:
        ws.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("command", ["new", "demo"])
def test_killed_creation_never_leaves_a_half_made_project(tmp_path: Path, command: str) -> None:
    kill_creations(tmp_path, command, rounds=5, seed=9)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("command", ["new", "demo"])
def test_many_killed_creations(tmp_path: Path, command: str) -> None:
    print(kill_creations(tmp_path, command, rounds=100, seed=int(time.time())))


def kill_creations(tmp_path: Path, command: str, rounds: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": str(SOURCE_ROOT)}
    extra = ["--notes", "2000"] if command == "demo" else []
    outcomes = {"absent": 0, "complete": 0}
    folders = []
    for round_ in range(rounds):
        folder = tmp_path / f"ronde{round_}"
        folder.mkdir()
        folders.append(folder)
        path = folder / "Kill.dialoog"
        child = subprocess.Popen(
            [sys.executable, "-m", "dialoog_app", command, str(path), *extra],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Python and SQLAlchemy take most of a second to import; kill around the writes.
        deadline = time.monotonic() + 60
        while not any(folder.iterdir()) and child.poll() is None:
            assert time.monotonic() < deadline, "the child never started building"
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.25 if command == "new" else 0.8))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if path.exists():
            _assert_complete_project(path)
            outcomes["complete"] += 1
        else:
            outcomes["absent"] += 1
    assert outcomes["absent"] > 0, f"no kill landed during the build: {outcomes}"
    # The next creation in a folder removes the build a killed one left, once it is old.
    for folder in folders:
        for build in folder.glob(BUILD_PREFIX + "*"):
            os.utime(build, (time.time() - 3600, time.time() - 3600))
        new_workspace(folder / "Daarna.dialoog", device_id=DEVICE).close()
        assert list(folder.glob(BUILD_PREFIX + "*")) == []
    return outcomes


def test_failed_creation_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "Mislukt.dialoog"

    def fail(_ws: object) -> None:
        raise RuntimeError("stopped half-way")

    with pytest.raises(RuntimeError):
        new_workspace(path, device_id=DEVICE, fill=fail)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "userdata") == []


def test_a_build_in_progress_is_not_taken_for_a_stale_one(tmp_path: Path) -> None:
    seen: list[list[str]] = []

    def meanwhile(_ws: object) -> None:
        for build in tmp_path.glob(BUILD_PREFIX + "*"):
            os.utime(build, (time.time() - 3600, time.time() - 3600))
        new_workspace(tmp_path / "Tweede.dialoog", device_id=DEVICE).close()
        seen.append(sorted(p.name for p in tmp_path.glob(BUILD_PREFIX + "*")))

    new_workspace(tmp_path / "Eerste.dialoog", device_id=DEVICE, fill=meanwhile).close()
    assert len(seen[0]) >= 1, "the first build (locked) must survive the second creation"
    _assert_complete_project(tmp_path / "Eerste.dialoog")
    _assert_complete_project(tmp_path / "Tweede.dialoog")


def _identity_only(path: Path) -> Path:
    """What a creation killed after its first write left behind (before this fix)."""
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.close()
    return path


def _tables_but_no_project(path: Path) -> Path:
    ws = new_workspace(path, device_id=DEVICE)
    ws.close()
    db = sqlite3.connect(path)
    db.execute("DELETE FROM project")
    db.commit()
    db.close()
    return path


@pytest.mark.parametrize("make", [_identity_only, _tables_but_no_project])
def test_half_made_file_is_refused_by_info_and_export(tmp_path: Path, make: object) -> None:
    path = make(tmp_path / "Half.dialoog")  # type: ignore[operator]
    before = sha256(path)
    for args in (
        ["info", str(path)],
        ["info", str(path), "--json"],
        ["export", str(path), "--out", str(tmp_path / "verslag.docx")],
    ):
        result = _cli(*args)
        assert result.returncode == 2, result.stderr
        assert HALF_MADE_NL in result.stderr
        assert "Traceback" not in result.stderr and "AssertionError" not in result.stderr
        assert sha256(path) == before, f"{args[0]} changed the half-made file"
    with pytest.raises(errors.IncompleteProjectError):
        open_workspace(path, device_id=DEVICE)
    assert sha256(path) == before
    assert not (tmp_path / "verslag.docx").exists()


def test_half_made_file_is_refused_by_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    half = _identity_only(tmp_path / "Half.dialoog")
    before = sha256(half)
    window = MainWindow(new_workspace(tmp_path / "Putten.dialoog", device_id=DEVICE))
    qtbot.addWidget(window)
    assert window.open_path(half) is False
    assert len(shown) == 1 and HALF_MADE_NL in shown[0]
    assert window.windowTitle() == "Putten — Dialoog"
    meetings.add_meeting(window.workspace, "Nog steeds bruikbaar")
    window.close()
    assert sha256(half) == before
