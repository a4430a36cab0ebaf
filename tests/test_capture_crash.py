"""A writer killed with SIGKILL at random moments never loses an acknowledged note.

A child process saves notes through ``notes.add_note`` (the screen's own save path) and
prints each id after the call returns. It is killed at random moments; after every kill
the file must open, pass ``PRAGMA integrity_check`` and hold every acknowledged note.
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

import dialoog_app
from conftest import DEVICE
from dialoog_app.services import meetings, notes
from dialoog_app.services.workspace import new_workspace, open_workspace

WRITER = Path(__file__).with_name("crash_writer.py")
SOURCE_ROOT = Path(dialoog_app.__file__).resolve().parent.parent


def _spawn(path: Path, table_id: str, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SOURCE_ROOT)}  # the same code as this test
    with out.open("wb") as stdout:
        return subprocess.Popen(
            [sys.executable, str(WRITER), str(path), table_id], stdout=stdout, env=env
        )


def _acknowledged(out: Path) -> list[str]:
    lines = out.read_text(encoding="utf-8").split("\n")
    complete = lines[:-1]  # a line without its newline was not fully acknowledged
    return [line for line in complete if line and line != "ready"]


def _wait_ready(out: Path, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not out.read_bytes().startswith(b"ready\n"):
        assert process.poll() is None, "the writer died by itself"
        assert time.monotonic() < deadline, "the writer did not start"
        time.sleep(0.005)


def kill_repeatedly(tmp_path: Path, kills: int, seed: int) -> int:
    rng = random.Random(seed)
    path = tmp_path / "Crash.dialoog"
    ws = new_workspace(path, device_id=DEVICE)
    meeting = meetings.add_meeting(ws, "Avond")
    table_id = meetings.add_table(ws, meeting.id, "Tafel 1").id
    ws.close()
    acknowledged: list[str] = []
    for round_ in range(kills):
        out = tmp_path / f"writer-{round_}.out"
        process = _spawn(path, table_id, out)
        if rng.random() < 0.85:
            _wait_ready(out, process)
            time.sleep(rng.uniform(0, 0.12))
        else:  # now and then while it is still opening the file
            time.sleep(rng.uniform(0, 0.4))
        process.send_signal(signal.SIGKILL)
        process.wait()
        acknowledged += _acknowledged(out)

        raw = sqlite3.connect(path)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in raw.execute("SELECT id FROM note")}
        finally:
            raw.close()
        missing = [note_id for note_id in acknowledged if note_id not in stored]
        assert missing == [], f"kill {round_}: acknowledged notes lost: {missing[:5]}"
        ws = open_workspace(path, device_id=DEVICE)  # the app opens it, lock released
        assert len(notes.list_notes(ws, table_id)) >= len(acknowledged)
        ws.close()
    assert acknowledged, "no note was ever acknowledged: the test proved nothing"
    return len(acknowledged)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writer_loses_no_acknowledged_note(tmp_path: Path) -> None:
    kill_repeatedly(tmp_path, kills=10, seed=4)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_hundreds_of_kills(tmp_path: Path) -> None:
    saved = kill_repeatedly(tmp_path, kills=300, seed=int(time.time()))
    print(f"300 kills, {saved} acknowledged notes, none lost")
