"""Drag and drop on the board: through the models' mimeData() → dropMimeData(), and as
synthetic drag-enter/move/drop events on the real widgets; selections of several cards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from board_helpers import click_row, column_ids, indexes, on_screen, open_board, shown, stored
from dialoog_app.services import board as board_svc
from dialoog_app.services import opgaven
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.board.note_model import NOTE_IDS_MIME, decode_note_ids
from dialoog_app.ui.board.opgave_column import OPGAVE_ID_MIME

MOVE = Qt.DropAction.MoveAction


def drop_events(widget: QWidget, mime: QMimeData, at: QPoint) -> bool:
    """What a real drag does to the widget under the cursor: enter, move, drop."""
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, MOVE, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(at, MOVE, mime, buttons, mods)
    QApplication.sendEvent(widget, move)
    drop = QDropEvent(QPointF(at), MOVE, mime, buttons, mods)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_model_drag_carries_ids_and_drop_moves_them(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window, page = open_board(qtbot, workspace)
    pool = page.pool.view
    picked = [shown(pool)[r] for r in (0, 2, 3)]
    mime = pool.note_model().mimeData(indexes(pool, [3, 0, 2]))
    assert mime.formats() == [NOTE_IDS_MIME]
    assert decode_note_ids(mime) == picked  # ids only, top to bottom

    target = page.columns[page.data.order[1]]
    before = shown(target.view)
    assert target.model.canDropMimeData(mime, MOVE, 1, 0, QModelIndex())
    assert target.model.dropMimeData(mime, MOVE, 1, 0, QModelIndex())
    qtbot.waitUntil(lambda: shown(target.view) == [before[0], *picked, *before[1:]])
    assert not set(picked) & set(shown(pool))

    # Within the opgave: the first card dropped below the third (row counts as shown).
    within = target.model.mimeData(indexes(target.view, [0]))
    target.model.dropMimeData(within, MOVE, 3, 0, QModelIndex())
    expected = [*picked[:2], before[0], picked[2], *before[1:]]
    qtbot.waitUntil(lambda: shown(target.view) == expected)

    # Between opgaven, dropped on the empty end of the other list (row -1: at the end).
    other = page.columns[page.data.order[2]]
    end = shown(other.view)
    between = target.model.mimeData(indexes(target.view, [0, 1]))
    other.model.dropMimeData(between, MOVE, -1, 0, QModelIndex())
    qtbot.waitUntil(lambda: shown(other.view) == [*end, *picked[:2]])

    # Back to the pool: the cards return in their place in time.
    back = other.model.mimeData(indexes(other.view, [len(end)]))
    page.pool.model.dropMimeData(back, MOVE, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: picked[0] in shown(pool))
    assert shown(pool).index(picked[0]) == 0

    # Something that is not ours is refused.
    foreign = QMimeData()
    foreign.setText("hallo")
    assert not target.model.canDropMimeData(foreign, MOVE, 0, 0, QModelIndex())
    assert not target.model.dropMimeData(foreign, MOVE, 0, 0, QModelIndex())

    screen = on_screen(page)
    window.close()
    assert stored(reopen()) == screen


def test_synthetic_drop_events_on_the_real_widgets(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window, page = open_board(qtbot, workspace)
    pool = page.pool.view
    first = page.columns[page.data.order[0]]
    before = shown(first.view)
    card = shown(pool)[1]
    # Onto the second card's upper half: it goes in above that card.
    second = first.view.visualRect(first.model.index(1, 0))
    at = QPoint(second.center().x(), second.top() + 4)
    assert drop_events(first.view.viewport(), page.pool.model.mimeData(indexes(pool, [1])), at)
    qtbot.waitUntil(lambda: shown(first.view) == [before[0], card, *before[1:]])

    # On a column's header: to the end of that opgave.
    third = page.columns[page.data.order[2]]
    card2 = shown(pool)[0]
    header_drop = drop_events(
        third.header, page.pool.model.mimeData(indexes(pool, [0])), QPoint(40, 20)
    )
    assert header_drop
    qtbot.waitUntil(lambda: shown(third.view)[-1:] == [card2])

    # On "+ New opgave": a new opgave holding the dropped cards, its title ready to type.
    cards = shown(first.view)[:2]
    mime = first.model.mimeData(indexes(first.view, [0, 1]))
    assert drop_events(page.new_target, mime, QPoint(30, 30))
    qtbot.waitUntil(lambda: len(page.data.order) == 5)
    assert column_ids(page, 4) == cards
    assert page.editor.isVisible() and page.editor.title_edit.text() == "Nieuwe opgave"
    qtbot.keyClicks(page.editor.title_edit, "Ontmoeten in de wijk")
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.data.title(page.data.order[4]) == "Ontmoeten in de wijk")

    # A foreign drag is not accepted anywhere.
    foreign = QMimeData()
    foreign.setText("tekst uit een ander programma")
    assert not drop_events(page.new_target, foreign, QPoint(30, 30))
    assert not drop_events(first.view.viewport(), foreign, QPoint(30, 30))

    screen = on_screen(page)
    window.close()
    ws = reopen()
    assert stored(ws) == screen
    assert opgaven.list_opgaven(ws)[4].title == "Ontmoeten in de wijk"


def test_multi_selection_by_ctrl_shift_click_and_rubber_band(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window, page = open_board(qtbot, workspace)
    pool = page.pool.view
    click_row(qtbot, pool, 1)
    click_row(qtbot, pool, 3, Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, pool, 5, Qt.KeyboardModifier.ShiftModifier)
    ids = shown(pool)
    assert pool.selected_ids() == [ids[1], *ids[3:6]]

    target = page.columns[page.data.order[2]]  # a short list: room below the cards
    before = shown(target.view)
    mime = page.pool.model.mimeData(pool.selectedIndexes())
    assert drop_events(target.view.viewport(), mime, QPoint(20, target.view.height() - 5))
    qtbot.waitUntil(lambda: shown(target.view) == [*before, ids[1], *ids[3:6]])

    # A rubber band from the empty space below the cards up over the last three.
    view = target.view
    count = view.note_model().rowCount()
    view.scrollToBottom()
    start = QPoint(view.viewport().width() // 2, view.viewport().height() - 3)
    end = view.visualRect(view.note_model().index(count - 3, 0)).center()
    assert not view.indexAt(start).isValid()
    drag_mouse(view.viewport(), start, end)
    assert view.selected_ids() == shown(view)[-3:]

    window.close()
    ws = reopen()
    assert [c.id for c in board_svc.list_pool(ws)] == shown(pool)
    assert opgaven.list_opgaven(ws)[2].note_ids == tuple(shown(target.view))


def drag_mouse(widget: QWidget, start: QPoint, end: QPoint) -> None:
    """Press, move with the button held, release (QTest's moves carry no buttons)."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier
    for kind, at, button, held in (
        (QEvent.Type.MouseButtonPress, start, left, left),
        (QEvent.Type.MouseMove, (start + end) / 2, none, left),
        (QEvent.Type.MouseMove, end, none, left),
        (QEvent.Type.MouseButtonRelease, end, left, none),
    ):
        local = QPointF(at)
        event = QMouseEvent(kind, local, widget.mapToGlobal(local), button, held, mods)
        QApplication.sendEvent(widget, event)


def test_dragging_a_header_onto_another_reorders_opgaven_with_undo(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window, page = open_board(qtbot, workspace)
    start = list(page.data.order)
    mime = QMimeData()
    mime.setData(OPGAVE_ID_MIME, QByteArray(start[0].encode()))
    assert drop_events(page.columns[start[2]].header, mime, QPoint(40, 20))
    wanted = [start[1], start[2], start[0], start[3]]
    qtbot.waitUntil(lambda: page.data.order == wanted)
    strip = page.strip_layout
    assert [strip.itemAt(i).widget() for i in range(4)] == [page.columns[i] for i in wanted]
    # Statements are not opgaven: the note lists do not take an opgave.
    assert not drop_events(page.columns[start[1]].view.viewport(), mime, QPoint(20, 20))

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.data.order == start)
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: page.data.order == wanted)
    window.close()
    assert [o.id for o in opgaven.list_opgaven(reopen())] == wanted
