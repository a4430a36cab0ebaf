"""Driving the capture screen as a facilitator does: keys into the real widgets."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dialoog_app.domain.clock import FakeClock
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.capture.page import CapturePage
from dialoog_app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(10)]
EVENING = datetime(2023, 4, 11, 17, 0, tzinfo=UTC)


def open_capture(
    qtbot: QtBot, ws: Workspace, fake: FakeClock | None = None, register: bool = True
) -> tuple[MainWindow, CapturePage]:
    window = MainWindow(ws, clock=fake or FakeClock(EVENING))
    if register:
        qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_3, CTRL
    )  # the View menu's shortcut to "Tafel"
    page = window.pages["capture"]
    assert isinstance(page, CapturePage)
    qtbot.waitUntil(page.input.hasFocus)
    return window, page


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; letters beyond ASCII arrive as a keyboard sends them
    (a key event carrying the text), which ``QTest.keyClicks`` cannot do."""
    for char in text:
        if char.isascii() and char.isprintable():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_note(qtbot: QtBot, page: CapturePage, text: str) -> None:
    """Type into the input, then Enter; a "\n" in ``text`` is typed as Shift+Enter."""
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(page.input, Qt.Key.Key_Return, SHIFT)
        type_text(qtbot, page.input, line)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> None:
    """A key to whatever has the keyboard focus (as a user's key press goes)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus"
    qtbot.keyClick(target, key, modifier)


def texts(page: CapturePage) -> list[str]:
    return [note.text for note in page.notes.model.rows]
