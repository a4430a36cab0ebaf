"""Helpers for the Agenda screen's tests: open it as a user would, read its table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.agenda.page import AgendaPage
from dialoog_app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
UNDO = (Qt.Key.Key_Z, CTRL)
REDO = (Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def open_agenda(qtbot: QtBot, ws: Workspace, **kw: object) -> tuple[MainWindow, AgendaPage]:
    window = MainWindow(ws, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.nav.setFocus()  # offscreen, shortcuts need a focus widget in the window
    qtbot.waitUntil(window.nav.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # the Agenda page's shortcut
    page = window.pages["agenda"]
    assert isinstance(page, AgendaPage)
    qtbot.waitUntil(page.isVisible)
    return window, page


def column(page: AgendaPage, col: int) -> list[str]:
    model = page.editor.model
    return [str(model.index(r, col).data()) for r in range(model.rowCount())]


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
