"""``dialoog import PROJECT FILE --meeting TITLE …``: notes or a survey from CSV/Excel.

dialoog import putten.dialoog tafel3.xlsx --meeting "Avond 1" --table "Tafel 3"
dialoog import putten.dialoog notities.csv --meeting "Avond 1" --map text=Opmerking,table=Groep
dialoog import putten.dialoog enquete.csv --meeting "Enquête" --survey --role-column "Ik ben"
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.domain.kinds import ROLE_LABELS, Role
from dialoog_app.domain.sources import CLI_NAMES, NoteSource
from dialoog_app.exchange.errors import RowProblem, SpreadsheetError
from dialoog_app.exchange.mapping import Field, guess_columns

from . import catalogue as i18n
from . import survey_cmd
from .catalogue import translate
from .export_cmd import ScopeNotFoundError
from .export_cmd import _pick as pick_by_name


class BadMappingError(SpreadsheetError):
    def __init__(self, item: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{item}” is not a mapping; write FIELD=COLUMN with FIELD one of: {fields}.",
            ),
            item=item,
            fields=", ".join(f.value for f in Field),
        )


def parse_map(value: str | None) -> dict[Field, str]:
    columns: dict[Field, str] = {}
    for item in (value or "").split(","):
        if not item.strip():
            continue
        name, sep, column = item.partition("=")
        try:
            columns[Field(name.strip().lower())] = column.strip()
        except ValueError:
            raise BadMappingError(item) from None
        if not sep or not column.strip():
            raise BadMappingError(item)
    return columns


def report_problems(problems: tuple[RowProblem, ...]) -> None:
    for found in problems:
        print(
            translate("Cli", "dialoog: row {row} not imported: {reason}").format(
                row=found.row, reason=i18n.text(found.reason)
            ),
            file=sys.stderr,
        )


def _read(args: argparse.Namespace) -> Any:
    from dialoog_app.exchange.sheet import ReadOptions, read_sheet

    has_header = {None: None, "yes": True, "no": False}[args.header]
    delimiter = "\t" if args.delimiter in ("tab", "\\t") else args.delimiter
    options = ReadOptions(
        encoding=args.encoding, delimiter=delimiter, has_header=has_header, sheet=args.sheet
    )
    return read_sheet(Path(args.file), options)


def run_import(args: argparse.Namespace) -> int:
    from dialoog_app.services import meetings
    from dialoog_app.services.workspace import open_workspace

    sheet = _read(args)  # before opening the project: a bad file leaves it untouched
    ws = open_workspace(Path(args.path))
    try:
        try:
            meeting = pick_by_name(meetings.list_meetings(ws), args.meeting, "title")
        except ScopeNotFoundError:
            if not args.survey:
                raise
            # A survey is usually its own "meeting" (the enquête): made when first imported.
            meeting = meetings.add_meeting(ws, args.meeting)
        if args.survey:
            return survey_cmd.run_survey(ws, sheet, meeting, args)
        return _run_notes(ws, sheet, meeting, args)
    finally:
        ws.close()


def _run_notes(ws: Any, sheet: Any, meeting: Any, args: argparse.Namespace) -> int:
    from dialoog_app.exchange.note_rows import NoteMapping, plan_notes
    from dialoog_app.services.importing import import_notes

    columns = guess_columns(sheet.columns, [r.cells for r in sheet.rows[:50]])
    columns.update(parse_map(args.map))
    plan = plan_notes(sheet, NoteMapping(columns), day=meeting.date)
    for value in plan.unknown_roles:
        role = plan.roles.get(_fold(value), Role.OTHER)
        print(
            translate("Cli", "dialoog: note: unknown role “{value}” imported as {role}").format(
                value=value, role=i18n.translate("Vocabulary", ROLE_LABELS[role])
            ),
            file=sys.stderr,
        )
    for value in plan.unknown_kinds:
        print(
            translate("Cli", "dialoog: note: unknown kind “{value}” imported as statement").format(
                value=value
            ),
            file=sys.stderr,
        )
    result = import_notes(
        ws,
        plan,
        meeting.id,
        table=args.table or Path(args.file).stem,
        source=CLI_NAMES.get(args.source, NoteSource.MINUTES),
    )
    report_problems(result.problems)
    print(
        translate(
            "Cli",
            "Imported into “{meeting}” — notes: {added}, already there: {there}, "
            "rows not imported: {problems}.",
        ).format(
            added=result.added,
            meeting=meeting.title,
            there=result.already_there,
            problems=len(result.problems),
        )
    )
    return 0


def _fold(value: str) -> str:
    from dialoog_app.exchange.mapping import fold

    return fold(value)


def register(sub: Any) -> None:
    cmd = sub.add_parser(
        "import", help=translate("Cli", "import notes or a survey from a CSV or Excel file")
    )
    cmd.add_argument("path", help=translate("Cli", "the project file to import into"))
    cmd.add_argument("file", help=translate("Cli", "a .csv or .xlsx file"))
    cmd.add_argument(
        "--meeting",
        required=True,
        metavar="TITLE_OR_ID",
        help=translate("Cli", "into this meeting"),
    )
    cmd.add_argument(
        "--table",
        metavar="NAME",
        help=translate("Cli", "the table for rows that name none (default: the file's name)"),
    )
    cmd.add_argument(
        "--map",
        metavar="FIELD=COLUMN,…",
        help=translate("Cli", "which column is which (guessed from the headers): {fields}").format(
            fields=", ".join(f.value for f in Field)
        ),
    )
    cmd.add_argument(
        "--source",
        choices=sorted(CLI_NAMES),
        default="verslag",
        help=translate("Cli", "where the notes come from (default: verslag)"),
    )
    cmd.add_argument("--sheet", metavar="NAME", help=translate("Cli", "the sheet of a workbook"))
    cmd.add_argument("--encoding", help=translate("Cli", "e.g. cp1252 or utf-8 (detected)"))
    cmd.add_argument("--delimiter", help=translate("Cli", "; or , or tab (detected)"))
    cmd.add_argument("--header", choices=["yes", "no"], help=translate("Cli", "(detected)"))
    cmd.add_argument(
        "--survey",
        action="store_true",
        help=translate("Cli", "one row per respondent, one column per question"),
    )
    survey_cmd.register_options(cmd)
    cmd.set_defaults(run=run_import)
