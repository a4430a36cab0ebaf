"""The Bijeenkomsten screen driven as a user: type, click, reorder, remove, undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.services import meetings
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.meetings.page import MeetingsPage
from dialoog_app.ui.meetings.tables_model import FACILITATOR, NAME, RESIDENTS


def _window(qtbot: QtBot, ws: Workspace) -> tuple[MainWindow, MeetingsPage]:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    return window, page


def _focused_editor(qtbot: QtBot) -> QLineEdit | QSpinBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit | QSpinBox))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit | QSpinBox)
    return editor


def _type_into_cell(qtbot: QtBot, page: MeetingsPage, row: int, column: int, text: str) -> None:
    view = page.tables.view
    view.setCurrentIndex(page.tables.model.index(row, column))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = _focused_editor(qtbot)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _table_names(page: MeetingsPage) -> list[str]:
    model = page.tables.model
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def test_set_up_a_meeting_with_tables(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window, page = _window(qtbot, workspace)
    assert page.right_stack.currentIndex() == 0  # the friendly empty state
    qtbot.mouseClick(
        page.findChild(type(page.new_button), "firstMeetingButton"), Qt.MouseButton.LeftButton
    )

    form = page.form
    qtbot.waitUntil(form.title_edit.hasFocus)  # the new meeting's title is ready for typing
    qtbot.keyClicks(form.title_edit, "Dialoogtafels Samenleving")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Tab)
    form.date_edit.setDate(QDate(2023, 4, 11))
    form.time_edit.setTime(QTime(19, 30))
    form.location_edit.setFocus()
    qtbot.keyClicks(form.location_edit, "Dorpshuis De Aker")
    qtbot.keyClick(form.location_edit, Qt.Key.Key_Return)
    assert form.date_edit.text() == "dinsdag 11 april 2023"

    # A new table opens its name for typing straight away.
    qtbot.mouseClick(page.tables.add_button, Qt.MouseButton.LeftButton)
    editor = _focused_editor(qtbot)
    assert isinstance(editor, QLineEdit) and editor.text() == "Tafel 1"
    editor.selectAll()
    qtbot.keyClicks(editor, "Tafel Noord")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    for _ in range(2):
        qtbot.keyClick(page.tables.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(_focused_editor(qtbot), Qt.Key.Key_Escape)  # keep the suggested name
    assert _table_names(page) == ["Tafel Noord", "Tafel 2", "Tafel 3"]
    _type_into_cell(qtbot, page, 0, FACILITATOR, "Mirte Loeffen")
    _type_into_cell(qtbot, page, 0, RESIDENTS, "6")
    _type_into_cell(qtbot, page, 2, NAME, "Tafel Zuid")

    # Reorder with the keyboard: Tafel Zuid to the top.
    page.tables.view.selectRow(2)
    page.tables.view.setFocus()
    qtbot.keyClick(page.tables.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.tables.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _table_names(page) == ["Tafel Zuid", "Tafel Noord", "Tafel 2"]

    # Remove Tafel 2 with the Delete key.
    page.tables.view.selectRow(2)
    qtbot.keyClick(page.tables.view, Qt.Key.Key_Delete)
    assert _table_names(page) == ["Tafel Zuid", "Tafel Noord"]
    assert page.summary.text() == "2 tafels, 6 deelnemers"
    screenshot(window, "meetings-page")

    window.close()  # flushes and releases the file
    ws = reopen()
    [meeting] = meetings.list_meetings(ws)
    assert meeting.title == "Dialoogtafels Samenleving"
    assert meeting.location == "Dorpshuis De Aker"
    assert str(meeting.date) == "2023-04-11" and str(meeting.start_time) == "19:30:00"
    tables = meetings.list_tables(ws, meeting.id)
    assert [(t.name, t.facilitator, t.residents, t.position) for t in tables] == [
        ("Tafel Zuid", "", 0, 0),
        ("Tafel Noord", "Mirte Loeffen", 6, 1),
    ]


def test_undo_and_redo_every_table_edit(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    meeting = meetings.add_meeting(workspace, "Avond")
    for name in ("Tafel A", "Tafel B"):
        meetings.add_table(workspace, meeting.id, name)
    window, page = _window(qtbot, workspace)
    _type_into_cell(qtbot, page, 0, NAME, "Tafel Bos")
    page.tables.view.selectRow(1)
    page.tables.view.setFocus()
    qtbot.keyClick(page.tables.view, Qt.Key.Key_Delete)
    assert _table_names(page) == ["Tafel Bos"]

    undo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    redo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, *undo)
    qtbot.waitUntil(lambda: _table_names(page) == ["Tafel Bos", "Tafel B"])
    qtbot.keyClick(window, *undo)
    qtbot.waitUntil(lambda: _table_names(page) == ["Tafel A", "Tafel B"])
    qtbot.keyClick(window, *redo)
    qtbot.waitUntil(lambda: _table_names(page) == ["Tafel Bos", "Tafel B"])

    window.close()
    ws = reopen()
    assert [t.name for t in meetings.list_tables(ws, meeting.id)] == ["Tafel Bos", "Tafel B"]


def test_empty_title_is_refused_inline_and_the_old_one_kept(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    meetings.add_meeting(workspace, "Avond in Putten")
    window, page = _window(qtbot, workspace)
    page.form.title_edit.setFocus()
    page.form.title_edit.selectAll()
    qtbot.keyClick(page.form.title_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(page.form.title_edit, Qt.Key.Key_Return)
    assert page.form.message.isVisible()
    assert "heeft een titel nodig" in page.form.message.text()
    assert page.form.title_edit.text() == "Avond in Putten"  # shown back, not left blank
    window.close()
    assert [m.title for m in meetings.list_meetings(reopen())] == ["Avond in Putten"]


def test_empty_table_name_is_refused_with_a_message(
    qtbot: QtBot, workspace: Workspace, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)  # type: ignore[attr-defined]
    meeting = meetings.add_meeting(workspace, "Avond")
    meetings.add_table(workspace, meeting.id, "Tafel A")
    window, page = _window(qtbot, workspace)
    _type_into_cell(qtbot, page, 0, NAME, "   ")
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["Een tafel heeft een naam nodig."]
    assert _table_names(page) == ["Tafel A"]
    window.close()


def test_tables_reorder_by_buttons_and_meetings_switch(qtbot: QtBot, workspace: Workspace) -> None:
    first = meetings.add_meeting(workspace, "Avond 1")
    second = meetings.add_meeting(workspace, "Avond 2")
    for name in ("Eén", "Twee"):
        meetings.add_table(workspace, first.id, name)
    meetings.add_table(workspace, second.id, "Alleen")
    window, page = _window(qtbot, workspace)
    assert _table_names(page) == ["Eén", "Twee"]
    page.tables.view.selectRow(0)
    qtbot.mouseClick(page.tables.down_button, Qt.MouseButton.LeftButton)
    assert _table_names(page) == ["Twee", "Eén"]
    assert not page.tables.down_button.isEnabled()
    page.list_view.setCurrentIndex(page.list_model.index(1, 0))
    assert _table_names(page) == ["Alleen"]
    assert window.bus.current_meeting_id == second.id
    assert page.tables.view.editTriggers() & QAbstractItemView.EditTrigger.DoubleClicked
    window.close()
