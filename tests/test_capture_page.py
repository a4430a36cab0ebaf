"""The Tafel screen driven by keys: two tables, kinds and roles, edit, delete, undo, redo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from capture_helpers import ALT, CTRL, DIGITS, SHIFT, open_capture, press, texts, type_note
from dialoog_app.domain import validate
from dialoog_app.domain.kinds import NoteKind, Role
from dialoog_app.services import drafts, meetings, notes
from dialoog_app.services.workspace import Workspace


@pytest.fixture
def evening(workspace: Workspace) -> tuple[str, str, str]:
    meeting = meetings.add_meeting(workspace, "Avond in Putten")
    north = meetings.add_table(workspace, meeting.id, "Tafel Noord")
    south = meetings.add_table(workspace, meeting.id, "Tafel Zuid")
    return meeting.id, north.id, south.id


def _stored(ws: Workspace, table_id: str) -> list[tuple[str, str, str, str, bool]]:
    return [
        (n.text, n.kind.value, n.role.value, n.speaker, n.starred)
        for n in notes.list_notes(ws, table_id)
    ]


def test_two_tables_edit_delete_undo_redo_then_reopen(
    qtbot: QtBot,
    workspace: Workspace,
    evening: tuple[str, str, str],
    reopen: Callable[[], Workspace],
) -> None:
    meeting_id, north, south = evening
    window, page = open_capture(qtbot, workspace)

    def page_note(table_id: str, row: int) -> str:
        return notes.list_notes(workspace, table_id)[row].id

    assert page.table_id == north
    assert page.table_picker.buttons[north].isChecked()

    # -- Tafel Noord: kinds and roles by their keys; they stick until changed.
    type_note(qtbot, page, "Er is te weinig te doen voor jongeren")
    assert texts(page) == ["Er is te weinig te doen voor jongeren"]
    assert page.input.toPlainText() == ""
    press(qtbot, DIGITS[2], ALT)  # Alt+2 idee
    press(qtbot, DIGITS[8], ALT)  # Alt+8 professional
    assert page.composer.kind_buttons[NoteKind.IDEA].isChecked()
    assert page.composer.role_buttons[Role.PROFESSIONAL].isChecked()
    assert page.input.hasFocus()  # Alt+digits mark the note, never switch screens
    type_note(qtbot, page, "Een jongerenraad")
    press(qtbot, Qt.Key.Key_B)  # Ctrl+B: this one is important
    type_note(qtbot, page, "Samen met de sportclub")
    assert not page.composer.star.isChecked()  # the star is for one note only
    press(qtbot, DIGITS[3], ALT)  # Alt+3 zorg
    press(qtbot, DIGITS[7], ALT)  # Alt+7 inwoner
    type_note(qtbot, page, "Regel één\nregel twee")
    press(qtbot, Qt.Key.Key_I)  # Ctrl+I: the speaker's initials
    assert page.composer.speaker.hasFocus()
    qtbot.keyClicks(page.composer.speaker, "F.Y.")
    qtbot.keyClick(page.composer.speaker, Qt.Key.Key_Return)
    assert page.input.hasFocus()
    press(qtbot, DIGITS[6], ALT)
    type_note(qtbot, page, "„Ik voel me hier thuis”")
    qtbot.keyClick(page.input, Qt.Key.Key_Return)  # Enter on an empty input: nothing
    assert len(page.notes.model.rows) == 5

    # -- Tafel Zuid: one click; its own (empty) list; kind and role still sticky.
    qtbot.mouseClick(page.table_picker.buttons[south], Qt.MouseButton.LeftButton)
    assert page.table_id == south and texts(page) == []
    assert page.input.hasFocus()
    press(qtbot, DIGITS[4], ALT)  # vraag
    press(qtbot, DIGITS[9], ALT)  # ambtenaar
    type_note(qtbot, page, "Wie betaalt dat?")
    type_note(qtbot, page, "Foutje")
    press(qtbot, Qt.Key.Key_Z)  # undo a save: the note goes
    assert texts(page) == ["Wie betaalt dat?"]
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # and comes back
    assert texts(page) == ["Wie betaalt dat?", "Foutje"]
    press(qtbot, Qt.Key.Key_Z)
    assert texts(page) == ["Wie betaalt dat?"]

    # -- back to Noord: edit in place (↑ from the empty input, Enter, type, Enter).
    qtbot.mouseClick(page.table_picker.buttons[north], Qt.MouseButton.LeftButton)
    assert len(page.notes.model.rows) == 5
    qtbot.keyClick(page.input, Qt.Key.Key_Up)
    assert page.notes.view.hasFocus()
    qtbot.keyClick(page.notes.view, Qt.Key.Key_Up)
    qtbot.keyClick(page.notes.view, Qt.Key.Key_Up)
    qtbot.keyClick(page.notes.view, Qt.Key.Key_Up)
    assert page.notes.current_note().text == "Een jongerenraad"
    qtbot.keyClick(page.notes.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit))
    editor = QApplication.focusWidget()
    assert editor is not page.input and editor.toPlainText() == "Een jongerenraad"
    qtbot.keyClicks(editor, " in de wijk")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(page.input.hasFocus)  # editing done: back to typing
    assert texts(page)[1] == "Een jongerenraad in de wijk"

    # -- kind, role and star of a note from the list's keys; delete with Delete.
    page.notes.select_note(page.notes.model.rows[1].id)
    page.notes.view.setFocus()
    qtbot.keyClick(page.notes.view, DIGITS[6], ALT)  # citaat
    qtbot.keyClick(page.notes.view, DIGITS[0], ALT)  # anders
    assert (page.notes.model.rows[1].kind, page.notes.model.rows[1].role) == ("quote", "other")
    page.notes.select_note(page.notes.model.rows[0].id)
    qtbot.keyClick(page.notes.view, Qt.Key.Key_Delete)
    assert texts(page)[0] == "Een jongerenraad in de wijk"

    # -- undo the delete and the role; redo the role; all from the window's keys.
    page.focus_input()
    qtbot.waitUntil(page.input.hasFocus)
    press(qtbot, Qt.Key.Key_Z)
    assert texts(page)[0] == "Er is te weinig te doen voor jongeren"
    press(qtbot, Qt.Key.Key_Z)
    assert page.notes.model.rows[1].role == "professional"
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert page.notes.model.rows[1].role == "other"

    # -- undo survives a switch of tables: at Zuid, Ctrl+Z undoes Noord's role and kind.
    qtbot.mouseClick(page.table_picker.buttons[south], Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Z)
    press(qtbot, Qt.Key.Key_Z)
    assert texts(page) == ["Wie betaalt dat?"]  # Zuid's list untouched
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # the kind again: citaat
    # Typing has its own undo first; only then does Ctrl+Z reach the saved notes.
    qtbot.keyClicks(page.input, "half")
    press(qtbot, Qt.Key.Key_Z)
    assert page.input.toPlainText() == ""
    assert notes.get_note(workspace, page_note(north, 1)).kind == "quote"
    press(qtbot, Qt.Key.Key_Z)
    assert notes.get_note(workspace, page_note(north, 1)).kind == "idea"
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert notes.get_note(workspace, page_note(north, 1)).kind == "quote"
    qtbot.keyClicks(page.input, "nog niet af")
    window.close()  # the draft is kept on closing

    ws = reopen()
    assert _stored(ws, north) == [
        ("Er is te weinig te doen voor jongeren", "statement", "resident", "", False),
        ("Een jongerenraad in de wijk", "quote", "professional", "", False),
        ("Samen met de sportclub", "idea", "professional", "", True),
        ("Regel één\nregel twee", "concern", "resident", "", False),
        ("„Ik voel me hier thuis”", "quote", "resident", "F.Y.", False),
    ]
    assert _stored(ws, south) == [("Wie betaalt dat?", "question", "civil_servant", "", False)]
    assert drafts.draft_text(ws, south) == "nog niet af"
    assert drafts.draft_text(ws, north) == ""
    assert drafts.remembered_table(ws, meeting_id) == south


def test_reopening_returns_to_this_laptops_table_and_draft(
    qtbot: QtBot,
    workspace: Workspace,
    evening: tuple[str, str, str],
    reopen: Callable[[], Workspace],
) -> None:
    _, north, south = evening
    window, page = open_capture(qtbot, workspace)
    qtbot.mouseClick(page.table_picker.buttons[south], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.input, "Wat ik nog wilde zeggen")
    window.close()
    window, page = open_capture(qtbot, reopen())
    assert page.table_id == south
    assert page.input.toPlainText() == "Wat ik nog wilde zeggen"
    assert page.table_picker.buttons[south].isChecked()
    window.close()


def test_a_refused_note_is_explained_and_the_text_kept(
    qtbot: QtBot,
    workspace: Workspace,
    evening: tuple[str, str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(validate, "MAX_TEXT", 20)
    window, page = open_capture(qtbot, workspace)
    type_note(qtbot, page, "Dit is veel te lang voor de grens")
    assert shown and "hoogstens 20 tekens" in shown[0]
    assert page.input.toPlainText() == "Dit is veel te lang voor de grens"
    assert texts(page) == []
    # Emptying a note while editing is refused too; the note stays as it was.
    monkeypatch.setattr(validate, "MAX_TEXT", 100)
    page.input.clear()
    type_note(qtbot, page, "Kort")
    page.notes.focus_last()
    qtbot.keyClick(page.notes.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert "kan niet leeg zijn" in shown[1]
    assert texts(page) == ["Kort"]
    window.close()


def test_search_and_agenda_filter(
    qtbot: QtBot, workspace: Workspace, evening: tuple[str, str, str]
) -> None:
    window, page = open_capture(qtbot, workspace)
    for text in ("Meer bankjes in het park", "Een BANKJE bij de bushalte", "Geen idee"):
        type_note(qtbot, page, text)
    press(qtbot, Qt.Key.Key_F)
    assert page.notes.search.hasFocus()
    qtbot.keyClicks(page.notes.search, "bank")
    assert page.notes.proxy.rowCount() == 2
    assert page.notes.count_label.text() == "2 van 3 notities"
    qtbot.keyClick(page.notes.search, Qt.Key.Key_Escape)
    assert page.input.hasFocus() and page.notes.proxy.rowCount() == 3
    assert page.notes.count_label.text() == "3 notities"
    # Ctrl+B in the list marks the selected note important (and Ctrl+Z takes it back).
    page.notes.focus_last()
    qtbot.keyClick(page.notes.view, Qt.Key.Key_B, CTRL)
    assert notes.get_note(workspace, page.notes.model.rows[-1].id).starred
    qtbot.keyClick(page.notes.view, Qt.Key.Key_Z, CTRL)
    assert not notes.get_note(workspace, page.notes.model.rows[-1].id).starred
    assert window.undo_stack.undoText() == "notitie opslaan (Tafel Noord)"
    window.close()
