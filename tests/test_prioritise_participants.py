"""Votes per participant number (dot stickers on numbered name cards), on the Prioriteren
screen by keyboard: typed like the other grids, the number of participants extended, a
number given a role so the spread per role shows, undone with Ctrl+Z, and all of it in the
file after reopening."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.plan import CountedPer
from dialoog_app.services import opgaven, votes
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.plan.page import PrioritisePage
from dialoog_app.ui.plan.round_dialog import RoundDialog
from test_prioritise_page import _open, _ranking, _type_row


def _headers(page: PrioritisePage) -> list[str]:
    model = page.grid_model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _choose_role(qtbot: QtBot, page: PrioritisePage, column: int, role_text: str) -> None:
    """The menu key on a cell of the participant's column, then the role."""
    page.grid.setCurrentIndex(page.grid_model.index(0, column))
    rect = page.grid.visualRect(page.grid.currentIndex())
    origin = QPoint(-1, -1)  # from the keyboard: no place under a mouse
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, origin, origin)
    QApplication.sendEvent(page.grid.viewport(), event)
    menu = page.participants.menu
    assert menu is not None and menu.isVisible() and rect.isValid()
    screenshot(menu, "prioritise-participant-role-menu")
    [action] = [a for a in menu.actions() if a.text() == role_text]
    action.trigger()
    menu.close()
    page.window().activateWindow()  # offscreen, a closed popup does not give it back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())


def test_dots_per_participant_number_by_keyboard_with_roles_extended_and_undone(
    qtbot: QtBot,
    workspace: Workspace,
    reopen: Callable[[], Workspace],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = [opgaven.add_opgave(workspace, t).created for t in ("Groen", "Verkeer", "Wonen")]
    window, page = _open(qtbot, workspace)
    assert not page.participants.count.isVisible()

    def fill_and_accept(dialog: RoundDialog) -> int:
        qtbot.keyClicks(dialog.name, "plenair")
        dialog.counted_per.setCurrentIndex(dialog.counted_per.findData(CountedPer.PARTICIPANT))
        assert dialog.participants.isEnabled()
        dialog.participants.setValue(3)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(RoundDialog, "exec", fill_and_accept)
    qtbot.mouseClick(page.new_round_button, Qt.MouseButton.LeftButton)
    assert page.participants.count.isVisible() and page.participants.count.value() == 3
    # Numbers, never names; a header too long for a narrow column goes onto two lines.
    assert _headers(page) == ["Deelnemer\n1", "Deelnemer\n2", "Deelnemer\n3"]
    tip = page.grid_model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Deelnemer 2"

    # Row by row, Tab to the next cell and on to the next row, as on the other grids.
    _type_row(qtbot, page, ["3", "0", "2", "1", "1", "0", "0", "1", "1"])
    qtbot.waitUntil(lambda: _ranking(page)[1][0] == "2=")
    # Nobody's role known yet: the dots count, the spread says so.
    assert [row[:4] for row in _ranking(page)] == [
        ("1", "Groen", "5", "rol onbekend 5"),
        ("2=", "Verkeer", "2", "rol onbekend 2"),
        ("2=", "Wonen", "2", "rol onbekend 2"),
    ]

    # Two latecomers get a card: the round is extended by typing the new number.
    page.participants.count.selectAll()
    qtbot.keyClicks(page.participants.count, "5")
    qtbot.keyClick(page.participants.count, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.grid_model.columnCount() == 5)
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.grid_model.index(2, 4))
    qtbot.keyClicks(page.grid, "4")  # participant 5 puts four dots on Wonen
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.grid_model.index(2, 4).data() == "4")

    # Participant 1 and 3 are residents, 5 a professional (the menu key on their column).
    _choose_role(qtbot, page, 0, "inwoner")
    _choose_role(qtbot, page, 2, "inwoner")
    _choose_role(qtbot, page, 4, "professional")
    qtbot.waitUntil(lambda: _headers(page)[0] == "Deelnemer\n1\ninwoner")
    assert _headers(page)[4] == "Deelnemer\n5\nprofessional"
    qtbot.waitUntil(lambda: _ranking(page)[0][1] == "Wonen")
    assert [row[:4] for row in _ranking(page)] == [
        ("1", "Wonen", "6", "inwoners 1 · professionals 4 · rol onbekend 1"),
        ("2", "Groen", "5", "alleen inwoners (5)"),  # a resident-only favourite shows as such
        ("3", "Verkeer", "2", "inwoners 1 · rol onbekend 1"),
    ]
    screenshot(window, "prioritise-participants")

    # Ctrl+Z takes back the last role; the spread follows.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _headers(page)[4] == "Deelnemer\n5")
    assert _ranking(page)[0][3] == "inwoners 1 · rol onbekend 5"
    # Further back: two roles, the four dots, and the two extra participants.
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.grid_model.columnCount() == 3)
    assert page.participants.count.value() == 3 and _headers(page)[0] == "Deelnemer\n1"
    for _ in range(4):  # and forward again
        qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _headers(page)[2] == "Deelnemer\n3\ninwoner")
    assert page.participants.count.value() == 5 and page.grid_model.index(2, 4).data() == "4"
    window.close()

    ws = reopen()
    [plenair] = votes.list_rounds(ws)
    assert (plenair.counted_per, plenair.participants) == (CountedPer.PARTICIPANT, 5)
    grid = votes.vote_grid(ws, plenair.id)
    assert grid[(ids[2], "5")] == 4 and grid[(ids[0], "1")] == 3
    lines = {line.title: line for line in votes.ranking(ws, plenair.id)}
    assert lines["Groen"].by_role == {"resident": 5} and lines["Groen"].voters == 2
    assert lines["Wonen"].by_role == {"resident": 1}
    # The round cannot shrink below a number that voted.
    with pytest.raises(ValidationError, match="from 5 to"):
        votes.set_participants(ws, plenair.id, 4)
