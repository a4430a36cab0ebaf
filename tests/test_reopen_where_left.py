"""Issue 9.5: after a restart (or a crash) the app is where the facilitator left it — the
screen, the meeting, the table, the draft with its kind and role — and the window is back
in its place, but never off the screens there are now."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from capture_helpers import ALT, DIGITS, open_capture, press, type_text
from dialoog_app.domain.kinds import NoteKind, Role
from dialoog_app.services import drafts, meetings
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui import window_state
from dialoog_app.ui.capture.page import CapturePage
from dialoog_app.ui.main_window import MainWindow


def _start(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_reopens_on_the_screen_meeting_and_table_with_the_draft_and_its_marks(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    first = meetings.add_meeting(workspace, "Eerste avond")
    meetings.add_table(workspace, first.id, "Tafel 1")
    second = meetings.add_meeting(workspace, "Tweede avond")
    meetings.add_table(workspace, second.id, "Tafel Noord")
    south = meetings.add_table(workspace, second.id, "Tafel Zuid")
    window, page = open_capture(qtbot, workspace)
    combo = page.meeting_picker.combo
    combo.activated.emit(combo.findData(second.id))  # what choosing it in the list does
    qtbot.waitUntil(lambda: page.meeting_id == second.id)
    qtbot.mouseClick(page.table_picker.buttons[south.id], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.input.hasFocus)
    press(qtbot, DIGITS[3], ALT)  # zorg
    press(qtbot, DIGITS[9], ALT)  # ambtenaar
    type_text(qtbot, page.input, "Half af, toen viel de stroom uit")
    qtbot.waitUntil(lambda: drafts.draft_text(workspace, south.id) != "", timeout=2000)
    # A crash: nothing is closed or flushed; the window just goes.
    window.hide()
    window.ctx = None  # (so the fixture's close does not flush for us)
    workspace.store.close()

    again = _start(qtbot, reopen())
    assert again.current_page_key() == "capture"
    capture = again.pages["capture"]
    assert isinstance(capture, CapturePage)
    assert capture.meeting_id == second.id and capture.table_id == south.id
    assert capture.input.toPlainText() == "Half af, toen viel de stroom uit"
    assert capture.composer.kind == NoteKind.CONCERN
    assert capture.composer.role == Role.CIVIL_SERVANT
    assert "nog niet had opgeslagen" in again.statusBar().currentMessage()
    qtbot.waitUntil(capture.input.hasFocus)  # typing on where it stopped
    again.close()


def test_the_window_comes_back_in_its_place_but_never_off_screen(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window = _start(qtbot, workspace)
    wanted = (window.minimumSizeHint().width(), window.minimumSizeHint().height() + 30)
    window.resize(*wanted)
    qtbot.waitUntil(lambda: window.width() == wanted[0])
    window.close()
    again = _start(qtbot, reopen())
    assert (again.width(), again.height()) == wanted
    # The last place was on a projector that is no longer there next time.
    gone = QGuiApplication.primaryScreen().geometry().translated(5000, 3000)
    again.setGeometry(QRect(gone.topLeft(), again.size()))
    qtbot.waitUntil(lambda: not window_state.on_a_screen(again.frameGeometry()))
    again.close()
    last = _start(qtbot, reopen())
    assert window_state.on_a_screen(last.frameGeometry())
    last.close()
