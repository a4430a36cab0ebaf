"""Encryption at rest: no plaintext in the file or its backups, a wrong passphrase said as
such (never "damaged"), encrypting an open project from the Privacy dialog."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot

from conftest import DEVICE, screenshot
from dialoog_app.domain.errors import PassphraseRequiredError, WrongPassphraseError
from dialoog_app.services import backups, encryption, meetings, notes
from dialoog_app.services.workspace import new_workspace, open_workspace
from dialoog_app.store import cipher
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.safety.passphrase import EncryptDialog
from test_cli import dialoog

SECRET = "mevrouw Özdemir vertelde over haar buurman"
FACILITATOR = "Henk Jansen"
PASSPHRASE = "paard batterij nietje"
AT = dt.datetime(2026, 11, 20, 19, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def no_keys_between_tests() -> Iterator[None]:
    yield
    cipher._keys.clear()
    cipher.use_session_passphrase(None)


def _bytes_of(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def _fill(path: Path) -> str:
    ws = open_workspace(path, device_id=DEVICE)
    meeting = meetings.add_meeting(ws, "Avond")
    table = meetings.add_table(ws, meeting.id, "Tafel 1", FACILITATOR)
    notes.add_note(ws, table.id, SECRET, at=AT)
    backups.backup_now(ws, "manual")
    ws.close()
    return table.id


def test_encrypted_project_and_backups_hold_no_plaintext(
    tmp_path: Path, private_data_dir: Path
) -> None:
    path = tmp_path / "Geheim.dialoog"
    encryption.prepare_new(path, PASSPHRASE)
    new_workspace(path, device_id=DEVICE).close()
    table_id = _fill(path)
    everything = _bytes_of(tmp_path)
    for known in (SECRET, FACILITATOR, "Avond", "Tafel 1"):
        assert known.encode() not in everything, known
    assert b"SQLite format 3" not in everything  # the project and its copies alike
    [copy] = backups.list_backups(path)
    assert copy.healthy and copy.notes == 1 and cipher.looks_encrypted(copy.path)

    cipher.forget(path)
    cipher.forget(copy.path.parent)
    with pytest.raises(PassphraseRequiredError):
        open_workspace(path, device_id=DEVICE)
    cipher.remember(path, "dit is fout")
    with pytest.raises(WrongPassphraseError):
        open_workspace(path, device_id=DEVICE)
    cipher.remember(path, PASSPHRASE)
    ws = open_workspace(path, device_id=DEVICE)
    try:
        assert [n.text for n in notes.list_notes(ws, table_id)] == [SECRET]
    finally:
        ws.close()


def test_command_line_new_encrypt_and_passphrase_messages(tmp_path: Path) -> None:
    path = tmp_path / "Geheim.dialoog"
    os.environ[cipher.PASSPHRASE_ENV] = PASSPHRASE
    try:
        made = dialoog("new", str(path), "--encrypt")
        assert made.returncode == 0, made.stderr
        assert "kwijt" in made.stderr  # a lost passphrase is a lost project, said plainly
        assert dialoog("check", str(path)).returncode == 0
        os.environ[cipher.PASSPHRASE_ENV] = "dit is fout"
        wrong = dialoog("info", str(path))
        assert wrong.returncode == 2
        assert "wachtwoord" in wrong.stderr and "niet juist" in wrong.stderr
        assert "beschadigd" not in wrong.stderr
    finally:
        del os.environ[cipher.PASSPHRASE_ENV]
    missing = dialoog("info", str(path))
    assert missing.returncode == 2 and "DIALOOG_PASSPHRASE" in missing.stderr


def test_encrypt_from_the_privacy_dialog_then_open_with_the_passphrase(
    qtbot: QtBot, tmp_path: Path, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Putten.dialoog"
    new_workspace(path, device_id=DEVICE).close()
    table_id = _fill(path)
    window = MainWindow(open_workspace(path, device_id=DEVICE))
    qtbot.addWidget(window)
    dialog = window.safety.privacy.show_dialog()
    assert dialog is not None

    def type_and_accept(self: EncryptDialog) -> int:
        assert "kwijt" in self.findChildren(type(self.message))[0].text()
        qtbot.keyClicks(self.first, PASSPHRASE)
        qtbot.keyClicks(self.second, PASSPHRASE)
        screenshot(self, "encrypt_dialog")
        self.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(EncryptDialog, "exec", type_and_accept)
    dialog.encrypt_button.click()
    assert window.workspace.path == path and not window.workspace.store.closed
    assert SECRET.encode() not in _bytes_of(tmp_path)
    assert SECRET.encode() not in _bytes_of(private_data_dir)  # plain copies are gone
    assert [b.reason for b in backups.list_backups(path)] == ["open"]  # a new, encrypted one
    window.close()

    cipher._keys.clear()
    other = MainWindow(new_workspace(tmp_path / "Ander.dialoog", device_id=DEVICE))
    qtbot.addWidget(other)
    answers = iter(["verkeerd wachtwoord", PASSPHRASE])
    labels: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, bool]:
        labels.append(str(args[2]))
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    assert other.open_path(path) is True
    assert labels[0] == "Wachtwoord voor ‘Putten’:"
    assert labels[1].startswith("Dat wachtwoord klopt niet.")
    assert [n.text for n in notes.list_notes(other.workspace, table_id)] == [SECRET]
    other.close()
