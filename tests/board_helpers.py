"""Shared steps for the board's widget tests: open the window on a demo, read the screen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialoog_app.services import opgaven
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.board.note_view import NoteListView
from dialoog_app.ui.board.page import BoardPage
from dialoog_app.ui.main_window import MainWindow


def open_board(
    qtbot: QtBot, ws: Workspace, *, notes: int = 100, opgaven_count: int = 4
) -> tuple[MainWindow, BoardPage]:
    fill_demo(ws, tables=4, notes=notes, opgaven=opgaven_count, seed=7)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.show_page("board")
    assert isinstance(page, BoardPage)
    # Offscreen, activation arrives a few events later; shortcuts need it.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, page


def shown(view: NoteListView) -> list[str]:
    return list(view.note_model().ids)


def column_ids(page: BoardPage, position: int) -> list[str]:
    return shown(page.columns[page.data.order[position]].view)


def stored(ws: Workspace) -> list[tuple[str, tuple[str, ...]]]:
    return [(o.id, o.note_ids) for o in opgaven.list_opgaven(ws)]


def on_screen(page: BoardPage) -> list[tuple[str, tuple[str, ...]]]:
    return [(i, tuple(shown(page.columns[i].view))) for i in page.data.order]


def row_centre(view: NoteListView, row: int) -> QPoint:
    return view.visualRect(view.note_model().index(row, 0)).center()


def click_row(
    qtbot: QtBot,
    view: NoteListView,
    row: int,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    view.scrollTo(view.note_model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, row_centre(view, row))


def indexes(view: NoteListView, rows: list[int]) -> list[QModelIndex]:
    return [view.note_model().index(r, 0) for r in rows]
