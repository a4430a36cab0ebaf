"""The projector view of the votes: a second window that fills in as the dots are typed
on the Prioriteren screen, best first, and follows an undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.services import meetings, opgaven, votes
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.plan.vote_projector import VoteProjector
from test_prioritise_page import _open, _type_row


def _shown(projector: VoteProjector) -> list[tuple[str, int]]:
    return [(line.title, line.total) for line in projector.visible_lines()]


def test_projector_fills_in_as_votes_arrive(qtbot: QtBot, workspace: Workspace) -> None:
    meeting = meetings.add_meeting(workspace, "Plenaire avond")
    for name in ("Noord", "Zuid"):
        meetings.add_table(workspace, meeting.id, name)
    for title in ("Groen", "Verkeer", "Wonen"):
        opgaven.add_opgave(workspace, title)
    votes.add_round(workspace, "april")
    window, page = _open(qtbot, workspace)
    qtbot.mouseClick(page.projector_button, Qt.MouseButton.LeftButton)
    projector = page.projector
    assert projector is not None and projector.isVisible() and projector.isWindow()
    assert projector.round_name == "april"
    assert {total for _title, total in _shown(projector)} == {0}

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # typing stays here
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.grid_model.index(1, 0))  # Verkeer, Noord
    _type_row(qtbot, page, ["4", "3"])
    qtbot.waitUntil(lambda: _shown(projector)[0] == ("Verkeer", 7))
    _type_row(qtbot, page, ["9"])  # Wonen, Noord: now the first
    qtbot.waitUntil(lambda: _shown(projector)[:2] == [("Wonen", 9), ("Verkeer", 7)])
    screenshot(projector, "vote-projector")

    page.grid.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _shown(projector)[0] == ("Verkeer", 7))
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    window.close()
