"""A survey of 300 respondents (3 open, 5 closed questions): the closed answers counted per
role, the open answers on the board as survey statements, the chapter in the verslag."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

import import_fixtures as fx
from chart_support import CHARTS
from dialoog_app.domain.kinds import Role
from dialoog_app.domain.sources import NoteSource
from dialoog_app.exchange.sheet import read_sheet
from dialoog_app.exchange.survey import (
    QuestionKind,
    SurveyMapping,
    guess_questions,
    guess_role_column,
    plan_survey,
)
from dialoog_app.services import board, meetings, minutes, opgaven, surveys
from dialoog_app.services.board import PoolFilter
from dialoog_app.services.workspace import Workspace

ROLE_OF = {"Inwoner": "resident", "Professional": "professional", "Ambtenaar": "civil_servant"}


@pytest.fixture
def imported(workspace: Workspace, tmp_path: Path) -> tuple[Workspace, list[list[str]]]:
    path, rows = fx.survey_csv(tmp_path)
    sheet = read_sheet(path)
    role_column = guess_role_column(sheet)
    assert role_column == "Ik ben"
    questions = guess_questions(sheet, role_column)
    assert [c for c, k in questions.items() if k is QuestionKind.OPEN] == fx.OPEN_QUESTIONS
    assert [c for c, k in questions.items() if k is QuestionKind.CLOSED] == list(
        fx.CLOSED_QUESTIONS
    )
    assert questions["E-mail"] is QuestionKind.SKIP and questions["ID"] is QuestionKind.SKIP
    plan = plan_survey(sheet, SurveyMapping(questions, role_column=role_column))
    meeting = meetings.add_meeting(workspace, "Enquête voorjaar")
    result = surveys.import_survey(workspace, plan, meeting.id)
    opens = sum(1 for r in rows[1:] for cell in r[5:8] if cell)
    assert (result.respondents, result.statements_added) == (300, opens)
    again = surveys.import_survey(
        workspace, plan_survey(sheet, plan_mapping(plan, questions)), meeting.id
    )
    assert (again.statements_added, again.answers_added) == (0, 0)  # re-import: nothing new
    return workspace, rows


def plan_mapping(plan: object, questions: dict[str, QuestionKind]) -> SurveyMapping:
    return SurveyMapping(questions, role_column="Ik ben")


def test_closed_answers_counted_per_option_and_role(
    imported: tuple[Workspace, list[list[str]]],
) -> None:
    ws, rows = imported
    closed, _open = surveys.summary(ws)
    assert [q.question for q in closed] == list(fx.CLOSED_QUESTIONS)
    for column, question in enumerate(closed, start=8):
        expected: Counter[tuple[str, str]] = Counter()
        answered: Counter[str] = Counter()
        for row in rows[1:]:
            if row[column]:
                expected[(row[column], ROLE_OF[row[4]])] += 1
                answered[ROLE_OF[row[4]]] += 1
        assert question.respondents == sum(answered.values())
        assert question.respondents_by_role == dict(answered)
        for option in question.options:
            for role in ("resident", "professional", "civil_servant"):
                count = expected[(option.answer, role)]
                assert option.by_role.get(role, 0) == count
                assert question.percent(option, role) == pytest.approx(100 * count / answered[role])
        totals = [o.total for o in question.options]
        assert totals == sorted(totals, reverse=True)  # most chosen first
        assert sum(totals) == question.respondents


def test_open_answers_are_survey_statements_on_the_board(
    imported: tuple[Workspace, list[list[str]]],
) -> None:
    ws, rows = imported
    cards = board.list_notes(ws)
    assert {c.source for c in cards} == {NoteSource.SURVEY.value}
    assert {c.agenda_title for c in cards} == set(fx.OPEN_QUESTIONS)  # the question is the round
    first = rows[1]
    mine = [c for c in cards if c.text == first[5]]
    assert len(mine) == 1 and mine[0].role == ROLE_OF[first[4]]
    survey_only = board.list_pool(ws, PoolFilter(source=NoteSource.SURVEY.value))
    assert len(survey_only) == len(cards)
    assert board.list_pool(ws, PoolFilter(source=NoteSource.TABLE.value)) == []


def test_support_counts_survey_statements_apart(
    imported: tuple[Workspace, list[list[str]]],
) -> None:
    ws, _rows = imported
    meeting = meetings.add_meeting(ws, "Avond 1")
    table = meetings.add_table(ws, meeting.id, "Tafel 1")
    from datetime import UTC, datetime

    from dialoog_app.services import notes

    said = notes.add_note(ws, table.id, "Meer groen", at=datetime.now(UTC), role=Role.PROFESSIONAL)
    assert said is not None
    answers = [c.id for c in board.list_notes(ws) if c.source == NoteSource.SURVEY.value][:3]
    opgaven.add_opgave(ws, "Groen en ontmoeting")
    [opgave] = opgaven.list_opgaven(ws)
    board.move_notes(ws, [said.id, *answers], opgave.id)
    support = opgaven.get_opgave(ws, opgave.id).support
    assert (support.professionals, support.statements, support.tables, support.survey) == (
        1,
        1,
        1,
        3,
    )


def test_the_verslag_has_the_survey_chapter_with_its_charts(
    imported: tuple[Workspace, list[list[str]]], tmp_path: Path
) -> None:
    ws, _rows = imported
    answers = [c.id for c in board.list_notes(ws) if c.agenda_title == fx.OPEN_QUESTIONS[1]][:4]
    opgaven.add_opgave(ws, "Veiligheid")
    [opgave] = opgaven.list_opgaven(ws)
    board.move_notes(ws, answers, opgave.id)
    target = tmp_path / "verslag.docx"
    minutes.export_minutes(ws, minutes.MinutesRequest(), target, charts=CHARTS)
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert "Uitkomsten enquête" in texts
    for question in [*fx.CLOSED_QUESTIONS, *fx.OPEN_QUESTIONS]:
        assert question in texts
    assert "Veiligheid — 4 antwoorden" in texts
    with zipfile.ZipFile(target) as package:
        images = [n for n in package.namelist() if n.startswith("word/media/")]
    assert len(images) == 5  # one chart per closed question
    header = [c.text for c in document.tables[-1].rows[0].cells]
    assert header[0] == "Antwoord" and header[-1] == "Totaal" and "Inwoners" in header
    without = tmp_path / "zonder.docx"
    minutes.export_minutes(ws, minutes.MinutesRequest(survey=False), without, charts=CHARTS)
    assert "Uitkomsten enquête" not in [p.text for p in docx.Document(str(without)).paragraphs]


def test_cli_survey_import_makes_its_meeting(
    workspace: Workspace, tmp_path: Path, project_path: Path, reopen: Callable[[], Workspace]
) -> None:
    workspace.close()
    path, _rows = fx.survey_csv(tmp_path, respondents=30)
    run = subprocess.run(
        [sys.executable, "-m", "dialoog_app", "import", str(project_path), str(path),
         "--meeting", "Enquête", "--survey"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "respondenten: 30" in run.stdout
    assert "Wat moet er beter?: open vraag" in run.stderr
    # The export draws the charts with Qt on its own offscreen platform (no display asked).
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    word = tmp_path / "verslag.docx"
    export = subprocess.run(
        [sys.executable, "-m", "dialoog_app", "export", str(project_path), "--out", str(word)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert export.returncode == 0, export.stderr
    with zipfile.ZipFile(word) as package:
        charts = [package.read(n) for n in package.namelist() if n.startswith("word/media/")]
    assert len(charts) == 5 and all(png.startswith(b"\x89PNG") for png in charts)
    ws = reopen()
    assert [m.title for m in meetings.list_meetings(ws)] == ["Enquête"]
    closed, _ = surveys.summary(ws)
    assert len(closed) == 5


def test_the_json_archive_keeps_sources_and_survey_answers(
    imported: tuple[Workspace, list[list[str]]], tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from dialoog_app.services import archive

    ws, rows = imported
    result = archive.build_archive(ws, datetime.now(UTC))
    sources = {n.source for m in result.meetings for t in m.tables for n in t.notes}
    assert sources == {NoteSource.SURVEY.value}
    closed = sum(1 for r in rows[1:] for cell in r[8:] if cell)
    assert len(result.survey_answers) == closed
