"""The "Mogelijke dubbelen" view driven as a user: move the threshold, look at a pair side
by side, link it, undo, place together; then check the file after reopening it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.domain.kinds import Role
from dialoog_app.services import board, meetings, notes, opgaven
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def _say(ws: Workspace, table_id: str, text: str, role: Role = Role.RESIDENT) -> str:
    note = notes.add_note(ws, table_id, text, at=datetime.now(UTC), role=role)
    assert note is not None
    return note.id


def test_threshold_side_by_side_link_undo_and_place_together(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    ws = workspace
    north = meetings.add_table(ws, meetings.add_meeting(ws, "Avond 1").id, "Noord")
    south = meetings.add_table(ws, meetings.add_meeting(ws, "Avond 2").id, "Zuid")
    a = _say(ws, north.id, "Er is te weinig groen in de wijk")
    b = _say(ws, south.id, "Te weinig groen in onze wijk!", Role.PROFESSIONAL)
    c = _say(ws, south.id, "Meer groen en bankjes in de wijk")  # alike, less so
    _say(ws, north.id, "De bus rijdt in het weekend niet")
    opgaven.add_opgave(ws, "Groen in de wijk")
    [opgave] = opgaven.list_opgaven(ws)
    board.move_notes(ws, [a], opgave.id)

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    assert window.duplicates_action.text() == "Mogelijke &dubbelen…"
    window.duplicates_action.trigger()
    dialog = window.duplicates_action.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: not dialog.searching)  # the search runs in a worker thread
    assert dialog.count_label.text() == "Paren: 1"
    assert dialog.threshold_label.text() == "85% gelijk"
    assert "Avond 1 · Noord" in dialog.left.text() and "in opgave “Groen in de wijk”" in (
        dialog.left.text()
    )
    right = "Avond 2 · Zuid · professional · aan tafel gezegd · nog niet in een opgave"
    assert right in dialog.right.text()

    dialog.slider.setFocus()
    for _ in range(5):
        qtbot.keyClick(dialog.slider, Qt.Key.Key_PageDown)  # 5 × 5: down to 60%
    assert dialog.slider.value() == 60
    qtbot.waitUntil(lambda: not dialog.searching)
    assert int(dialog.count_label.text().split()[-1]) > 1
    pairs = {(p.first.id, p.second.id) for p in dialog.pairs}
    assert (a, c) in pairs or (c, a) in pairs
    for _ in range(5):
        qtbot.keyClick(dialog.slider, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: not dialog.searching)
    assert dialog.count_label.text() == "Paren: 1"

    qtbot.mouseClick(dialog.link_button, LEFT)
    assert dialog.table.item(0, 0).text() == "100% · gekoppeld"
    assert opgaven.get_opgave(ws, opgave.id).support.statements == 1
    assert dialog.unlink_button.isEnabled() and not dialog.link_button.isEnabled()
    screenshot(dialog, "duplicates-dialog")

    window.undo_stack.undo()  # what Ctrl+Z in the main window does
    dialog._refresh()
    assert dialog.table.item(0, 0).text() == "100%"
    window.undo_stack.redo()

    assert dialog.place_button.isEnabled()
    qtbot.mouseClick(dialog.place_button, LEFT)
    assert not dialog.place_button.isEnabled()
    assert "in opgave “Groen in de wijk”" in dialog.right.text()
    dialog.close()
    window.close()

    again = reopen()
    [placed] = opgaven.list_opgaven(again)
    assert placed.note_ids == (a, b)
    support = placed.support
    assert (support.statements, support.residents, support.professionals) == (1, 1, 0)
    groups = {card.id: card.group_id for card in board.list_notes(again)}
    assert groups[a] == groups[b]


def test_closing_the_window_during_a_search_is_safe(qtbot: QtBot, workspace: Workspace) -> None:
    table = meetings.add_table(workspace, meetings.add_meeting(workspace, "Avond 1").id, "Noord")
    for n in range(400):
        _say(workspace, table.id, f"Statement {n} over groen, bankjes en de bus in de wijk {n}")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.duplicates_action.trigger()
    dialog = window.duplicates_action.dialog
    assert dialog is not None and dialog.searching
    window.close()  # the dialog goes with its window; the search is waited for
    qtbot.wait(50)
