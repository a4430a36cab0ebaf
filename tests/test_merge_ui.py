"""File → prepare the laptops and merge them back, driven like a user; then the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from conftest import screenshot, sha256
from dialoog_app.services import meetings, notes
from dialoog_app.services.workspace import open_workspace
from dialoog_app.ui.capture.page import CapturePage
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.merge.merge_dialog import MergeDialog
from dialoog_app.ui.merge.prepare_dialog import PrepareDialog
from merge_helpers import (
    LEAD,
    T0,
    fresh_target,
    other_project,
    prepared_evening,
    run_the_evening,
)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


def _file_menu_action(window: MainWindow, name: str) -> None:
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Bestand"]
    [action] = [a for a in file_menu.actions() if a.objectName() == name]
    action.trigger()


def test_prepare_writes_one_copy_per_table_that_opens_on_its_table(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    evening = prepared_evening(tmp_path / "avond")  # also made copies; here the dialog does
    window = MainWindow(open_workspace(evening.project, device_id=LEAD))
    qtbot.addWidget(window)
    _file_menu_action(window, "prepareAction")
    dialog = window.findChild(PrepareDialog)
    assert dialog is not None and dialog.isVisible()
    folder = tmp_path / "usb"
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(folder))
    dialog.tables.item(1).setCheckState(Qt.CheckState.Unchecked)  # "Wonen" stays at home
    qtbot.mouseClick(dialog.prepare_button, Qt.MouseButton.LeftButton)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "Tafel 1 – Zorg en welzijn.dialoog",
        "Tafel 3 – Jeugd.dialoog",
        "Tafel 4 – Ouderen.dialoog",
    ]
    assert dialog.status.text().startswith("Kopieën gemaakt in ")
    assert "(3):" in dialog.status.text()
    qtbot.wait(20)  # the label's new height is laid out on the next turn of the loop
    screenshot(dialog, "merge_prepare_dialog")
    window.close()

    laptop = MainWindow(open_workspace(folder / "Tafel 3 – Jeugd.dialoog", device_id="laptop-3"))
    qtbot.addWidget(laptop)
    page = laptop.show_page("capture")
    assert isinstance(page, CapturePage)
    assert page.table_id == evening.table_ids[2]
    laptop.close()


def test_merge_dialog_merges_shows_conflicts_and_resolves_them(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    evening = prepared_evening(tmp_path / "avond")
    run_the_evening(evening)
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    window = MainWindow(open_workspace(target, device_id=LEAD))
    qtbot.addWidget(window)
    window.show()
    capture = window.show_page("capture")
    assert isinstance(capture, CapturePage) and capture.table_id == evening.table_ids[0]
    shown_before = capture.notes.model.rowCount()
    _file_menu_action(window, "mergeAction")
    dialog = window.findChild(MergeDialog)
    assert dialog is not None
    chosen = [str(p) for p in evening.laptops]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.files.count() == 4
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    result = dialog.result_view.toPlainText()
    assert "Tafel 1 – Zorg en welzijn.dialoog (tafel Zorg en welzijn)" in result
    assert "notities: 5 nieuw" in result
    assert dialog.tabs.tabText(1) == "Conflicten (2)"
    assert dialog.tabs.currentIndex() == 1, "conflicts first, they need a decision"
    # The window shows the merged project: table 1's screen has the laptop's notes now.
    qtbot.waitUntil(lambda: capture.notes.model.rowCount() > shown_before)
    model = capture.notes.model
    shown = {model.note_at(row).text for row in range(model.rowCount())}
    assert {"Tafel 1 zegt 0", "Tafel 1 verbeterd"} <= shown
    conflicts = dialog.conflicts
    texts = {conflicts.current.toPlainText(), conflicts.other.toPlainText()}
    screenshot(dialog, "merge_dialog_conflicts")
    first = conflicts.selected()
    assert first is not None
    if first.kind == "text":
        assert texts == {"Versie van tafel 1", "Versie van tafel 2"}
        qtbot.mouseClick(conflicts.keep_both, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(conflicts.keep_this, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Samen herschreven", True)
    )
    qtbot.mouseClick(conflicts.edit, Qt.MouseButton.LeftButton)
    assert dialog.tabs.tabText(1) == "Conflicten (0)"
    assert "Nog geen" not in dialog.history.toPlainText()
    assert dialog.history.toPlainText().count("nieuw") == 4
    assert messages == []
    window.close()

    db = sqlite3.connect(target)
    live = {r[0] for r in db.execute("SELECT text FROM note WHERE deleted_at IS NULL")}
    assert "Samen herschreven" in live
    assert {"Versie van tafel 1", "Versie van tafel 2"} <= live | {"Samen herschreven"}
    assert (
        db.execute("SELECT count(*) FROM merge_conflict WHERE resolved_at IS NULL").fetchone()[0]
        == 0
    )
    db.close()


def test_a_refused_file_is_explained_and_nothing_changes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    evening = prepared_evening(tmp_path / "avond")
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    window = MainWindow(open_workspace(target, device_id=LEAD))
    qtbot.addWidget(window)
    _file_menu_action(window, "mergeAction")
    dialog = window.findChild(MergeDialog)
    assert dialog is not None
    dialog.add_files([target])
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert messages and "is dit project zelf" in messages[0]
    assert dialog.files.count() == 1
    window.close()


def test_tables_made_twice_are_offered_to_be_combined(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    evening = prepared_evening(tmp_path / "avond")
    for n, device in enumerate(("laptop-a", "laptop-b")):
        ws = open_workspace(evening.laptops[n], device_id=device)
        extra = meetings.add_table(ws, evening.meeting_id, "Tafel 5")
        notes.add_note(ws, extra.id, f"Aan de extra tafel {n}", at=T0)
        ws.close()
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    window = MainWindow(open_workspace(target, device_id=LEAD))
    qtbot.addWidget(window)
    _file_menu_action(window, "mergeAction")
    dialog = window.findChild(MergeDialog)
    assert dialog is not None
    dialog.add_files(evening.laptops[:2])
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.tabText(2) == "Dubbel gemaakt (1)"
    assert dialog.duplicates.item(0).text() == "Tafel \u201cTafel 5\u201d is 2 keer gemaakt"
    dialog.tabs.setCurrentIndex(2)
    screenshot(dialog, "merge_dialog_twice")
    qtbot.mouseClick(dialog.combine_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.tabText(2) == "Dubbel gemaakt (0)"
    window.close()
    ws = open_workspace(target, device_id=LEAD)
    [five] = [t for t in meetings.list_tables(ws, evening.meeting_id) if t.name == "Tafel 5"]
    assert sorted(n.text for n in notes.list_notes(ws, five.id)) == [
        "Aan de extra tafel 0",
        "Aan de extra tafel 1",
    ]
    ws.close()


def test_the_board_tooltip_tells_the_laptop_and_marks_concepts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from dialoog_app.exchange.merge import merge_files
    from dialoog_app.services import board
    from dialoog_app.ui.board.style import tooltip

    evening = prepared_evening(tmp_path / "avond")
    run_the_evening(evening)
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    merge_files(target, evening.laptops)
    ws = open_workspace(target, device_id=LEAD)
    cards = {card.text: card for card in board.list_notes(ws)}
    ws.close()
    assert cards["Tafel 3 zegt 0"].origin == "Jeugd"
    assert "<i>Laptop</i>&nbsp;</td><td>Jeugd" in tooltip(cards["Tafel 3 zegt 0"])
    assert cards["Eerdere uitspraak 2"].origin == "", "typed at the desk: no laptop"
    concept = cards["Half getypt, nooit opgeslagen"]
    assert concept.concept and "concept (nooit opgeslagen)" in tooltip(concept)


def test_another_projects_file_is_offered_as_a_separate_meeting(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    evening = prepared_evening(tmp_path / "avond")
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    other = other_project(tmp_path / "ander")
    before = sha256(other)
    asked: list[str] = []

    def answer(box: QMessageBox, choice: str) -> int:
        asked.append(f"{box.text()} {box.informativeText()}")
        [button] = [b for b in box.buttons() if b.text() == choice]
        box.show()  # laid out as the user sees it, for the screenshot
        QApplication.processEvents()
        screenshot(box, "merge_offer_as_meeting")
        button.click()  # as the user: the button, so clickedButton() tells it
        return 0

    window = MainWindow(open_workspace(target, device_id=LEAD))
    qtbot.addWidget(window)
    _file_menu_action(window, "mergeAction")
    dialog = window.findChild(MergeDialog)
    assert dialog is not None
    dialog.add_files([other, evening.laptops[0]])
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Annuleren"))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "hoort bij een ander project (\u201cWijkavond Noord\u201d)" in asked[0]
    assert dialog.files.count() == 2, "declined: nothing done, both files stay listed"

    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: answer(box, "Als aparte bijeenkomst toevoegen")
    )
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    result = dialog.result_view.toPlainText()
    assert "Wijkavond Noord.dialoog (project \u201cWijkavond Noord\u201d)" in result
    assert "bijeenkomst toegevoegd: Wijkavond 12 maart" in result
    assert "opgaven niet gekopieerd (ze horen bij de analyse van het andere project): 1" in result
    assert "Tafel 1 – Zorg en welzijn.dialoog (tafel Zorg en welzijn)" in result  # merged too
    assert dialog.files.count() == 0
    screenshot(dialog, "merge_dialog_as_meeting")
    window.close()
    assert sha256(other) == before
    ws = open_workspace(target, device_id=LEAD)
    titles = [m.title for m in meetings.list_meetings(ws)]
    [added] = [m for m in meetings.list_meetings(ws) if m.title == "Wijkavond 12 maart"]
    tables = {t.name for t in meetings.list_tables(ws, added.id)}
    ws.close()
    assert titles == ["Dialoogavond Zorg", "Wijkavond 12 maart"]
    assert tables == {"Tafel Groen", "Tafel Verkeer"}


def test_the_table_screen_marks_a_concept_note(qtbot: QtBot, tmp_path: Path) -> None:
    from dialoog_app.exchange.merge import merge_files

    evening = prepared_evening(tmp_path / "avond")
    run_the_evening(evening)  # table 3's laptop left a draft unsaved
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    merge_files(target, evening.laptops)
    window = MainWindow(open_workspace(target, device_id=LEAD))
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.show()
    page = window.show_page("capture")
    assert isinstance(page, CapturePage)
    qtbot.mouseClick(page.table_picker.buttons[evening.table_ids[2]], Qt.MouseButton.LeftButton)
    model = page.notes.model
    texts = [model.note_at(row).text for row in range(model.rowCount())]
    row = texts.index("Half getypt, nooit opgeslagen")
    index = model.index(row, 0)
    assert "concept (nooit opgeslagen)" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "concept (nooit opgeslagen)" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    shown = page.notes.delegate._layout(model.note_at(row)).text()
    assert shown == "concept \u00b7 Half getypt, nooit opgeslagen"
    saved = model.index(texts.index("Tafel 3 zegt 0"), 0)
    assert "concept" not in saved.data(Qt.ItemDataRole.ToolTipRole)
    assert page.notes.delegate._layout(model.note_at(saved.row())).text() == "Tafel 3 zegt 0"
    qtbot.wait(20)
    screenshot(page, "capture_concept_note")
    window.close()
