"""The board as a page of the window: reached with Ctrl+4, cards that tell their source,
focus that hops between lists, and statements captured elsewhere showing up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from board_helpers import click_row, open_board, shown
from dialoog_app.services.events import Topic
from dialoog_app.services.workspace import Workspace
from dialoog_app.store.models import Note
from dialoog_app.ui.board.page import BoardPage
from dialoog_app.ui.roles import ID_ROLE


def test_ctrl_4_opens_the_board_and_cards_tell_where_they_came_from(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window, page = open_board(qtbot, workspace)
    window.show_page("meetings")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is page
    assert window.nav.currentItem().text() == "Opgaven"

    model = page.pool.model
    card = page.data.cards[model.ids[0]]
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    local = card.noted_at.astimezone()
    for part in (
        "Bijeenkomst",
        card.meeting_title,
        card.table_name,
        "Ronde",
        card.agenda_title,
        f"{local.hour:02d}:{local.minute:02d}",
    ):
        assert part in tip
    window.close()


def test_alt_arrows_hop_between_the_pool_and_the_opgaven(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window, page = open_board(qtbot, workspace)
    click_row(qtbot, page.pool.view, 0)
    qtbot.keyClick(page.pool.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    first = page.columns[page.data.order[0]]
    qtbot.waitUntil(first.view.hasFocus)
    assert page.current_opgave == first.opgave_id and first.current
    assert first.view.currentIndex().row() == 0  # a card is current, ready for Ctrl+M
    qtbot.keyClick(first.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.pool.view.hasFocus)
    window.close()


def test_statements_captured_elsewhere_appear_in_the_pool(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window, page = open_board(qtbot, workspace)
    before = shown(page.pool.view)
    some = page.data.cards[before[0]]
    window.show_page("meetings")  # the board is hidden while another screen writes
    with workspace.unit_of_work() as uow:
        note = Note(
            table_id=some.table_id,
            agenda_item_id=some.agenda_item_id,
            text="Een buurtkamer in elke kern, open op zaterdag.",
            kind="idea",
            role="resident",
            device_id=workspace.store.device_id,
        )
        uow.session.add(note)
        uow.changed(Topic.NOTES)
    QApplication.processEvents()
    assert page.refresh.stale  # read again only when shown
    board = window.show_page("board")
    assert isinstance(board, BoardPage)
    qtbot.waitUntil(lambda: note.id in shown(page.pool.view))
    assert len(shown(page.pool.view)) == len(before) + 1
    assert page.pool.model.index(len(before), 0).data(ID_ROLE) == note.id  # newest last
    window.close()
