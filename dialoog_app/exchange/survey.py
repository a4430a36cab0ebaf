"""A survey export (one row per respondent, one column per question) → answers to import.

The shape Microsoft Forms, Google Forms, LimeSurvey and KoBo all export. Columns that
describe the response rather than answer a question (ids, times, e-mail) are left out;
a question is *closed* when its answers are a few options repeated (kept as answers and
counted), else *open* (each answer becomes a statement). Every guess can be overridden.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from dialoog_app.domain.kinds import Role

from .errors import RowProblem
from .mapping import HEADER_WORDS, ROLE_WORDS, Field, fold, map_value, value_table
from .note_rows import MAX_TEXT, row_keys
from .sheet import Sheet

MAX_OPTIONS = 12  # more distinct answers than this is not a multiple-choice question

# Folded headers of the columns survey tools add about the response itself.
METADATA = frozenset(
    fold(h)
    for h in (
        "id", "response id", "respondent id", "start time", "completion time", "email",
        "e-mail", "name", "naam", "last modified time", "tijdstempel", "timestamp",
        "begintijd", "tijd van voltooien", "voltooiingstijd", "e-mailadres",
        "laatst gewijzigd", "submitdate", "lastpage", "startlanguage", "seed", "startdate",
        "datestamp", "ipaddr", "refurl", "start", "end", "today", "deviceid", "_uuid", "_id",
        "_submission_time", "_index", "_validation_status", "_status", "_submitted_by",
        "__version__", "_tags", "_notes", "ingevuld op",
    )
)  # fmt: skip


class QuestionKind(StrEnum):
    OPEN = "open"  # each answer becomes a statement
    CLOSED = "closed"  # answers kept and counted per option
    SKIP = "skip"  # not imported


@dataclass(frozen=True)
class SurveyMapping:
    questions: dict[str, QuestionKind]  # column → what it is (missing: skipped)
    role_column: str | None = None
    fixed_role: Role = Role.RESIDENT  # when there is no role column, or its cell is blank
    roles: dict[str, Role] = field(default_factory=dict)  # folded value → role


@dataclass(frozen=True)
class SurveyAnswer:
    row: int
    key: str
    question: str
    position: int  # the question's column, for the order of the chapter
    role: Role
    text: str


@dataclass(frozen=True)
class SurveyPlan:
    open_answers: tuple[SurveyAnswer, ...]
    closed_answers: tuple[SurveyAnswer, ...]
    problems: tuple[RowProblem, ...]
    respondents: int
    roles: dict[str, Role]
    unknown_roles: tuple[str, ...]
    empty_rows: int


def guess_role_column(sheet: Sheet) -> str | None:
    """A column headed like a role, else one whose answers are mostly known roles."""
    words = HEADER_WORDS[Field.ROLE]
    for column in sheet.columns:
        if fold(column) in words or any(w in fold(column).split() for w in ("rol", "role")):
            return column
    for i, column in enumerate(sheet.columns):
        values = [r.cells[i] for r in sheet.rows[:200] if r.cells[i].strip()]
        known = sum(1 for v in values if map_value(v, ROLE_WORDS, Role) is not None)
        if values and known >= 0.8 * len(values):
            return column
    return None


def guess_questions(sheet: Sheet, role_column: str | None) -> dict[str, QuestionKind]:
    kinds: dict[str, QuestionKind] = {}
    for i, column in enumerate(sheet.columns):
        if column == role_column:
            continue
        if fold(column) in METADATA:
            kinds[column] = QuestionKind.SKIP
            continue
        answers = [r.cells[i].strip() for r in sheet.rows if r.cells[i].strip()]
        if not answers:
            kinds[column] = QuestionKind.SKIP
            continue
        options = Counter(answers)
        closed = len(options) <= MAX_OPTIONS and len(options) <= max(2, len(answers) // 3)
        kinds[column] = QuestionKind.CLOSED if closed else QuestionKind.OPEN
    return kinds


def plan_survey(sheet: Sheet, mapping: SurveyMapping) -> SurveyPlan:
    role_at = sheet.column_index(mapping.role_column) if mapping.role_column else None
    roles: dict[str, Role] = {}
    unknown: list[str] = []
    if role_at is not None:
        cells = (r.cells[role_at] for r in sheet.rows)
        roles, unknown = value_table(cells, ROLE_WORDS, Role, Role.OTHER)
    roles.update(mapping.roles)
    open_answers: list[SurveyAnswer] = []
    closed_answers: list[SurveyAnswer] = []
    questions = [
        (i, c, mapping.questions.get(c, QuestionKind.SKIP)) for i, c in enumerate(sheet.columns)
    ]
    questions = [q for q in questions if q[2] is not QuestionKind.SKIP]
    keys = {c: row_keys(sheet, salt=c) for _, c, _ in questions}
    for n, row in enumerate(sheet.rows):
        role = mapping.fixed_role
        if role_at is not None and row.cells[role_at].strip():
            role = roles.get(fold(row.cells[role_at]), Role.OTHER)
        for i, column, kind in questions:
            text = row.cells[i].strip()
            if not text:
                continue  # a question left open is not an answer
            answer = SurveyAnswer(row.number, keys[column][n], column, i, role, text[:MAX_TEXT])
            (open_answers if kind is QuestionKind.OPEN else closed_answers).append(answer)
    return SurveyPlan(
        open_answers=tuple(open_answers),
        closed_answers=tuple(closed_answers),
        problems=(),
        respondents=len(sheet.rows),
        roles=roles,
        unknown_roles=tuple(unknown),
        empty_rows=sheet.empty_rows,
    )
