"""Starting and stopping the app: refused starts, a second start, signals, CLI smalls.

Issue 9 item 3 (a failed start never forgets the real project), SIGINT/SIGTERM, and the
command line's small faults (closed pipe, mistyped command, --help).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from capture_helpers import open_capture, type_text
from conftest import DEVICE, sha256
from dialoog_app import paths
from dialoog_app.cli.main import build_parser
from dialoog_app.services import drafts, meetings
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace
from dialoog_app.ui import errors, settings
from dialoog_app.ui.app import first_workspace, run_gui
from dialoog_app.ui.errors import log_path
from dialoog_app.ui.interrupt import SignalCloser
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.single_instance import InstanceServer, ask_running_instance, bring_forward


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "DIALOOG_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}


def _dialoog(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dialoog_app", *args],
        capture_output=True,
        text=True,
        env=_env(data),
        timeout=120,
    )


def _log_says(text: str, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log_path().exists() and text in log_path().read_text(encoding="utf-8"):
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


@pytest.fixture
def hooks_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    """``run_gui`` installs the app's exception hooks; give the test runner its own back."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


@pytest.fixture
def running(tmp_path: Path, private_data_dir: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """A real Dialoog (another process) with a project open, as the first start."""
    project = tmp_path / "Putten.dialoog"
    ws = new_workspace(project, device_id=DEVICE)
    meetings.add_meeting(ws, "Avond in Putten")
    ws.close()
    process = subprocess.Popen(
        [sys.executable, "-m", "dialoog_app", str(project)],
        env=_env(private_data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert _log_says(f"Window open on {project}"), process.stderr
        yield process, project
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _remembered() -> tuple[Path | None, list[Path]]:
    return settings.last_project(), settings.recent_projects()


# -- a failed start -----------------------------------------------------------------------


def test_a_refused_file_on_the_command_line_opens_nothing_and_changes_nothing(
    qapp: object, tmp_path: Path, messages: list[str], hooks_restored: None
) -> None:
    real = tmp_path / "Putten.dialoog"
    new_workspace(real, device_id=DEVICE).close()
    settings.remember_project(real)
    before = _remembered()
    wrong = tmp_path / "begroting.dialoog"
    wrong.write_bytes(b"PK\x03\x04 not a database at all" * 10)
    digest = sha256(wrong)

    assert run_gui(wrong) == 2
    assert messages == [f"Het bestand {wrong} is geen Dialoog-project."]
    assert _remembered() == before  # the next start still reopens Putten
    assert not paths.default_project_path().exists()  # no empty default project made
    assert sha256(wrong) == digest


def test_a_project_open_elsewhere_without_an_answer_says_so_and_changes_nothing(
    qapp: object, tmp_path: Path, messages: list[str], hooks_restored: None
) -> None:
    real = tmp_path / "Putten.dialoog"
    holder = new_workspace(real, device_id=DEVICE)  # e.g. a Dialoog that hangs
    settings.remember_project(real)
    before = _remembered()
    try:
        assert run_gui(None) == 2  # the last project is busy: no fallback to the default
        assert "is al geopend in een ander Dialoog-venster" in messages[0]
        assert _remembered() == before
        assert not paths.default_project_path().exists()
    finally:
        holder.close()


def test_a_second_start_brings_the_first_window_forward(
    qapp: object,
    running: tuple[subprocess.Popen[str], Path],
    messages: list[str],
    hooks_restored: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    process, project = running
    before = _remembered()
    assert before[0] == project

    assert run_gui(project) == 0  # asked for the same project
    assert run_gui(None) == 0  # or simply started again (the last project is that one)
    out = capsys.readouterr().out
    assert out.count(f"Dialoog is al gestart met {project}") == 2, out
    assert messages == []  # nothing to click away: the first window came forward
    assert _log_says("Brought forward by a second start")
    assert _remembered() == before
    assert not paths.default_project_path().exists()
    assert process.poll() is None  # the first one runs on


# -- signals --------------------------------------------------------------------------------


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_project_cleanly(
    running: tuple[subprocess.Popen[str], Path], number: int
) -> None:
    process, project = running
    assert project.with_name(project.name + "-wal").exists()  # open, in WAL mode
    process.send_signal(number)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + number, stderr
    assert "Traceback" not in stderr
    for sidecar in ("-wal", "-shm"):
        assert not project.with_name(project.name + sidecar).exists()
    ws = open_workspace(project, device_id=DEVICE)  # not locked, not damaged
    assert [m.title for m in meetings.list_meetings(ws)] == ["Avond in Putten"]
    ws.close()


# -- the command line -----------------------------------------------------------------------


def test_a_mistyped_command_is_named_not_started(tmp_path: Path, private_data_dir: Path) -> None:
    result = _dialoog(private_data_dir, "exprot", "x.dialoog")
    assert result.returncode == 2
    assert "'exprot' is geen opdracht" in result.stderr
    assert "dialoog export" in result.stderr  # the closest command is suggested
    assert not paths.default_project_path().exists()  # the app did not start
    lone = _dialoog(private_data_dir, "infoo")
    assert lone.returncode == 2 and "dialoog info" in lone.stderr


@pytest.mark.parametrize("command", [["info", "--json"], ["schema"]])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, command: list[str]) -> None:
    """``dialoog info --json | head -1``: the reader is gone before the output is written."""
    project = tmp_path / "Putten.dialoog"
    new_workspace(project, device_id=DEVICE).close()
    args = [a if a != "info" else a for a in command]
    if command[0] == "info":
        args = ["info", str(project), "--json"]
    read, write = os.pipe()
    os.close(read)  # like `head` that has already stopped reading
    try:
        result = subprocess.run(
            [sys.executable, "-m", "dialoog_app", *args],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    assert result.stderr == ""
    assert result.returncode == 141


def test_help_names_the_path_form_and_explains_every_option() -> None:
    parser = build_parser()
    assert parser.format_usage().startswith("usage: dialoog [PATH]")
    unexplained = []
    for sub_action in parser._actions:
        if not isinstance(sub_action, argparse._SubParsersAction):
            continue
        for name, sub in sub_action.choices.items():
            for action in sub._actions:
                if not action.help or action.help == argparse.SUPPRESS:
                    unexplained.append(f"{name} {action.dest}")
    assert unexplained == []


def test_an_unexpected_error_is_reported_and_logged(
    monkeypatch: pytest.MonkeyPatch, hooks_restored: None
) -> None:
    """The hook itself (in a process the test owns): logged, reported, not raised."""
    shown: list[str] = []
    monkeypatch.setattr(errors, "_show_dialog", lambda details, parent: shown.append(details))
    errors.setup_logging()
    errors.install_hooks()
    try:
        raise RuntimeError("kapot in een thread van niemand")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert "kapot in een thread van niemand" in shown[0]
    assert "kapot in een thread van niemand" in log_path().read_text(encoding="utf-8")


def test_a_damaged_last_project_opens_the_default_without_forgetting_it(
    qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    last = tmp_path / "Putten.dialoog"
    last.write_bytes(b"not a database, truncated by a full USB stick" * 3)
    settings.remember_project(last)
    before = _remembered()
    start = first_workspace(None)
    assert start.workspace.path == paths.default_project_path()
    assert start.remember is False
    assert messages == [f"Het bestand {last} is geen Dialoog-project."]
    window = MainWindow(start.workspace, remember=start.remember)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Mijn dialoogtafels — Dialoog"
    window.close()
    assert _remembered() == before  # the next start tries Putten again


def test_sigterm_saves_the_typed_draft_before_closing(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    """In the app's own loop: text typed a moment ago (its 300 ms save not yet due) is
    stored when SIGTERM arrives, and the event loop ends with 128 + 15."""
    meeting = meetings.add_meeting(workspace, "Avond")
    table = meetings.add_table(workspace, meeting.id, "Tafel 1")
    window, page = open_capture(qtbot, workspace)
    type_text(qtbot, page.input, "bijna af")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    closer = SignalCloser(app)
    # Else closing the last window inside exec() also posts a quit, which would stop every
    # later test's event loop (Qt keeps "quit now" until the next exec()).
    app.setQuitOnLastWindowClosed(False)
    try:
        QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
        assert app.exec() == 128 + signal.SIGTERM
    finally:
        closer.restore()
        app.setQuitOnLastWindowClosed(True)
    assert not window.isVisible() and window.ctx is None
    assert drafts.draft_text(reopen(), table.id) == "bijna af"


def test_a_dialoog_on_another_project_leaves_the_first_ones_socket_alone(
    qapp: object, running: tuple[subprocess.Popen[str], Path], tmp_path: Path
) -> None:
    _, project = running
    other = InstanceServer(lambda: tmp_path / "Ermelo.dialoog")
    assert other.listen() is False  # the first Dialoog answers there: not stale
    assert bring_forward(tmp_path / "Ermelo.dialoog") is None  # not the one that has it
    assert ask_running_instance("ping") == str(project)  # the first is still reachable
    other.deleteLater()
