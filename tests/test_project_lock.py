"""Issue 9 item 9: one writer per project file, whatever name it is opened by.

The lock is on the file itself (its identity), so a symlink or a hard link in another
folder is refused while the project is open; there is no lock file to leave behind or
to delete under another process; and a project busy elsewhere is "already open", never
"damaged", however the opens race.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import dialoog_app
from conftest import DEVICE
from dialoog_app.domain import errors
from dialoog_app.services import meetings
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace

SOURCE_ROOT = Path(dialoog_app.__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and flock are POSIX")

RACER = r"""
import json, os, random, sys, time
from pathlib import Path
from dialoog_app.domain import errors
from dialoog_app.services.workspace import open_workspace

path, marker, opens = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
counts = {"opened": 0, "busy": 0, "overlap": 0, "other": []}
# A start line: on a busy machine the imports take seconds, and racers that start one
# after the other never race at all.
ready = marker.with_name(marker.name + ".ready")
ready.mkdir(exist_ok=True)
(ready / str(os.getpid())).touch()
start_by = time.monotonic() + 60
while len(list(ready.iterdir())) < 3 and time.monotonic() < start_by:
    time.sleep(0.001)
deadline = time.monotonic() + 120
while counts["opened"] < opens and time.monotonic() < deadline:
    try:
        ws = open_workspace(path, device_id="00000000-0000-4000-8000-000000000009")
    except errors.AlreadyOpenError:
        counts["busy"] += 1
        time.sleep(random.uniform(0, 0.003))
        continue
    except errors.UserError as error:
        counts["other"].append(str(error))
        continue
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        counts["overlap"] += 1
    else:
        os.close(fd)
        time.sleep(0.002)
        os.unlink(marker)
    ws.close()
    counts["opened"] += 1
print(json.dumps(counts))
"""


def _other_folder_names(tmp_path: Path, project: Path) -> tuple[Path, Path]:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    symlink = elsewhere / "Snelkoppeling.dialoog"
    symlink.symlink_to(project)
    hard_link = elsewhere / "Kopie.dialoog"
    os.link(project, hard_link)
    return symlink, hard_link


def test_symlink_and_hard_link_cannot_open_an_open_project(
    workspace: Workspace, project_path: Path, tmp_path: Path
) -> None:
    symlink, hard_link = _other_folder_names(tmp_path, project_path)
    for other in (symlink, hard_link):
        with pytest.raises(errors.AlreadyOpenError):
            open_workspace(other, device_id=DEVICE)
        result = subprocess.run(
            [sys.executable, "-m", "dialoog_app", "info", str(other)],
            capture_output=True,
            text=True,
            env={**os.environ, "DIALOOG_LANG": "nl", "PYTHONPATH": str(SOURCE_ROOT)},
            timeout=120,
        )
        assert result.returncode == 2
        assert "is al geopend in een ander Dialoog-venster" in result.stderr
    meetings.add_meeting(workspace, "Nog steeds bruikbaar")


def test_no_lock_file_is_made_or_left(project_path: Path) -> None:
    ws = new_workspace(project_path, device_id=DEVICE)
    beside = {p.name for p in project_path.parent.iterdir()} - {"userdata"}
    assert not any(name.endswith(".lock") for name in beside)
    ws.close()
    ws = open_workspace(project_path, device_id=DEVICE)
    ws.close()
    assert {p.name for p in project_path.parent.iterdir()} - {"userdata"} == {project_path.name}


def test_closing_one_project_keeps_the_other_locked(project_path: Path, tmp_path: Path) -> None:
    first = new_workspace(project_path, device_id=DEVICE)
    second = new_workspace(tmp_path / "Ander.dialoog", device_id=DEVICE)
    second.close()
    with pytest.raises(errors.AlreadyOpenError):
        open_workspace(project_path, device_id=DEVICE)
    first.close()
    open_workspace(project_path, device_id=DEVICE).close()


def test_racing_processes_never_share_a_project_nor_call_it_damaged(
    project_path: Path, tmp_path: Path
) -> None:
    ws = new_workspace(project_path, device_id=DEVICE)
    meetings.add_meeting(ws, "Avond")
    ws.close()
    names = [project_path, *_other_folder_names(tmp_path, project_path)]
    marker = tmp_path / "holder"
    env = {**os.environ, "PYTHONPATH": str(SOURCE_ROOT)}
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(name), str(marker), "15"],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in names
    ]
    results = [json.loads(racer.communicate(timeout=300)[0]) for racer in racers]
    assert sum(r["overlap"] for r in results) == 0, results
    assert [r["other"] for r in results] == [[], [], []], "a busy project called damaged"
    assert [r["opened"] for r in results] == [15, 15, 15], results
    assert sum(r["busy"] for r in results) > 0, "the processes never raced: proved nothing"
