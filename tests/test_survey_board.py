"""Survey answers on the board: marked on the card, filtered with the pool's source box,
placed like any statement and counted apart in the opgave's support."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import import_fixtures as fx
from board_helpers import open_board, shown
from conftest import screenshot
from dialoog_app.domain.sources import NoteSource
from dialoog_app.exchange.sheet import read_sheet
from dialoog_app.exchange.survey import (
    SurveyMapping,
    guess_questions,
    guess_role_column,
    plan_survey,
)
from dialoog_app.services import board, meetings, opgaven, surveys
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.board.style import source_line


def test_survey_statements_are_marked_filtered_and_counted_apart(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path, _rows = fx.survey_csv(tmp_path, respondents=20)
    sheet = read_sheet(path)
    role_column = guess_role_column(sheet)
    plan = plan_survey(sheet, SurveyMapping(guess_questions(sheet, role_column), role_column))
    meeting = meetings.add_meeting(workspace, "Enquête")
    answers = surveys.import_survey(workspace, plan, meeting.id).statements_added

    window, page = open_board(qtbot, workspace, notes=60)
    pool = page.pool
    everything = len(shown(pool.view))
    assert pool.source_box.itemText(0) == "Alle bronnen"
    pool.source_box.setCurrentIndex(pool.source_box.findData(NoteSource.SURVEY.value))
    survey_ids = shown(pool.view)
    assert len(survey_ids) == answers and everything > answers
    card = page.data.cards[survey_ids[0]]
    assert source_line(card) == f"Enquête: {card.agenda_title}"
    assert card.agenda_title in fx.OPEN_QUESTIONS
    screenshot(page, "board-survey-filter")

    first = page.data.order[0]
    before = opgaven.get_opgave(workspace, first).support
    board.move_notes(workspace, survey_ids[:2], first)
    after = opgaven.get_opgave(workspace, first).support
    assert after.survey == before.survey + 2 and after.statements == before.statements
    header = page.columns[first].header
    qtbot.waitUntil(lambda: header.support.survey == after.survey)  # the page heard it
    screenshot(page.columns[first], "board-column-with-survey")
    pool.source_box.setCurrentIndex(0)
    qtbot.keyClick(pool.search, Qt.Key.Key_Escape)
    window.close()
