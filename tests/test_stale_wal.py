"""Issue 9 item 8: a ``-wal`` that does not belong to its project file is refused.

A crash leaves the log beside the file. If the file is then replaced (a copy put back,
another project saved over it) or written through a hard link, SQLite would apply the old
log to whatever file is there. The app refuses instead, touching none of the three files;
a log that does belong — after any number of the app's own checkpoints — is recovered.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import dialoog_app
from conftest import DEVICE, sha256
from dialoog_app.domain import errors
from dialoog_app.services import meetings
from dialoog_app.services.workspace import new_workspace, open_workspace

SOURCE_ROOT = Path(dialoog_app.__file__).resolve().parent.parent
STALE_NL = "hoort (het bestand is na een vastloper vervangen of teruggezet)"

# Opens the project, adds meetings, and dies without closing: the log stays behind.
CRASHER = r"""
import os, sys
from pathlib import Path
from dialoog_app.store import engine
from dialoog_app.services import meetings
from dialoog_app.services.workspace import open_workspace

path, count, checkpoint_bytes = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
engine.CHECKPOINT_BYTES = checkpoint_bytes
ws = open_workspace(path, device_id="00000000-0000-4000-8000-0000000000c8")
for i in range(count):
    meetings.add_meeting(ws, f"Na de laatste controle {i}")
engine.CHECKPOINT_BYTES = 1 << 40  # the last one stays in the log, whatever came before
meetings.add_meeting(ws, "Na de laatste controle")
os._exit(0)
"""


def _crash_after_writing(path: Path, count: int = 3, checkpoint_bytes: int = 4 << 20) -> None:
    env = {**os.environ, "PYTHONPATH": str(SOURCE_ROOT)}
    subprocess.run(
        [sys.executable, "-c", CRASHER, str(path), str(count), str(checkpoint_bytes)],
        check=True,
        env=env,
        timeout=120,
    )
    assert wal(path).stat().st_size > 0, "the crash left no log: the test proves nothing"


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def _project(path: Path, title: str) -> Path:
    ws = new_workspace(path, device_id=DEVICE)
    meetings.add_meeting(ws, title)
    ws.close()
    return path


def _fingerprints(path: Path) -> list[str]:
    return [sha256(p) for p in (path, wal(path), shm(path))]


def _assert_stale_refused(path: Path) -> None:
    before = _fingerprints(path)
    with pytest.raises(errors.StaleWalError):
        open_workspace(path, device_id=DEVICE)
    result = subprocess.run(
        [sys.executable, "-m", "dialoog_app", "info", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "DIALOOG_LANG": "nl", "PYTHONPATH": str(SOURCE_ROOT)},
        timeout=120,
    )
    assert result.returncode == 2
    assert STALE_NL in result.stderr and f"Verplaats {wal(path).name}" in result.stderr
    assert "Traceback" not in result.stderr
    assert _fingerprints(path) == before, "a refused project's files must stay untouched"


@pytest.mark.parametrize("how", ["copied over", "renamed over"])
def test_log_of_a_replaced_file_is_refused(tmp_path: Path, how: str) -> None:
    path = _project(tmp_path / "Putten.dialoog", "Putten")
    other = _project(tmp_path / "Ermelo.dialoog", "Ermelo")
    _crash_after_writing(path)
    if how == "copied over":
        shutil.copyfile(other, path)  # same inode, other content
    else:
        os.replace(other, path)  # another inode under the same name
    _assert_stale_refused(path)
    # Doing what the message says makes the project open again, as it was replaced.
    kept = tmp_path / "bewaard"
    kept.mkdir()
    for leftover in (wal(path), shm(path)):
        leftover.rename(kept / leftover.name)
    ws = open_workspace(path, device_id=DEVICE)
    assert [m.title for m in meetings.list_meetings(ws)] == ["Ermelo"]
    ws.close()


@pytest.mark.skipif(sys.platform == "win32", reason="hard links as on POSIX")
def test_log_left_before_the_file_was_written_through_a_hard_link_is_refused(
    tmp_path: Path,
) -> None:
    path = _project(tmp_path / "Putten.dialoog", "Putten")
    (tmp_path / "elders").mkdir()
    link = tmp_path / "elders" / "Putten.dialoog"
    os.link(path, link)
    _crash_after_writing(path)
    ws = open_workspace(link, device_id=DEVICE)  # its own, empty log: the file changes
    for i in range(30):
        meetings.add_meeting(ws, f"Via de andere naam {i}")
    ws.close()
    _assert_stale_refused(path)
    raw = sqlite3.connect(link)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()


@pytest.mark.parametrize("checkpoint_bytes", [4 << 20, 20_000])
def test_log_that_belongs_is_recovered(tmp_path: Path, checkpoint_bytes: int) -> None:
    path = _project(tmp_path / "Putten.dialoog", "Putten")
    _crash_after_writing(path, count=40, checkpoint_bytes=checkpoint_bytes)
    ws = open_workspace(path, device_id=DEVICE)
    titles = [m.title for m in meetings.list_meetings(ws)]
    ws.close()
    assert len(titles) == 42 and titles[-1] == "Na de laatste controle"


def test_a_copy_of_the_file_with_its_own_log_belongs(tmp_path: Path) -> None:
    """Copying a crashed project with its log (both) to another folder is not stale."""
    path = _project(tmp_path / "Putten.dialoog", "Putten")
    _crash_after_writing(path, count=5)
    (tmp_path / "usb").mkdir()
    copy = tmp_path / "usb" / "Putten.dialoog"
    shutil.copyfile(path, copy)
    shutil.copyfile(wal(path), wal(copy))
    ws = open_workspace(copy, device_id=DEVICE)
    assert len(meetings.list_meetings(ws)) == 7
    ws.close()


def test_broken_references_are_refused(tmp_path: Path) -> None:
    path = _project(tmp_path / "Putten.dialoog", "Putten")
    raw = sqlite3.connect(path)  # foreign keys are off by default in a bare connection
    raw.execute(
        "INSERT INTO dialogue_table (id, meeting_id, name, facilitator, position, residents,"
        " professionals, civil_servants, others, created_at, updated_at, device_id)"
        " VALUES ('t1', 'no-such-meeting', 'Wees', '', 0, 0, 0, 0, 0,"
        " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'x')"
    )
    raw.commit()
    raw.close()
    before = sha256(path)
    with pytest.raises(errors.DamagedFileError, match="dialogue_table"):
        open_workspace(path, device_id=DEVICE)
    assert sha256(path) == before
