"""Survey answers (enquête): import them, and summarise them for the board and the verslag.

Open answers become statements (source "survey", the question as their round) at a table
of the survey's meeting, so they can be placed on the board like any statement. Closed
answers are kept in ``survey_answer`` and counted per option and per role. Importing the
same export again adds nothing (a key per respondent row and question).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import insert

from dialoog_app.domain.kinds import NoteKind
from dialoog_app.domain.sources import NoteSource
from dialoog_app.exchange.survey import SurveyPlan
from dialoog_app.export.survey_model import ClosedQuestion, OpenQuestion
from dialoog_app.store.models import (
    Base,
    SurveyAnswer,
    new_id,
    utcnow,
)

from .events import Topic
from .importing import (
    NOTE,
    known_keys,
    live_meeting,
    notes_of_meeting,
    rounds_by_title,
    tables_by_name,
)
from .survey_read import closed_questions, open_questions
from .workspace import Workspace

ANSWER = Base.metadata.tables[SurveyAnswer.__tablename__]
ROUND_CHARS = 200  # an agenda item's title


@dataclass(frozen=True)
class SurveyImportResult:
    respondents: int
    statements_added: int
    answers_added: int
    already_there: int


def round_title(question: str) -> str:
    question = " ".join(question.split())
    return question if len(question) <= ROUND_CHARS else question[: ROUND_CHARS - 1] + "…"


def import_survey(
    ws: Workspace, plan: SurveyPlan, meeting_id: str, *, table: str = "Enquête"
) -> SurveyImportResult:
    """Write a planned survey into ``meeting_id``, in one transaction."""
    now = utcnow()
    with ws.unit_of_work() as uow:
        s = uow.session
        live_meeting(s, meeting_id)
        open_there = known_keys(
            s, NOTE, notes_of_meeting(meeting_id), [a.key for a in plan.open_answers]
        )
        closed_there = known_keys(
            s, ANSWER, ANSWER.c.meeting_id == meeting_id, [a.key for a in plan.closed_answers]
        )
        new_open = [a for a in plan.open_answers if a.key not in open_there]
        new_closed = [a for a in plan.closed_answers if a.key not in closed_there]
        table_ids, _ = tables_by_name(s, ws, meeting_id, [table] if new_open else [])
        rounds, _ = rounds_by_title(s, ws, meeting_id, (round_title(a.question) for a in new_open))
        s.flush()
        stamp = {"created_at": now, "updated_at": now, "device_id": ws.store.device_id}
        notes = [
            {
                **stamp,
                "id": new_id(),
                "deleted_at": None,
                "table_id": table_ids[table.casefold()],
                "agenda_item_id": rounds[round_title(a.question).casefold()],
                "text": a.text,
                "kind": NoteKind.STATEMENT.value,
                "role": a.role.value,
                "speaker": "",
                "starred": False,
                "noted_at": now + dt.timedelta(milliseconds=i),
                "source": NoteSource.SURVEY.value,
                "import_key": a.key,
                "same_as_id": None,
            }
            for i, a in enumerate(new_open)
        ]
        answers = [
            {
                **stamp,
                "id": new_id(),
                "deleted_at": None,
                "meeting_id": meeting_id,
                "question": a.question,
                "question_position": a.position,
                "respondent": a.row,
                "role": a.role.value,
                "answer": a.text,
                "import_key": a.key,
            }
            for a in new_closed
        ]
        if notes:
            s.execute(insert(NOTE), notes)
            uow.changed(Topic.NOTES, Topic.TABLES, Topic.AGENDA)
        if answers:
            s.execute(insert(ANSWER), answers)
            uow.changed(Topic.NOTES)
    return SurveyImportResult(
        respondents=plan.respondents,
        statements_added=len(notes),
        answers_added=len(answers),
        already_there=len(open_there) + len(closed_there),
    )


def summary(ws: Workspace, meeting_ids: Sequence[str] | None = None) -> tuple[
    list[ClosedQuestion], list[OpenQuestion]
]:  # fmt: skip
    with ws.read() as db:
        return closed_questions(db, meeting_ids), open_questions(db, meeting_ids)
