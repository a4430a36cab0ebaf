"""Creating, opening and refusing project files. A refused file is never changed."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import threading
from pathlib import Path

import pytest

from conftest import DEVICE, sha256
from dialoog_app.domain import errors
from dialoog_app.services import meetings
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace
from dialoog_app.store.fileformat import APPLICATION_ID, SCHEMA_VERSION


def _made_project(path: Path) -> Path:
    ws = new_workspace(path, device_id=DEVICE)
    meetings.add_meeting(ws, "Dialoogtafels Samenleving")
    ws.close()
    return path


def _assert_refused(path: Path, error: type[errors.ProjectFileError]) -> errors.ProjectFileError:
    before = sha256(path)
    with pytest.raises(error) as caught:
        open_workspace(path, device_id=DEVICE)
    assert sha256(path) == before, "a refused file must be left byte-for-byte unchanged"
    return caught.value


def test_new_project_identifies_itself(project_path: Path) -> None:
    _made_project(project_path)
    db = sqlite3.connect(project_path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert (
        db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == f"{SCHEMA_VERSION:04d}"
    )
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_new_project_is_readable_by_owner_only(project_path: Path) -> None:
    _made_project(project_path)
    assert stat.S_IMODE(project_path.stat().st_mode) == 0o600


def test_reopened_project_has_what_was_saved(project_path: Path) -> None:
    _made_project(project_path)
    ws = open_workspace(project_path, device_id=DEVICE)
    try:
        [meeting] = meetings.list_meetings(ws)
        assert meeting.title == "Dialoogtafels Samenleving"
    finally:
        ws.close()


def test_new_refuses_to_overwrite(project_path: Path) -> None:
    _made_project(project_path)
    before = sha256(project_path)
    with pytest.raises(errors.ProjectExistsError):
        new_workspace(project_path, device_id=DEVICE)
    assert sha256(project_path) == before


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notities.dialoog"
    path.write_text("Dit is een gewoon tekstbestand.\n" * 20, encoding="utf-8")
    error = _assert_refused(path, errors.NotAProjectError)
    assert "is not a Dialoog project" in str(error)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "leeg.dialoog"
    path.touch()
    _assert_refused(path, errors.EmptyFileError)


def test_truncated_file_is_refused(project_path: Path) -> None:
    _made_project(project_path)
    data = project_path.read_bytes()
    project_path.write_bytes(data[: len(data) // 2])
    _assert_refused(project_path, errors.DamagedFileError)


def test_file_cut_inside_the_header_is_refused(project_path: Path) -> None:
    _made_project(project_path)
    project_path.write_bytes(project_path.read_bytes()[:60])
    _assert_refused(project_path, errors.DamagedFileError)


def test_sqlite_file_of_another_application_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ander.dialoog"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE contacts (name TEXT)")
    db.execute("INSERT INTO contacts VALUES ('Jan')")
    db.commit()
    db.close()
    _assert_refused(path, errors.ForeignDatabaseError)


def test_file_from_a_newer_dialoog_is_refused(project_path: Path) -> None:
    _made_project(project_path)
    db = sqlite3.connect(project_path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.commit()
    db.close()
    error = _assert_refused(project_path, errors.NewerVersionError)
    assert "newer version" in str(error)


def test_unknown_revision_alone_counts_as_newer(project_path: Path) -> None:
    _made_project(project_path)
    db = sqlite3.connect(project_path)
    db.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    db.commit()
    db.close()
    _assert_refused(project_path, errors.NewerVersionError)


def test_damaged_pages_are_refused(project_path: Path) -> None:
    _made_project(project_path)
    data = bytearray(project_path.read_bytes())
    page_size = 4096
    for offset in range(page_size * 2, len(data), page_size):  # keep page 1, wreck the rest
        data[offset : offset + 64] = b"\xff" * 64
    project_path.write_bytes(bytes(data))
    _assert_refused(project_path, errors.DamagedFileError)


def test_project_open_elsewhere_is_refused(workspace: Workspace, project_path: Path) -> None:
    with pytest.raises(errors.AlreadyOpenError):
        open_workspace(project_path, device_id=DEVICE)
    meetings.add_meeting(workspace, "Nog steeds bruikbaar")  # the first one is unharmed


def test_project_open_in_another_process_is_refused(
    workspace: Workspace, project_path: Path
) -> None:
    import subprocess

    result = subprocess.run(
        [sys.executable, "-m", "dialoog_app", "info", str(project_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "DIALOOG_LANG": "nl"},
        timeout=60,
    )
    assert result.returncode == 2
    assert "is al geopend in een ander Dialoog-venster" in result.stderr
    assert "Traceback" not in result.stderr


def test_read_only_project_gets_a_clear_message(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _made_project(project_path)
    # Tests run as root in CI, where chmod does not stop writes; ask the same question
    # the app asks and answer it as a read-only file system would.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    _assert_refused(project_path, errors.ReadOnlyError)


def test_every_row_records_the_device_that_wrote_it(workspace: Workspace) -> None:
    meeting = meetings.add_meeting(workspace, "Avond 1")
    table = meetings.add_table(workspace, meeting.id, "Tafel 1")
    db = sqlite3.connect(workspace.path)
    devices = {
        row[0]
        for row in db.execute(
            "SELECT device_id FROM meeting UNION SELECT device_id FROM dialogue_table "
            "UNION SELECT device_id FROM project"
        )
    }
    db.close()
    assert devices == {DEVICE}
    assert len(table.id) == 36


def test_delete_is_a_tombstone(workspace: Workspace) -> None:
    meeting = meetings.add_meeting(workspace, "Avond 1")
    table = meetings.add_table(workspace, meeting.id, "Tafel 1")
    meetings.delete_table(workspace, table.id)
    assert meetings.list_tables(workspace, meeting.id) == []
    db = sqlite3.connect(workspace.path)
    deleted_at = db.execute(
        "SELECT deleted_at FROM dialogue_table WHERE id = ?", (table.id,)
    ).fetchone()[0]
    db.close()
    assert deleted_at is not None


def test_a_closed_project_refuses_further_work(workspace: Workspace) -> None:
    workspace.close()
    workspace.close()  # closing twice is harmless
    with pytest.raises(RuntimeError, match="is closed"):
        meetings.add_meeting(workspace, "Te laat")


def test_reads_from_two_threads_take_turns_on_the_one_read_connection(tmp_path: Path) -> None:
    """A worker thread (a backup, a merge) may read while the window does."""
    ws = new_workspace(tmp_path / "Putten.dialoog")
    try:
        meeting = meetings.add_meeting(ws, "Avond")
        for number in range(5):
            meetings.add_table(ws, meeting.id, f"Tafel {number}")
        errors: list[BaseException] = []

        def reader() -> None:
            try:
                for _ in range(200):
                    assert len(meetings.list_tables(ws, meeting.id)) == 5
            except BaseException as error:  # reported below, on the test's thread
                errors.append(error)

        threads = [threading.Thread(target=reader) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
    finally:
        ws.close()
