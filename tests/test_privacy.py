"""Names in notes, the deletion date and its reminder, removing personal data, purging."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from conftest import DEVICE, screenshot
from dialoog_app import paths
from dialoog_app.domain.names import find_names
from dialoog_app.services import backups, meetings, names, notes, privacy
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.safety.names_dialog import NamesDialog

AT = dt.datetime(2026, 11, 20, 19, 0, tzinfo=dt.UTC)
TEXTS = [
    "Volgens mevrouw Özdemir is het park 's avonds te donker.",
    "Jan de Vries wil meer bankjes bij het thema Wonen.",
    "De Gemeente moet beter luisteren naar de wijk.",
    "Wonen is te duur voor jongeren, zegt JdV.",
]


def _filled(ws: Workspace) -> tuple[str, list[str]]:
    meeting = meetings.add_meeting(ws, "Avond 1")
    table = meetings.add_table(ws, meeting.id, "Tafel 1", "Henk Jansen")
    ids = [
        notes.add_note(ws, table.id, text, at=AT, speaker="JdV" if i == 1 else "").id
        for i, text in enumerate(TEXTS)
    ]
    return table.id, ids


def test_the_rules_find_names_and_leave_common_words() -> None:
    common = names.common_words()
    found = [n for text in TEXTS for n in find_names(text, common)]
    assert found == ["mevrouw Özdemir", "Jan de Vries", "JdV"]
    assert find_names("Dat zei mw. van den Berg tegen Fatima.", common) == [
        "mw. van den Berg",
        "Fatima",
    ]
    assert find_names("Het WMO-loket en de GGD helpen.", common) == []


def test_names_dialog_replaces_in_one_undoable_step(
    qtbot: QtBot, workspace: Workspace, reopen: object
) -> None:
    table_id, ids = _filled(workspace)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    dialog = window.safety.privacy.show_dialog()
    assert dialog is not None
    qtbot.mouseClick(dialog.names_button, Qt.MouseButton.LeftButton)
    names_dialog = dialog.names
    assert isinstance(names_dialog, NamesDialog)
    listed = {hit.name: hit for hit in names_dialog.hits()}
    assert set(listed) == {"mevrouw Özdemir", "Jan de Vries", "JdV"}
    assert listed["JdV"].speaker and listed["JdV"].note_ids == (ids[3],)
    assert "Wonen" not in listed and "Gemeente" not in listed
    names_dialog.names_list.setCurrentRow(0)
    shown = [names_dialog.notes_list.item(i).text() for i in range(names_dialog.notes_list.count())]
    assert shown and shown[0].startswith("Avond 1 — Tafel 1\n")
    screenshot(names_dialog, "names_in_notes")
    screenshot(dialog, "privacy_dialog")

    assert not names_dialog.replace_button.isEnabled()
    names_dialog.tick("mevrouw Özdemir")
    names_dialog.tick("Jan de Vries")
    qtbot.mouseClick(names_dialog.replace_button, Qt.MouseButton.LeftButton)
    texts = [n.text for n in notes.list_notes(workspace, table_id)]
    assert texts[0] == "Volgens [naam] is het park 's avonds te donker."
    assert texts[1] == "[naam] wil meer bankjes bij het thema Wonen."
    assert {h.name for h in names_dialog.hits()} == {"JdV"}
    assert "Vervangen in 2 notities" in names_dialog.status.text()

    names_dialog.close()
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ctrl = Qt.KeyboardModifier.ControlModifier
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Z, ctrl)  # the window's undo
    assert [n.text for n in notes.list_notes(workspace, table_id)] == TEXTS
    qtbot.keyClick(target, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    window.close()
    ws = reopen()  # type: ignore[operator]
    assert notes.get_note(ws, ids[0]).text.startswith("Volgens [naam]")


def test_deletion_date_is_kept_and_reminded(
    qtbot: QtBot, workspace: Workspace, project_path: Path
) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    dialog = window.safety.privacy.show_dialog()
    assert dialog is not None and not dialog.keep_until.isChecked()
    dialog.keep_until.setChecked(True)
    dialog.delete_date.setDate(dialog.delete_date.date().fromString("2026-01-31", "yyyy-MM-dd"))
    qtbot.keyClicks(dialog.author_edit, "Team Participatie")
    dialog.accept()
    assert privacy.load(workspace).delete_after == dt.date(2026, 1, 31)
    assert window.safety.privacy.reminder is None
    window.close()

    window = MainWindow(open_workspace(project_path, device_id=DEVICE))
    qtbot.addWidget(window)
    reminder = window.safety.privacy.reminder
    assert reminder is not None and reminder.isVisible()
    assert "31 januari 2026" in reminder.text() and "Privacy" in reminder.text()
    reminder.close()
    window.close()


def test_remove_personal_data_leaves_no_name_in_the_file_or_its_backups(
    qtbot: QtBot, workspace: Workspace, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table_id, _ = _filled(workspace)
    window = MainWindow(workspace)  # a backup with the names is made on opening
    qtbot.addWidget(window)
    assert backups.list_backups(project_path)
    dialog = window.safety.privacy.show_dialog()
    assert dialog is not None
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(str(a[2])))
    qtbot.mouseClick(dialog.strip_button, Qt.MouseButton.LeftButton)
    assert said and "1 sprekers" in said[0] and "1 namen van gespreksleiders" in said[0]
    assert (
        meetings.list_tables(window.workspace, meetings.list_meetings(window.workspace)[0].id)[
            0
        ].facilitator
        == ""
    )
    dialog.close()
    window.close()
    left = backups.list_backups(project_path)
    # The copy made on opening held the names: gone. New ones (after stripping, on closing) not.
    assert {b.reason for b in left} <= {"after-strip", "auto"} and left
    files = [project_path, *(b.path for b in left)]
    for path in files:
        raw = path.read_bytes()
        for wal in path.parent.glob(path.name + "-wal"):
            raw += wal.read_bytes()
        assert b"Henk Jansen" not in raw
        assert b"JdV\x00" not in raw and b"JdV" not in raw.replace(b"zegt JdV", b"")


def test_purge_leaves_nothing_of_the_project_behind(
    qtbot: QtBot, tmp_path: Path, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Putten.dialoog"
    ws = new_workspace(path, device_id=DEVICE)
    _filled(ws)
    copy = tmp_path / "Putten-laptop2.dialoog"
    copy.write_bytes(b"a prepared copy")
    with ws.unit_of_work() as uow:
        from dialoog_app.store.models import Setting

        uow.session.add(Setting(key=privacy.PREPARED_COPIES_KEY, value=f'["{copy}"]'))
    window = MainWindow(ws)
    qtbot.addWidget(window)
    meetings.add_meeting(window.workspace, "Avond 2")
    backups.backup_now(window.workspace, "manual")
    assert len(list((private_data_dir / "backups").rglob("*.dialoog"))) == 2
    dialog = window.safety.privacy.show_dialog()
    assert dialog is not None
    asked: list[str] = []

    def confirm(box: QMessageBox) -> int:
        asked.append(box.text())
        [delete] = [b for b in box.buttons() if b.text() == "‘Putten’ verwijderen"]
        assert isinstance(delete, QPushButton)
        delete.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert asked == ["Het project ‘Putten’ definitief verwijderen?"]
    assert window.workspace.path == paths.default_project_path()
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("Putten"))
    assert left == []
    # Only the default project (opened instead) has backups now.
    assert [p.name for p in (private_data_dir / "backups").iterdir()] == [_default_id()]
    window.close()


def _default_id() -> str:
    from dialoog_app.store.backup import project_id_of

    return project_id_of(paths.default_project_path()) or "?"
