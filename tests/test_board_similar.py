"""Near-duplicates on the board: a small count on a card that has them (found once, not per
paint), and placing it — by Ctrl+M or by dragging — offers to place them too, undoably."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from board_helpers import click_row, shown, stored
from conftest import screenshot
from dialoog_app.domain.kinds import Role
from dialoog_app.services import meetings, notes, opgaven
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.board import board_data
from dialoog_app.ui.board.page import BoardPage
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.roles import SIMILAR_ROLE
from test_board_dragdrop import drop_events
from test_board_keyboard import chooser_of, redo, undo

CTRL = Qt.KeyboardModifier.ControlModifier
GREEN = "Er is te weinig groen in de wijk"
SIMILAR = ["Weinig groen in onze wijk!", "In de wijk is te weinig GROEN."]
OTHER = ["De bus rijdt 's avonds niet meer", "Jongeren hebben geen plek om af te spreken"]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How often the board searched for near-duplicates."""
    made: list[int] = []
    search = board_data.similar_cards

    def counted(cards):  # type: ignore[no-untyped-def]
        made.append(len(cards))
        return search(cards)

    monkeypatch.setattr(board_data, "similar_cards", counted)
    return made


def open_board(qtbot: QtBot, ws: Workspace) -> tuple[MainWindow, BoardPage, dict[str, str]]:
    meeting = meetings.add_meeting(ws, "Avond 1")
    table = meetings.add_table(ws, meeting.id, "Noord")
    ids = {}
    for text in [GREEN, *OTHER, *SIMILAR]:
        note = notes.add_note(ws, table.id, text, at=datetime.now(UTC), role=Role.RESIDENT)
        assert note is not None
        ids[text] = note.id
    opgaven.add_opgave(ws, "Meer groen", [])
    opgaven.add_opgave(ws, "Vervoer", [])
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.show_page("board")
    assert isinstance(page, BoardPage)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: bool(page.data.similar_counts))  # found just after opening
    return window, page, ids


def row_of(page: BoardPage, note_id: str) -> int:
    return page.pool.model.row_of(note_id)


def test_a_card_with_near_duplicates_shows_their_count(
    qtbot: QtBot, workspace: Workspace, calls: list[int]
) -> None:
    window, page, ids = open_board(qtbot, workspace)
    model = page.pool.model
    count = {text: model.index(row_of(page, i), 0).data(SIMILAR_ROLE) for text, i in ids.items()}
    assert count == {GREEN: 2, SIMILAR[0]: 2, SIMILAR[1]: 2, OTHER[0]: 0, OTHER[1]: 0}
    tip = model.index(row_of(page, ids[GREEN]), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("≈ 2 vergelijkbare uitspraken")
    # Painting, scrolling and a reload for another reason do not search again.
    page.pool.view.viewport().repaint()
    page.reload()
    qtbot.waitUntil(lambda: not page._similar_due)
    page.pool.view.viewport().repaint()
    assert calls == [5]
    # A statement changed: searched again, and its card shows it.
    notes.update_note(workspace, ids[OTHER[0]], notes.NotePatch(text="Te weinig groen in de wijk"))
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert model.index(row_of(page, ids[OTHER[0]]), 0).data(SIMILAR_ROLE) == 3
    screenshot(window, "board_similar_count")


def test_ctrl_m_offers_the_near_duplicates_and_undo_takes_them_back(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window, page, ids = open_board(qtbot, workspace)
    green = page.data.order[0]
    pool = page.pool.view
    click_row(qtbot, pool, row_of(page, ids[GREEN]))
    qtbot.keyClick(pool, Qt.Key.Key_M, CTRL)
    chooser = chooser_of(qtbot, page)
    qtbot.keyClicks(chooser.search, "groen")
    qtbot.keyClick(chooser.search, Qt.Key.Key_Return)
    offer = page.similar_offer
    qtbot.waitUntil(offer.isVisible)
    assert shown(page.columns[green].view) == [ids[GREEN]]
    expected = "Ook 2 vergelijkbare uitspraken van de stapel in “Meer groen” plaatsen?"
    assert offer.label.text() == expected
    screenshot(window, "board_similar_offer")

    assert offer.place_button.text() == "P&laatsen"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(pool, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # its mnemonic
    placed = [ids[GREEN], *(ids[t] for t in SIMILAR)]
    qtbot.waitUntil(lambda: sorted(shown(page.columns[green].view)) == sorted(placed))
    assert not offer.isVisible()
    assert not set(placed) & set(shown(pool))

    undo(qtbot, window)  # the offer taken is one move: undone alone
    qtbot.waitUntil(lambda: shown(page.columns[green].view) == [ids[GREEN]])
    assert {ids[t] for t in SIMILAR} <= set(shown(pool))
    redo(qtbot, window)
    qtbot.waitUntil(lambda: sorted(shown(page.columns[green].view)) == sorted(placed))

    screen = [(i, tuple(shown(page.columns[i].view))) for i in page.data.order]
    window.close()
    assert stored(reopen()) == screen


def test_dragging_offers_too_and_the_offer_can_be_waved_away(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    window, page, ids = open_board(qtbot, workspace)
    green, transport = page.data.order
    pool = page.pool.view
    offer = page.similar_offer

    # A statement without near-duplicates: placed, and no offer.
    index = page.pool.model.index(row_of(page, ids[OTHER[0]]), 0)
    target = page.columns[transport].view
    assert drop_events(target.viewport(), page.pool.model.mimeData([index]), QPoint(40, 20))
    qtbot.waitUntil(lambda: shown(target) == [ids[OTHER[0]]])
    assert not offer.isVisible()

    index = page.pool.model.index(row_of(page, ids[SIMILAR[0]]), 0)
    target = page.columns[green].view
    assert drop_events(target.viewport(), page.pool.model.mimeData([index]), QPoint(40, 20))
    qtbot.waitUntil(offer.isVisible)
    assert offer.label.text().startswith("Ook 2 vergelijkbare uitspraken")
    qtbot.mouseClick(offer.dismiss_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    assert shown(target) == [ids[SIMILAR[0]]]
    assert {ids[GREEN], ids[SIMILAR[1]]} <= set(shown(pool))

    # Moving within the opgave offers nothing; one still in the pool is offered alone.
    index = page.pool.model.index(row_of(page, ids[GREEN]), 0)
    assert drop_events(target.viewport(), page.pool.model.mimeData([index]), QPoint(40, 20))
    qtbot.waitUntil(lambda: len(shown(target)) == 2)
    qtbot.waitUntil(offer.isVisible)
    assert offer.note_ids == [ids[SIMILAR[1]]]
    assert offer.label.text().startswith("Ook 1 vergelijkbare uitspraak van de stapel")
    page.board_actions.move(shown(target)[1:], green, 0)  # a reorder: the offer goes
    assert not offer.isVisible()

    screen = [(i, tuple(shown(page.columns[i].view))) for i in page.data.order]
    window.close()
    assert stored(reopen()) == screen
