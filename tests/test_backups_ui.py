"""File → Reservekopieën…: the list, a backup by hand, looking inside, restoring one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from conftest import DEVICE, screenshot
from dialoog_app.services import backups, meetings, notes
from dialoog_app.services.workspace import new_workspace, open_workspace
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.safety.backups_dialog import BackupsDialog

AT = dt.datetime(2026, 12, 2, 19, 30, tzinfo=dt.UTC)


def _click(qtbot: QtBot, dialog: BackupsDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_list_backup_now_look_inside_and_restore(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Putten.dialoog"
    ws = new_workspace(path, device_id=DEVICE)
    meeting = meetings.add_meeting(ws, "Avond 1")
    table = meetings.add_table(ws, meeting.id, "Tafel 1")
    notes.add_note(ws, table.id, "Meer bankjes in het park", at=AT)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    [opened] = backups.list_backups(path)  # a copy on opening
    assert opened.reason == "open" and opened.notes == 1

    notes.add_note(window.workspace, table.id, "Later toegevoegd", at=AT)
    dialog = window.safety.backups.show_dialog()
    assert dialog is not None
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "bij openen"
    assert dialog.table.item(0, 3).text() == "1 bijeenkomst, 1 notitie, 0 opgaven"
    _click(qtbot, dialog, "backupNow")
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "met de hand gemaakt"
    assert "2 notities" in dialog.table.item(0, 3).text()
    screenshot(dialog, "backups_dialog")

    dialog.table.selectRow(1)  # the copy from opening, before "Later toegevoegd"
    _click(qtbot, dialog, "lookInside")
    assert dialog.viewer is not None
    shown = dialog.viewer.text.toPlainText()
    assert "Meer bankjes in het park" in shown and "Later toegevoegd" not in shown
    screenshot(dialog.viewer, "backup_viewer")
    dialog.viewer.close()

    asked: list[str] = []

    def yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    _click(qtbot, dialog, "restore")
    assert "eerst zelf als reservekopie bewaard" in asked[0]
    # The window shows the project again, as it was in the backup.
    assert window.workspace.path == path and not window.workspace.store.closed
    assert [n.text for n in notes.list_notes(window.workspace, table.id)] == [
        "Meer bankjes in het park"
    ]
    reasons = [b.reason for b in backups.list_backups(path)]
    assert "before-restore" in reasons and reasons[0] == "open"  # reopened: copied again
    window.close()
    reopened = open_workspace(path, device_id=DEVICE)
    try:
        assert len(notes.list_notes(reopened, table.id)) == 1
    finally:
        reopened.close()


def test_no_copy_while_nothing_changes_and_one_on_closing_after_a_change(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "Putten.dialoog"
    window = MainWindow(new_workspace(path, device_id=DEVICE))
    qtbot.addWidget(window)
    scheduler = window.safety.scheduler
    assert scheduler.timer.isActive()
    scheduler.tick()
    assert len(backups.list_backups(path)) == 1  # only the one made on opening
    meetings.add_meeting(window.workspace, "Avond 2")
    window.close()
    assert not scheduler.timer.isActive()
    assert [b.meetings for b in backups.list_backups(path)] == [1, 0]
