"""A damaged project: detected, never written to, the newest backup offered; dialoog check."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from conftest import DEVICE, sha256
from dialoog_app.services import backups
from dialoog_app.services.demo import create_demo
from dialoog_app.services.health import check_project, lost_since
from dialoog_app.services.workspace import new_workspace, open_workspace
from dialoog_app.ui import i18n
from dialoog_app.ui.main_window import MainWindow
from test_cli import dialoog

PAGE = 4096


def _demo_with_backup(path: Path) -> backups.BackupInfo:
    create_demo(path, tables=3, notes=200, opgaven=4, seed=3)
    ws = open_workspace(path, device_id=DEVICE)
    try:
        return backups.backup_now(ws, "manual")
    finally:
        ws.close()


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // PAGE // 2) * PAGE
    if how == "bytes":  # a stray write over the middle page's header and first cells
        data[middle : middle + 64] = b"\xde\xad\xbe\xef" * 16
    else:  # a page of zeros, as a failing disk or a cut-short sync leaves one
        data[middle : middle + PAGE] = bytes(PAGE)
    path.write_bytes(bytes(data))
    # The file changed 12 minutes after the backup, as far as anyone can tell.
    later = time.time() + 12 * 60
    os.utime(path, (later, later))


@pytest.mark.parametrize("how", ["bytes", "zeros"])
def test_damaged_file_is_left_alone_and_the_newest_backup_offered(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    path = tmp_path / "Putten.dialoog"
    backup = _demo_with_backup(path)
    _damage(path, how)
    before = sha256(path)

    window = MainWindow(new_workspace(tmp_path / "Ander.dialoog", device_id=DEVICE))
    qtbot.addWidget(window)
    shown: list[str] = []

    def decline(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", decline)
    assert window.open_path(path) is False
    assert sha256(path) == before  # never written to
    [message] = shown
    assert "beschadigd" in message and "niet gewijzigd" in message
    assert f"{backup.notes} notities" in message
    assert "de laatste 12 minuten" in message

    # Now accept: the backup goes back in, the damaged file is kept beside it.
    def accept(box: QMessageBox) -> int:
        [button] = [b for b in box.buttons() if b.text() == "Reservekopie terugzetten"]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", accept)
    assert window.open_path(path) is True
    assert window.workspace.path == path
    [kept] = tmp_path.glob("Putten.beschadigd-*.dialoog")
    assert sha256(kept) == before
    window.close()
    assert check_project(path).healthy


def test_dialoog_check_exit_codes_and_json(tmp_path: Path, private_data_dir: Path) -> None:
    path = tmp_path / "Putten.dialoog"
    backup = _demo_with_backup(path)
    assert os.environ["DIALOOG_DATA_DIR"] == str(private_data_dir)  # the child's backups too

    healthy = dialoog("check", str(path))
    assert healthy.returncode == 0, healthy.stderr
    assert "gezond" in healthy.stdout and "200 notities" in healthy.stdout

    _damage(path, "bytes")
    before = sha256(path)
    damaged = dialoog("check", str(path), "--json")
    assert damaged.returncode == 1
    report = json.loads(damaged.stdout)
    assert report["healthy"] is False and report["problems"]
    assert report["backups"][0]["path"] == str(backup.path)
    assert sha256(path) == before
    text = dialoog("check", str(path))
    assert text.returncode == 1 and "BESCHADIGD" in text.stdout and "dialoog restore" in text.stdout

    not_ours = tmp_path / "boodschappen.txt"
    not_ours.write_text("melk, brood")
    assert dialoog("check", str(not_ours)).returncode == 2

    restored = dialoog("restore", str(path), str(backup.path))
    assert restored.returncode == 0, restored.stderr
    assert check_project(path).healthy
    assert list(tmp_path.glob("Putten.beschadigd-*.dialoog"))


def test_dialoog_backup_then_restore_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "Putten.dialoog"
    new_workspace(path, device_id=DEVICE).close()
    made = dialoog("backup", str(path))
    assert made.returncode == 0, made.stderr
    assert "Reservekopie gemaakt" in made.stdout
    [copy] = backups.list_backups(path)
    assert dialoog("restore", str(path), str(copy.path)).returncode == 0
    assert [b.reason for b in backups.list_backups(path)] == ["before-restore", "manual"]


def test_lost_since_in_plain_dutch(qapp: object) -> None:
    said = [i18n.text(lost_since(dt.timedelta(minutes=m))) for m in (0.2, 12, 170, 60 * 24 * 3)]
    assert said == [
        "hooguit de laatste minuut",
        "de laatste 12 minuten",
        "de laatste 3 uur",
        "de laatste 3 dagen",
    ]


def test_a_broken_reference_is_damage_too(tmp_path: Path) -> None:
    """A note whose table is gone (written with foreign keys off) fails the check."""
    path = tmp_path / "Putten.dialoog"
    _demo_with_backup(path)
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("UPDATE note SET table_id = 'verdwenen' WHERE rowid = 1")
    finally:
        raw.close()
    report = check_project(path)
    assert not report.healthy
    assert any("note row 1: missing dialogue_table" in p for p in report.problems)
    assert report.backups and report.backups[0].healthy
