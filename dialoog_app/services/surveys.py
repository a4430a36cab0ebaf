"""Survey answers (enquête): import them, and summarise them for the board and the verslag.

Open answers become statements (source "survey", the question as their round) at a table
of the survey's meeting, so they can be placed on the board like any statement. Closed
answers are kept in ``survey_answer`` and counted per option and per role. Importing the
same export again adds nothing (a key per respondent row and question).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from dialoog_app.domain.kinds import NoteKind
from dialoog_app.domain.sources import NoteSource
from dialoog_app.exchange.survey import SurveyPlan
from dialoog_app.export.model import Minutes, ScopeKind
from dialoog_app.export.survey_model import ClosedQuestion, OpenQuestion, OptionCount, SurveyResults
from dialoog_app.store.models import (
    AgendaItem,
    Base,
    DialogueTable,
    Meeting,
    Note,
    Opgave,
    OpgaveNote,
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


def _live_meetings(session: Session, meeting_ids: Sequence[str] | None) -> list[str]:
    query = select(Meeting.id).where(Meeting.deleted_at.is_(None))
    if meeting_ids is not None:
        query = query.where(Meeting.id.in_(list(meeting_ids)))
    return list(session.scalars(query))


def closed_questions(
    session: Session, meeting_ids: Sequence[str] | None = None
) -> list[ClosedQuestion]:
    """Counts and shares per option and role, questions in the survey's column order."""
    query = (
        select(
            SurveyAnswer.question,
            SurveyAnswer.role,
            SurveyAnswer.answer,
            SurveyAnswer.respondent,
            SurveyAnswer.meeting_id,
        )  # fmt: skip
        .where(
            SurveyAnswer.deleted_at.is_(None),
            SurveyAnswer.meeting_id.in_(_live_meetings(session, meeting_ids)),
        )
        .order_by(SurveyAnswer.question_position, SurveyAnswer.question)
    )
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    people: dict[str, dict[tuple[str, int], str]] = defaultdict(dict)
    for question, role, answer, respondent, meeting_id in session.execute(query):
        counts[question][answer][role] += 1
        people[question][(meeting_id, respondent)] = role
    result = []
    for question, options in counts.items():
        by_role = Counter(people[question].values())
        ordered = sorted(options.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        result.append(
            ClosedQuestion(
                question=question,
                respondents=len(people[question]),
                respondents_by_role=dict(by_role),
                options=tuple(OptionCount(a, sum(c.values()), dict(c)) for a, c in ordered),
            )
        )
    return result


def open_questions(
    session: Session, meeting_ids: Sequence[str] | None = None
) -> list[OpenQuestion]:
    """Per open question (a round of survey statements): its answers, and where they sit."""
    query = (
        select(AgendaItem.title, Opgave.title)
        .select_from(Note)
        .join(AgendaItem, AgendaItem.id == Note.agenda_item_id)
        .join(DialogueTable, DialogueTable.id == Note.table_id)
        .outerjoin(OpgaveNote, (OpgaveNote.note_id == Note.id) & OpgaveNote.deleted_at.is_(None))
        .outerjoin(Opgave, (Opgave.id == OpgaveNote.opgave_id) & Opgave.deleted_at.is_(None))
        .where(
            Note.deleted_at.is_(None),
            Note.source == NoteSource.SURVEY.value,
            DialogueTable.deleted_at.is_(None),
            DialogueTable.meeting_id.in_(_live_meetings(session, meeting_ids)),
        )
        .order_by(AgendaItem.position, Opgave.position)
    )
    answers: Counter[str] = Counter()
    placed: dict[str, Counter[str]] = defaultdict(Counter)
    for question, opgave in session.execute(query):
        answers[question] += 1
        if opgave is not None:
            placed[question][opgave] += 1
    return [OpenQuestion(q, n, tuple(placed[q].items())) for q, n in answers.items()]


def summary(ws: Workspace, meeting_ids: Sequence[str] | None = None) -> tuple[
    list[ClosedQuestion], list[OpenQuestion]
]:  # fmt: skip
    with ws.unit_of_work() as uow:
        return closed_questions(uow.session, meeting_ids), open_questions(uow.session, meeting_ids)


def with_survey(session: Session, request: Any, minutes: Minutes) -> Minutes:
    """The minutes with the survey chapter, when the scope holds survey answers (a verslag
    of one table has none)."""
    if request.scope == ScopeKind.TABLE:
        return minutes
    meeting_ids = [request.meeting_id] if request.scope == ScopeKind.MEETING else None
    results = SurveyResults(
        closed=tuple(closed_questions(session, meeting_ids)),
        open=tuple(open_questions(session, meeting_ids)),
    )
    return replace(minutes, survey=results) if results else minutes
