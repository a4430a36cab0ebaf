"""The survey's results for the board, the summary and the verslag's chapter: SQL on a
DB-API connection (services/reading.py), so ``dialoog export`` needs no SQLAlchemy."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from dialoog_app.domain.sources import NoteSource
from dialoog_app.export.model import Minutes, ScopeKind
from dialoog_app.export.survey_model import ClosedQuestion, OpenQuestion, OptionCount, SurveyResults

from .project_rows import marks


def _live_meetings(db: Any, meeting_ids: Sequence[str] | None) -> list[str]:
    sql = "SELECT id FROM meeting WHERE deleted_at IS NULL"
    if meeting_ids is None:
        return [row[0] for row in db.execute(sql)]
    wanted = list(meeting_ids)
    return [row[0] for row in db.execute(f"{sql} AND id IN ({marks(wanted)})", wanted)]


def closed_questions(db: Any, meeting_ids: Sequence[str] | None = None) -> list[ClosedQuestion]:
    """Counts and shares per option and role, questions in the survey's column order."""
    meetings = _live_meetings(db, meeting_ids)
    rows = db.execute(
        "SELECT question, role, answer, respondent, meeting_id FROM survey_answer"
        f" WHERE deleted_at IS NULL AND meeting_id IN ({marks(meetings)})"
        " ORDER BY question_position, question",
        meetings,
    )
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    people: dict[str, dict[tuple[str, int], str]] = defaultdict(dict)
    for question, role, answer, respondent, meeting_id in rows:
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


def open_questions(db: Any, meeting_ids: Sequence[str] | None = None) -> list[OpenQuestion]:
    """Per open question (a round of survey statements): its answers, and where they sit."""
    meetings = _live_meetings(db, meeting_ids)
    rows = db.execute(
        "SELECT a.title, o.title FROM note n"
        " JOIN agenda_item a ON a.id = n.agenda_item_id"
        " JOIN dialogue_table t ON t.id = n.table_id"
        " LEFT OUTER JOIN opgave_note p ON p.note_id = n.id AND p.deleted_at IS NULL"
        " LEFT OUTER JOIN opgave o ON o.id = p.opgave_id AND o.deleted_at IS NULL"
        " WHERE n.deleted_at IS NULL AND n.source = ? AND t.deleted_at IS NULL"
        f" AND t.meeting_id IN ({marks(meetings)})"
        " ORDER BY a.position, o.position",
        [NoteSource.SURVEY.value, *meetings],
    )
    answers: Counter[str] = Counter()
    placed: dict[str, Counter[str]] = defaultdict(Counter)
    for question, opgave in rows:
        answers[question] += 1
        if opgave is not None:
            placed[question][opgave] += 1
    return [OpenQuestion(q, n, tuple(placed[q].items())) for q, n in answers.items()]


def with_survey(db: Any, request: Any, minutes: Minutes) -> Minutes:
    """The minutes with the survey chapter, when the scope holds survey answers (a verslag
    of one table has none)."""
    if request.scope == ScopeKind.TABLE:
        return minutes
    meeting_ids = [request.meeting_id] if request.scope == ScopeKind.MEETING else None
    results = SurveyResults(
        closed=tuple(closed_questions(db, meeting_ids)),
        open=tuple(open_questions(db, meeting_ids)),
    )
    return minutes._replace(survey=results) if results else minutes
