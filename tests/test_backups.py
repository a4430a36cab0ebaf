"""Backups: thinning over a simulated month, copies while a writer runs, 0600, restore."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dialoog_app
from conftest import DEVICE
from dialoog_app.domain.backup_thinning import backups_to_keep
from dialoog_app.services import backups, meetings, notes
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace
from dialoog_app.store import backup as files

T0 = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)
WRITER = Path(__file__).with_name("crash_writer.py")


def _expected(taken: list[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """The promise, written out: every copy of an hour that ended less than an hour ago; the
    newest of each hour that ended less than a day ago; of each day that ended less than 30
    days ago; of each ISO week before that; and always the newest copy."""
    groups: dict[tuple[object, ...], list[dt.datetime]] = {}
    for t in taken:
        hour_end = t.replace(minute=0) + dt.timedelta(hours=1)
        day_end = dt.datetime.combine(t.date(), dt.time(), dt.UTC) + dt.timedelta(days=1)
        week_end = day_end + dt.timedelta(days=6 - t.weekday())
        if now - week_end > dt.timedelta(days=30):
            key: tuple[object, ...] = ("w", *t.isocalendar()[:2])
        elif now - day_end > dt.timedelta(days=1):
            key = ("d", t.date())
        elif now - hour_end > dt.timedelta(hours=1):
            key = ("h", t.date(), t.hour)
        else:
            key = ("all", t)
        groups.setdefault(key, []).append(t)
    return {max(group) for group in groups.values()} | {max(taken)}


def test_thinning_over_a_simulated_month_keeps_exactly_the_promised_set() -> None:
    # Work in bursts: every 10 minutes from 9:00 to 17:00 on weekdays, for 45 days.
    kept: set[dt.datetime] = set()
    taken: list[dt.datetime] = []
    now = T0
    while now < T0 + dt.timedelta(days=45):
        if now.weekday() < 5 and 9 <= now.hour < 17:
            taken.append(now)
            kept = backups_to_keep(kept | {now}, now)  # thinned after every new copy
            if len(taken) % 7 == 0:  # checked at moments spread over every hour of the day
                assert kept == _expected(taken, now), now
        now += dt.timedelta(minutes=10)
    assert kept == _expected(taken, taken[-1])
    ages = sorted(now - t for t in kept)
    assert len([a for a in ages if a <= dt.timedelta(hours=1)]) <= 12
    assert len(kept) < 60, len(kept)  # 45 days of 48 copies a day, about 1,500, thinned
    old = [t for t in kept if now - t > dt.timedelta(days=38)]  # weeks wholly past 30 days
    assert old and len({t.isocalendar()[:2] for t in old}) == len(old)


def _project(path: Path) -> Workspace:
    ws = new_workspace(path, device_id=DEVICE)
    meeting = meetings.add_meeting(ws, "Avond 1")
    table = meetings.add_table(ws, meeting.id, "Tafel 1")
    for i in range(3):
        notes.add_note(ws, table.id, f"Notitie {i}", at=T0)
    return ws


def test_backup_now_is_a_private_healthy_copy_in_the_data_folder(
    tmp_path: Path, private_data_dir: Path
) -> None:
    ws = _project(tmp_path / "Putten.dialoog")
    try:
        info = backups.backup_now(ws, "manual")
    finally:
        ws.close()
    assert info.path.parent.parent == private_data_dir / "backups"
    assert (info.meetings, info.tables, info.notes, info.healthy) == (1, 1, 3, True)
    assert info.reason == "manual"
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert not list(info.path.parent.glob("*.tmp"))
    assert [b.path for b in backups.list_backups(tmp_path / "Putten.dialoog")] == [info.path]


def test_auto_backup_only_when_something_changed(tmp_path: Path) -> None:
    ws = _project(tmp_path / "Putten.dialoog")
    auto = backups.AutoBackup(ws)
    try:
        first = auto.backup("open", now=T0)
        assert auto.maybe_backup(now=T0 + dt.timedelta(minutes=10)) is None
        table = meetings.list_tables(ws, meetings.list_meetings(ws)[0].id)[0]
        notes.add_note(ws, table.id, "Nog een notitie", at=T0)
        second = auto.maybe_backup(now=T0 + dt.timedelta(minutes=20))
        assert second is not None and second.notes == 4 and second.reason == "auto"
        assert auto.maybe_backup(now=T0 + dt.timedelta(minutes=30)) is None
    finally:
        auto.stop()
        ws.close()
    assert first.notes == 3
    assert len(backups.list_backups(tmp_path / "Putten.dialoog")) == 2


def test_a_backup_taken_while_another_process_writes_is_healthy(tmp_path: Path) -> None:
    path = tmp_path / "Druk.dialoog"
    ws = _project(path)
    table_id = meetings.list_tables(ws, meetings.list_meetings(ws)[0].id)[0].id
    project_id = backups._project_identity(ws)[0]
    ws.close()
    out = tmp_path / "writer.out"
    env = {**os.environ, "PYTHONPATH": str(Path(dialoog_app.__file__).resolve().parent.parent)}
    with out.open("wb") as stdout:
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), table_id], stdout=stdout, env=env
        )
    try:
        deadline = time.monotonic() + 30
        while out.read_bytes().count(b"\n") < 50:  # the writer is well under way
            assert writer.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        copies = [files.backup_copy(path, "auto", project_id=project_id) for _ in range(5)]
        acknowledged_before_last = out.read_bytes().count(b"\n")
    finally:
        writer.kill()
        writer.wait()
    for copy in copies:
        raw = sqlite3.connect(files.read_only_uri(copy, immutable=True), uri=True)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
            count = raw.execute("SELECT count(*) FROM note").fetchone()[0]
        finally:
            raw.close()
        assert count >= 3 + 45  # it saw the notes written before the copy began
    assert count <= 3 + acknowledged_before_last + 1


def test_restore_backs_up_the_current_state_first(tmp_path: Path) -> None:
    path = tmp_path / "Putten.dialoog"
    ws = _project(path)
    early = backups.backup_now(ws, "manual")
    table = meetings.list_tables(ws, meetings.list_meetings(ws)[0].id)[0]
    notes.add_note(ws, table.id, "Na de reservekopie", at=T0)
    backups.restore(ws, early.path)
    assert ws.store.closed
    reopened = open_workspace(path, device_id=DEVICE)
    try:
        texts = [n.text for n in notes.list_notes(reopened, table.id)]
    finally:
        reopened.close()
    assert "Na de reservekopie" not in texts and len(texts) == 3
    before = [b for b in backups.list_backups(path) if b.reason == "before-restore"]
    assert len(before) == 1 and before[0].notes == 4  # the lost note can be got back


def test_restore_refuses_a_damaged_backup_and_an_open_project(tmp_path: Path) -> None:
    path = tmp_path / "Putten.dialoog"
    ws = _project(path)
    copy = backups.backup_now(ws, "manual").path
    with pytest.raises(dialoog_app.domain.errors.AlreadyOpenError):
        backups.restore_file(path, copy)
    ws.close()
    bad = tmp_path / "kapot.dialoog"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(backups.BackupUnusableError):
        backups.restore_file(path, bad)
