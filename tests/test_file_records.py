"""Issue 9 items 10 and 12: names the OS rejects; an odd Alembic version record.

Each is refused up front with one Dutch message — no traceback, no raw SQL — and the
file is left as it was, with no backup copies piling up however often the user retries.
"""

from __future__ import annotations

import os
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
TOO_LONG_NL = "is te lang voor deze map"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIALOOG_LANG": "nl", "PYTHONPATH": str(SOURCE_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "dialoog_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _named(length: int, folder: Path) -> Path:
    """A project file name of exactly ``length`` bytes."""
    return folder / ("p" * (length - len(".dialoog")) + ".dialoog")


def _project(path: Path) -> Path:
    ws = new_workspace(path, device_id=DEVICE)
    meetings.add_meeting(ws, "Dialoogtafels Samenleving")
    ws.close()
    return path


def _beside(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "userdata")


def test_a_name_too_long_for_the_sidecars_is_refused_for_new(tmp_path: Path) -> None:
    path = _named(250, tmp_path)
    with pytest.raises(errors.NameTooLongError) as caught:
        new_workspace(path, device_id=DEVICE)
    assert "at most 247 bytes" in str(caught.value)
    result = _cli("new", str(path))
    assert result.returncode == 2
    assert TOO_LONG_NL in result.stderr and "hoogstens 247 tekens" in result.stderr
    assert "Traceback" not in result.stderr
    assert _beside(tmp_path) == []


def test_a_name_too_long_for_the_sidecars_is_refused_for_info_and_export(
    tmp_path: Path,
) -> None:
    path = _named(250, tmp_path)
    _project(tmp_path / "kort.dialoog").rename(path)  # a name the folder itself accepts
    before = sha256(path)
    for args in (["info", str(path)], ["export", str(path), "--out", str(tmp_path / "v.docx")]):
        result = _cli(*args)
        assert result.returncode == 2
        assert TOO_LONG_NL in result.stderr and "Traceback" not in result.stderr
    assert sha256(path) == before
    assert _beside(tmp_path) == [path.name]


def test_the_longest_name_that_fits_works(tmp_path: Path) -> None:
    path = _project(_named(247, tmp_path))  # 247 + "-journal" = 255 bytes
    ws = open_workspace(path, device_id=DEVICE)
    assert [m.title for m in meetings.list_meetings(ws)] == ["Dialoogtafels Samenleving"]
    ws.close()


def _two_revisions(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("INSERT INTO alembic_version (version_num) VALUES ('0000')")
    db.commit()
    db.close()


def _no_revision_table(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("DROP TABLE alembic_version")
    db.commit()
    db.close()


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (_two_revisions, "staan 2 versies van het Dialoog-bestandsformaat in plaats van één"),
        (_no_revision_table, "staat niet meer welke versie van het Dialoog-bestandsformaat"),
    ],
)
def test_an_odd_version_record_gets_one_clear_message_and_no_backups(
    project_path: Path, damage: object, expected: str
) -> None:
    _project(project_path)
    damage(project_path)  # type: ignore[operator]
    before = sha256(project_path)
    for _retry in range(3):
        with pytest.raises(errors.VersionRecordError):
            open_workspace(project_path, device_id=DEVICE)
    result = _cli("info", str(project_path))
    assert result.returncode == 2
    assert expected in result.stderr
    for leak in ("Traceback", "alembic", "CREATE", "SELECT", "sqlite3"):
        assert leak not in result.stderr
    assert sha256(project_path) == before
    assert _beside(project_path.parent) == [project_path.name], "no backup, no sidecar"


def test_a_retried_failing_upgrade_makes_one_backup(project_path: Path, tmp_path: Path) -> None:
    from dialoog_app.store.project_file import open_project
    from test_migrations import FAILING_0002, _scripts_with

    _project(project_path)
    scripts = _scripts_with(tmp_path, FAILING_0002)
    for _retry in range(3):
        with pytest.raises(errors.UpgradeFailedError):
            open_project(project_path, DEVICE, script_location=scripts)
    from dialoog_app.store.backup import folder_of_project_file

    folder = folder_of_project_file(project_path)
    assert folder is not None
    backups = sorted(p.name for p in folder.glob("*-before-upgrade-*"))
    assert len(backups) == 1, backups
    beside = [n for n in _beside(project_path.parent) if not n.endswith(("-wal", "-shm"))]
    assert beside == sorted([project_path.name, "migrations"]), "no backup beside the file"


def test_an_upgrade_of_the_longest_name_that_fits_keeps_its_backup_elsewhere(
    tmp_path: Path,
) -> None:
    """Upgrade backups go to the data folder under a short name (see store/backup.py), so
    a project name that fits its sidecars never fails on its backup's name."""
    from dialoog_app.store.backup import folder_of_project_file
    from dialoog_app.store.project_file import open_project
    from test_migrations import GOOD_0002, _scripts_with

    path = _project(_named(247, tmp_path))
    open_project(path, DEVICE, script_location=_scripts_with(tmp_path, GOOD_0002)).close()
    folder = folder_of_project_file(path)
    assert folder is not None and list(folder.glob("*-before-upgrade-*"))
    beside = [n for n in _beside(tmp_path) if not n.endswith(("-wal", "-shm"))]
    assert beside == sorted([path.name, "migrations"]), "no backup beside the file"
