"""The agenda editor driven as a facilitator would: type, reorder, undo, make mistakes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QCommandLinkButton, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from agenda_ui import CTRL, REDO, UNDO, column, open_agenda, type_into
from conftest import screenshot
from dialoog_app.domain.kinds import Phase, Venue
from dialoog_app.services import agenda, meetings
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.agenda.agenda_model import MIME_TYPE, MINUTES, TIME, TITLE


@pytest.fixture
def evening(workspace: Workspace) -> str:
    return meetings.add_meeting(
        workspace, "Avond in Putten", date=date(2023, 4, 11), start_time=time(19, 0)
    ).id


def test_without_a_meeting_the_page_points_to_meetings(qtbot: QtBot, workspace: Workspace) -> None:
    window, page = open_agenda(qtbot, workspace)
    assert page.stack.currentIndex() == 0
    button = page.findChild(QPushButton, "goToMeetings")
    assert button is not None and button.text() == "Naar Bijeenkomsten"
    screenshot(window, "agenda-no-meeting")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "meetings"
    window.close()


def test_build_an_agenda_with_keyboard_and_mouse(
    qtbot: QtBot, workspace: Workspace, evening: str, reopen: Callable[[], Workspace]
) -> None:
    window, page = open_agenda(qtbot, workspace)
    editor, form = page.editor, page.editor.form
    assert page.heading.text() == "Avond in Putten — dinsdag 11 april 2023 19:00"
    assert editor.table_stack.currentWidget() is editor.starter  # the empty agenda invites
    for button in editor.starter.findChildren(QCommandLinkButton):
        # Every template's description is shown whole, wrapped — not cut mid-sentence.
        assert button.height() >= button.heightForWidth(button.width())
        assert button.description() and button.toolTip() == button.description()
    screenshot(window, "agenda-starter")

    starter_add = editor.findChild(QPushButton, "starterAddItem")
    qtbot.mouseClick(starter_add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.title_edit.hasFocus)  # the new item's title is ready for typing
    qtbot.keyClicks(form.title_edit, "Welkom en gespreksregels")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(form.phase_combo.hasFocus)
    form.phase_combo.setCurrentIndex(form.phase_combo.findData(Phase.WELCOME))
    form.phase_combo.activated.emit(form.phase_combo.currentIndex())
    form.venue_combo.setCurrentIndex(form.venue_combo.findData(Venue.PLENARY))
    form.venue_combo.activated.emit(form.venue_combo.currentIndex())
    type_into(qtbot, form.minutes_edit, "15")
    form.instructions_edit.setFocus()
    qtbot.waitUntil(form.instructions_edit.hasFocus)
    qtbot.keyClicks(form.instructions_edit, "Welkom!")
    qtbot.keyClick(form.instructions_edit, Qt.Key.Key_Return)
    qtbot.keyClick(form.instructions_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.instructions_edit, "Noem de gespreksregels.")
    form.title_edit.setFocus()  # leaving the instructions saves them

    for title, minutes in (("Kennismaken", "20"), ("Oogst", "10")):
        editor.view.setFocus()
        qtbot.keyClick(editor.view, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(form.title_edit.hasFocus)
        qtbot.keyClicks(form.title_edit, title)
        qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
        type_into(qtbot, form.minutes_edit, minutes)
    assert column(page, TITLE) == ["Welkom en gespreksregels", "Kennismaken", "Oogst"]
    assert column(page, TIME) == ["19:00", "19:15", "19:35"]  # computed live from 19:00
    assert editor.totals.text() == "3 onderdelen, 45 min in totaal · gepland 19:00 – 19:45"

    # Duplicate the second, then move it to the top by keyboard.
    editor.view.selectRow(1)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_D, CTRL)
    assert column(page, TITLE) == [
        "Welkom en gespreksregels",
        "Kennismaken",
        "Kennismaken",
        "Oogst",
    ]
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, CTRL)
    assert column(page, TITLE)[0] == "Kennismaken"
    assert column(page, TIME) == ["19:00", "19:20", "19:35", "19:55"]
    # … and remove it with the Delete key.
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert column(page, TITLE) == ["Welkom en gespreksregels", "Kennismaken", "Oogst"]
    screenshot(window, "agenda-editor")

    window.close()
    ws = reopen()
    items = agenda.list_items(ws, evening)
    assert [(i.title, i.planned_minutes, i.position) for i in items] == [
        ("Welkom en gespreksregels", 15, 0),
        ("Kennismaken", 20, 1),
        ("Oogst", 10, 2),
    ]
    assert (items[0].phase, items[0].venue) == (Phase.WELCOME, Venue.PLENARY)
    assert items[0].instructions == "Welkom!\n\nNoem de gespreksregels."


def test_drag_and_drop_reorders_and_undo_redo_every_edit(
    qtbot: QtBot, workspace: Workspace, evening: str, reopen: Callable[[], Workspace]
) -> None:
    for title in ("Welkom", "Kennismaken", "Dromen", "Oogst"):
        agenda.add_item(workspace, evening, title, planned_minutes=10)
    window, page = open_agenda(qtbot, workspace)
    editor = page.editor

    # A real drop event on the view: drag "Oogst" onto the row of "Kennismaken".
    data = editor.model.mimeData([editor.model.index(3, TITLE)])
    assert data.formats() == [MIME_TYPE]
    target = editor.view.visualRect(editor.model.index(1, TITLE)).center()
    buttons, no_keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    move = Qt.DropAction.MoveAction
    viewport = editor.view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(target, move, data, buttons, no_keys))
    QApplication.sendEvent(viewport, QDragMoveEvent(target, move, data, buttons, no_keys))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(target), move, data, buttons, no_keys))
    qtbot.waitUntil(lambda: column(page, TITLE) == ["Welkom", "Oogst", "Kennismaken", "Dromen"])

    # Through the model too, between rows, and refusals of foreign data.
    model = editor.model
    data = model.mimeData([model.index(0, TITLE)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, QModelIndex())  # to the end
    qtbot.waitUntil(lambda: column(page, TITLE) == ["Oogst", "Kennismaken", "Dromen", "Welkom"])
    foreign = QMimeData()
    foreign.setText("Welkom")
    assert not model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())

    # Change a length in the form; then undo everything step by step, and redo.
    editor.view.selectRow(0)
    type_into(qtbot, editor.form.minutes_edit, "25")
    assert column(page, MINUTES)[0] == "25"
    qtbot.keyClick(window, *UNDO)
    qtbot.waitUntil(lambda: column(page, MINUTES)[0] == "10")
    qtbot.keyClick(window, *UNDO)
    qtbot.waitUntil(lambda: column(page, TITLE) == ["Welkom", "Oogst", "Kennismaken", "Dromen"])
    qtbot.keyClick(window, *UNDO)
    qtbot.waitUntil(lambda: column(page, TITLE) == ["Welkom", "Kennismaken", "Dromen", "Oogst"])
    qtbot.keyClick(window, *REDO)
    qtbot.keyClick(window, *REDO)
    qtbot.keyClick(window, *REDO)
    qtbot.waitUntil(lambda: column(page, MINUTES)[0] == "25")
    assert column(page, TITLE) == ["Oogst", "Kennismaken", "Dromen", "Welkom"]

    # Undo a removal and an added item.
    editor.view.selectRow(1)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(column(page, TITLE)) == 4 and "Nieuw onderdeel" in column(page, TITLE)
    qtbot.keyClick(window, *UNDO)
    qtbot.keyClick(window, *UNDO)
    qtbot.waitUntil(lambda: column(page, TITLE) == ["Oogst", "Kennismaken", "Dromen", "Welkom"])

    window.close()
    items = agenda.list_items(reopen(), evening)
    assert [(i.title, i.planned_minutes) for i in items] == [
        ("Oogst", 25),
        ("Kennismaken", 10),
        ("Dromen", 10),
        ("Welkom", 10),
    ]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0", "Een agenda-onderdeel duurt minstens 1 minuut."),
        ("-5", "Een agenda-onderdeel duurt minstens 1 minuut."),
        ("900", "Een agenda-onderdeel duurt hoogstens 480 minuten (8 uur)"),
        ("1,5", "Vul de duur in als heel aantal minuten"),
        ("tien", "Vul de duur in als heel aantal minuten"),
    ],
)
def test_a_bad_length_is_refused_inline_and_nothing_is_saved(
    qtbot: QtBot,
    workspace: Workspace,
    evening: str,
    reopen: Callable[[], Workspace],
    typed: str,
    message: str,
) -> None:
    agenda.add_item(workspace, evening, "Kennismaken", planned_minutes=15)
    window, page = open_agenda(qtbot, workspace)
    form = page.editor.form
    type_into(qtbot, form.minutes_edit, typed)
    assert form.minutes_message.isVisible() and form.minutes_message.text().startswith(message)
    assert form.minutes_edit.text() == typed  # kept, so it can be corrected
    assert column(page, MINUTES) == ["15"]
    assert not window.undo_stack.canUndo()
    type_into(qtbot, form.minutes_edit, "12")  # corrected: the message goes
    assert not form.minutes_message.isVisible() and column(page, MINUTES) == ["12"]
    window.close()
    assert [i.planned_minutes for i in agenda.list_items(reopen(), evening)] == [12]


def test_an_empty_title_is_refused_inline(
    qtbot: QtBot, workspace: Workspace, evening: str, reopen: Callable[[], Workspace]
) -> None:
    agenda.add_item(workspace, evening, "Oogst")
    window, page = open_agenda(qtbot, workspace)
    form = page.editor.form
    type_into(qtbot, form.title_edit, "   ")
    assert form.title_message.text() == "Een agenda-onderdeel heeft een titel nodig."
    assert form.title_message.isVisible() and not form.minutes_message.isVisible()
    assert column(page, TITLE) == ["Oogst"]
    screenshot(window, "agenda-refusal")
    type_into(qtbot, form.title_edit, "Oogst")  # the old title again: the message goes
    assert not form.title_message.isVisible()
    window.close()
    assert [i.title for i in agenda.list_items(reopen(), evening)] == ["Oogst"]


def test_the_planned_times_follow_the_meeting_start(
    qtbot: QtBot, workspace: Workspace, evening: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    for minutes in (10, 20):
        agenda.add_item(workspace, evening, f"{minutes} minuten", planned_minutes=minutes)
    window, page = open_agenda(qtbot, workspace)
    assert column(page, TIME) == ["19:00", "19:10"]
    meetings.update_meeting(workspace, evening, meetings.MeetingPatch(start_time=time(13, 30)))
    qtbot.waitUntil(lambda: column(page, TIME) == ["13:30", "13:40"])
    assert page.editor.totals.text().endswith("gepland 13:30 – 14:00")
    meetings.update_meeting(workspace, evening, meetings.MeetingPatch(start_time=None))
    qtbot.waitUntil(lambda: column(page, TIME) == ["0:00", "0:10"])
    assert "begintijd" in page.editor.totals.text()
    window.close()
