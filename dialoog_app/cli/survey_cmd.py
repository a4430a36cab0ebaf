"""``dialoog import … --survey``: a survey export's open and closed questions."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from dialoog_app.domain.kinds import ROLE_LABELS, Role
from dialoog_app.exchange.errors import UnknownColumnError

from . import catalogue as i18n
from .catalogue import translate


def _column(sheet: Any, name: str) -> str:
    for column in sheet.columns:
        if column.casefold() == name.strip().casefold():
            return str(column)
    raise UnknownColumnError(name, list(sheet.columns))


def run_survey(ws: Any, sheet: Any, meeting: Any, args: argparse.Namespace) -> int:
    # Imported here: every command registers this one's options, few import a survey.
    from dialoog_app.exchange.survey import (
        QuestionKind,
        SurveyMapping,
        guess_questions,
        guess_role_column,
        plan_survey,
    )
    from dialoog_app.services.surveys import import_survey

    if args.role:
        role_column = None
    elif args.role_column:
        role_column = _column(sheet, args.role_column)
    else:
        role_column = guess_role_column(sheet)
    questions = guess_questions(sheet, role_column)
    for option, kind in (("open", QuestionKind.OPEN), ("closed", QuestionKind.CLOSED)):
        for name in getattr(args, option) or []:
            questions[_column(sheet, name)] = kind
    for column, kind in questions.items():
        label = {
            QuestionKind.OPEN: translate("Cli", "open question"),
            QuestionKind.CLOSED: translate("Cli", "closed question"),
            QuestionKind.SKIP: translate("Cli", "not imported"),
        }[kind]
        print(f"  {column}: {label}", file=sys.stderr)
    mapping = SurveyMapping(
        questions=questions,
        role_column=role_column,
        fixed_role=Role(args.role) if args.role else Role.RESIDENT,
    )
    plan = plan_survey(sheet, mapping)
    for value in plan.unknown_roles:
        print(
            translate("Cli", "dialoog: note: unknown role “{value}” imported as {role}").format(
                value=value, role=i18n.translate("Vocabulary", ROLE_LABELS[Role.OTHER])
            ),
            file=sys.stderr,
        )
    result = import_survey(ws, plan, meeting.id, table=args.table or "Enquête")
    print(
        translate(
            "Cli",
            "Survey imported into “{meeting}” — respondents: {respondents}, statements: "
            "{statements}, closed answers: {answers}, already there: {there}.",
        ).format(
            meeting=meeting.title,
            respondents=result.respondents,
            statements=result.statements_added,
            answers=result.answers_added,
            there=result.already_there,
        )
    )
    return 0


def register_options(cmd: Any) -> None:
    cmd.add_argument(
        "--role-column", metavar="COLUMN", help=translate("Cli", "survey: the respondents' role")
    )
    cmd.add_argument(
        "--role",
        choices=[r.value for r in Role],
        help=translate("Cli", "survey: one role for every respondent"),
    )
    cmd.add_argument(
        "--open", action="append", metavar="COLUMN",
        help=translate("Cli", "survey: an open question (repeatable; guessed otherwise)"),
    )  # fmt: skip
    cmd.add_argument(
        "--closed", action="append", metavar="COLUMN",
        help=translate("Cli", "survey: a closed question (repeatable; guessed otherwise)"),
    )  # fmt: skip
