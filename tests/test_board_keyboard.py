"""The board without a mouse, and undo: Ctrl+M with type-ahead, Delete, Ctrl+Up/Down, the
opgave menu (merge, split, delete), F2 editing, filters typed — each undone and redone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from board_helpers import click_row, column_ids, on_screen, open_board, shown, stored
from conftest import screenshot
from dialoog_app.services import board as board_svc
from dialoog_app.services import opgaven
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.board.chooser import OpgaveChooser
from dialoog_app.ui.board.page import BoardPage

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def undo(qtbot: QtBot, window: QWidget) -> None:
    # After a dialog closes, the window is active again a few events later (offscreen).
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def redo(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)


def chooser_of(qtbot: QtBot, page: BoardPage) -> OpgaveChooser:
    qtbot.waitUntil(lambda: page.board_actions.chooser is not None)
    chooser = page.board_actions.chooser
    assert chooser is not None
    qtbot.waitUntil(chooser.search.hasFocus)
    return chooser


def trigger(menu: QMenu, starts_with: str) -> None:
    [action] = [a for a in menu.actions() if a.text().startswith(starts_with)]
    action.trigger()


def test_move_to_opgave_by_keyboard_with_type_ahead(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window, page = open_board(qtbot, workspace)
    pool = page.pool.view
    click_row(qtbot, pool, 0)
    qtbot.keyClick(pool, Qt.Key.Key_Down, SHIFT)  # two cards selected
    picked = pool.selected_ids()
    assert len(picked) == 2
    mantelzorg = page.data.order[1]
    assert page.data.title(mantelzorg) == "Mantelzorg ontlasten"

    qtbot.keyClick(pool, Qt.Key.Key_M, CTRL)
    chooser = chooser_of(qtbot, page)
    assert chooser.list.count() == 5  # "+ Nieuwe opgave met deze uitspraken" and four opgaven
    qtbot.keyClicks(chooser.search, "MANTEL ontl")
    assert [chooser.list.item(i).text() for i in range(chooser.list.count())] == [
        "Mantelzorg ontlasten"
    ]
    qtbot.keyClick(chooser.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown(page.columns[mantelzorg].view)[-2:] == picked)
    assert not set(picked) & set(shown(pool))
    qtbot.waitUntil(pool.hasFocus)  # ready for the next statement
    assert pool.currentIndex().row() == 0

    # Arrow keys move through the choices without leaving the text field; Escape cancels.
    qtbot.keyClick(pool, Qt.Key.Key_M, CTRL)
    chooser = chooser_of(qtbot, page)
    qtbot.keyClick(chooser.search, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.search, Qt.Key.Key_Down)
    assert chooser.list.currentRow() == 2 and chooser.search.hasFocus()
    qtbot.keyClick(chooser.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.board_actions.chooser is None)

    screen = on_screen(page)
    window.close()
    assert stored(reopen()) == screen


def test_delete_key_returns_to_pool_and_ctrl_arrows_reorder_with_undo(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window, page = open_board(qtbot, workspace)
    column = page.columns[page.data.order[0]]
    original = shown(column.view)
    click_row(qtbot, column.view, 0)
    qtbot.keyClick(column.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown(column.view) == [original[1], original[0], *original[2:]])
    assert column.view.selected_ids() == [original[0]]  # the card stays selected
    qtbot.keyClick(column.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown(column.view) == original)

    click_row(qtbot, column.view, 1)
    qtbot.keyClick(column.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: original[1] in shown(page.pool.view))
    assert shown(column.view) == [original[0], *original[2:]]
    assert column.view.currentIndex().row() == 1  # on to the next card

    # Delete in the pool deletes nothing.
    pool_before = shown(page.pool.view)
    click_row(qtbot, page.pool.view, 0)
    qtbot.keyClick(page.pool.view, Qt.Key.Key_Delete)
    assert shown(page.pool.view) == pool_before

    undo(qtbot, window)  # the Delete
    qtbot.waitUntil(lambda: shown(column.view) == original)
    assert original[1] not in shown(page.pool.view)
    redo(qtbot, window)
    qtbot.waitUntil(lambda: shown(column.view) == [original[0], *original[2:]])
    window.close()
    ws = reopen()
    assert opgaven.list_opgaven(ws)[0].note_ids == (original[0], *original[2:])
    assert original[1] in [c.id for c in board_svc.list_pool(ws)]


def test_merge_split_delete_from_the_opgave_menu_each_undone_and_redone(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window, page = open_board(qtbot, workspace)
    start = on_screen(page)
    first, second = page.data.order[:2]
    qtbot.mouseClick(page.columns[first].menu_button, Qt.MouseButton.LeftButton)
    menu = page.columns[first].findChild(QMenu)
    assert menu is not None
    trigger(menu, "Samenvoegen met")
    chooser = chooser_of(qtbot, page)
    qtbot.keyClicks(chooser.search, "mantelzorg")
    qtbot.keyClick(chooser.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second not in page.columns)
    merged = list(start[0][1] + start[1][1])
    assert shown(page.columns[first].view) == merged

    undo(qtbot, window)
    qtbot.waitUntil(lambda: on_screen(page) == start)
    redo(qtbot, window)
    qtbot.waitUntil(lambda: shown(page.columns[first].view) == merged)
    undo(qtbot, window)
    qtbot.waitUntil(lambda: on_screen(page) == start)

    # Split: select two cards of the first opgave, then "Afsplitsen".
    view = page.columns[first].view
    click_row(qtbot, view, 1)
    click_row(qtbot, view, 3, CTRL)
    chosen = view.selected_ids()
    page.board_actions.split(first)
    qtbot.waitUntil(lambda: len(page.data.order) == 5)
    assert column_ids(page, 1) == chosen
    assert page.data.title(page.data.order[1]) == "Eenzaamheid onder ouderen (deel 2)"
    assert page.editor.isVisible()
    undo(qtbot, window)
    qtbot.waitUntil(lambda: on_screen(page) == start)
    redo(qtbot, window)
    qtbot.waitUntil(lambda: len(page.data.order) == 5 and column_ids(page, 1) == chosen)
    undo(qtbot, window)
    qtbot.waitUntil(lambda: on_screen(page) == start)

    # Delete: the statements go back to the pool; undo brings the opgave back in place.
    page.board_actions.column_menu(second, page).actions()[-1].trigger()
    qtbot.waitUntil(lambda: second not in page.columns)
    assert set(start[1][1]) <= set(shown(page.pool.view))
    assert "weer op de stapel" in window.statusBar().currentMessage()
    undo(qtbot, window)
    qtbot.waitUntil(lambda: on_screen(page) == start)
    redo(qtbot, window)
    qtbot.waitUntil(lambda: second not in page.columns)

    # Reorder opgaven with Ctrl+Shift+Right on the current one.
    view = page.columns[first].view
    click_row(qtbot, view, 0)
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL | SHIFT)
    qtbot.waitUntil(lambda: page.data.order[1] == first)

    screen = on_screen(page)
    window.close()
    ws = reopen()
    assert stored(ws) == screen
    assert second not in [o.id for o in opgaven.list_opgaven(ws)]


def test_new_opgave_from_the_keyboard_and_editing_it_with_undo(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window, page = open_board(qtbot, workspace)
    pool = page.pool.view
    click_row(qtbot, pool, 2)
    picked = pool.selected_ids()
    qtbot.keyClick(pool, Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: len(page.data.order) == 5)
    new = page.data.order[-1]
    assert shown(page.columns[new].view) == picked
    editor = page.editor
    qtbot.waitUntil(editor.title_edit.hasFocus)
    qtbot.keyClicks(editor.title_edit, "Wonen voor starters")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.data.title(new) == "Wonen voor starters")
    editor.priority_box.setCurrentIndex(3)
    problem = editor.text_edits["problem"]
    problem.setFocus()
    qtbot.keyClicks(problem, "Starters vinden geen woning in het dorp.")
    editor.text_edits["partners"].setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: page.data.fields[new].problem.startswith("Starters"))
    assert page.columns[new].header.priority == 3
    assert editor.support_bar.support.statements == 1

    undo(qtbot, window)  # the problem text
    qtbot.waitUntil(lambda: editor.text_edits["problem"].toPlainText() == "")
    redo(qtbot, window)
    qtbot.waitUntil(lambda: page.data.fields[new].problem != "")

    # An empty title is refused where it is typed; the old one stays.
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert "titel nodig" in editor.message.text() and editor.message.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())

    window.close()
    ws = reopen()
    made = opgaven.list_opgaven(ws)[-1]
    assert (made.title, made.priority, made.problem, made.note_ids) == (
        "Wonen voor starters",
        3,
        "Starters vinden geen woning in het dorp.",
        tuple(picked),
    )


def test_filters_typed_and_chosen_narrow_the_pool(qtbot: QtBot, workspace: Workspace) -> None:
    window, page = open_board(qtbot, workspace)
    panel = page.pool
    total = len(shown(panel.view))
    qtbot.keyClick(page, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(panel.search.hasFocus)
    qtbot.keyClicks(panel.search, "eenzaam")
    texts = [page.data.cards[n].text.casefold() for n in shown(panel.view)]
    assert texts and all("eenzaam" in t for t in texts)
    assert panel.count_label.text() == f"{len(texts)} van {total} getoond"

    panel.kind_box.setCurrentIndex(panel.kind_box.findText("zorg"))
    assert all(page.data.cards[n].kind == "concern" for n in shown(panel.view))
    panel.search.clear()
    panel.role_box.setCurrentIndex(panel.role_box.findText("ambtenaar"))
    cards = [page.data.cards[n] for n in shown(panel.view)]
    assert cards and all((c.kind, c.role) == ("concern", "civil_servant") for c in cards)
    table = cards[0].table_id
    panel.table_box.setCurrentIndex(panel.table_box.findData(table))
    assert all(page.data.cards[n].table_id == table for n in shown(panel.view))
    panel.starred_box.setChecked(True)
    assert all(page.data.cards[n].starred for n in shown(panel.view))

    # What the filter hides is still there.
    for box in (panel.kind_box, panel.role_box, panel.table_box):
        box.setCurrentIndex(0)
    panel.starred_box.setChecked(False)
    assert len(shown(panel.view)) == total
    assert panel.count_label.text() == f"{total} uitspraken nog niet in een opgave"
    window.close()


def test_screenshot_of_a_full_board(qtbot: QtBot, workspace: Workspace) -> None:
    window, page = open_board(qtbot, workspace, notes=200, opgaven_count=8)
    window.resize(1500, 900)
    click_row(qtbot, page.pool.view, 1)
    QApplication.processEvents()
    screenshot(window, "board")
    page.edit_opgave(page.data.order[0])
    QApplication.processEvents()
    screenshot(window, "board-editor")
    assert page.pool.details.text().startswith(page.data.cards[shown(page.pool.view)[1]].text)
    window.close()
