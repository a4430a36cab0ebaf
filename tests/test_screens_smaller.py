"""Issue 9.6, the smaller faults of the screens: a renamed table's stale name, the notes
list that stopped following, and the like — each driven as a user meets it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from capture_helpers import CTRL, DIGITS, open_capture, press, type_note
from dialoog_app.services import meetings
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.capture.page import CapturePage
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.meetings.page import MeetingsPage
from dialoog_app.ui.meetings.tables_model import NAME


def test_the_first_visit_to_tafel_names_a_renamed_table(qtbot: QtBot, workspace: Workspace) -> None:
    meeting = meetings.add_meeting(workspace, "Avond")
    meetings.add_table(workspace, meeting.id, "Tafel 1")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    view = page.tables.view
    view.setCurrentIndex(page.tables.model.index(0, NAME))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Tafel Noord")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    press(qtbot, DIGITS[3], CTRL)  # the first visit to Tafel
    capture = window.pages["capture"]
    assert isinstance(capture, CapturePage)
    qtbot.waitUntil(capture.input.hasFocus)
    qtbot.waitUntil(lambda: "Tafel Noord" in capture.input.placeholderText(), timeout=2000)
    assert "Tafel 1" not in capture.input.placeholderText()
    window.close()


def test_the_list_keeps_following_through_a_rewrap(qtbot: QtBot, workspace: Workspace) -> None:
    """The list once stopped following at 31 notes. Following was guessed from the
    position at each new note; but when the rows rewrap narrower after the scroll to the
    bottom (the scroll bar appearing as the list outgrows the view, the window made
    narrower), they grow, the bottom moves away, and the next note seemed "scrolled up"."""
    meeting = meetings.add_meeting(workspace, "Avond")
    meetings.add_table(workspace, meeting.id, "Tafel 1")
    window, page = open_capture(qtbot, workspace)
    window.resize(1180, 760)
    view = page.notes.view
    bar = view.verticalScrollBar()
    words = "de buurt wil meer groen en een plek waar jongeren elkaar ontmoeten en sporten"
    for n in range(31):
        type_note(qtbot, page, f"{n}: {words}")
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    wide = view.viewport().width()
    view.setMaximumWidth(wide - 250)  # as a narrower window does: the rows rewrap, grow
    qtbot.waitUntil(lambda: view.viewport().width() < wide - 150)
    qtbot.wait(20)
    type_note(qtbot, page, "De 32ste notitie")
    last = page.notes.proxy.index(page.notes.proxy.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualRect(last)))
    assert bar.value() == bar.maximum()
    window.close()


def test_counted_words_take_their_plural_form(qtbot: QtBot, workspace: Workspace) -> None:
    """ "1 tafels" no more: Linguist's %n forms, not a hand-written helper."""
    meeting = meetings.add_meeting(workspace, "Avond")
    table = meetings.add_table(workspace, meeting.id, "Tafel 1")
    meetings.update_table(workspace, table.id, meetings.TablePatch(residents=1))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    qtbot.waitUntil(lambda: page.summary.text() != "")
    assert page.summary.text() == "1 tafel, 1 deelnemer"
    meetings.add_table(workspace, meeting.id, "Tafel 2")
    qtbot.waitUntil(lambda: page.summary.text() == "2 tafels, 1 deelnemer")
    window.close()
