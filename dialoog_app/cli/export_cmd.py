"""``dialoog export PATH --out FILE.docx|FILE.json …``: the verslag in Word, or the archive.

dialoog export project.dialoog --out verslag.docx
dialoog export project.dialoog --out tafel.docx --meeting "Avond 1" --table "Tafel Noord"
dialoog export project.dialoog --out verslag.docx --template huisstijl.dotx --anonymize
dialoog export project.dialoog --format json --out archief.json
dialoog export project.dialoog --document plan --out plan.docx
dialoog export project.dialoog --document voortgang --since 2027-01-01 --out voortgang.docx
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dialoog_app.domain.errors import UserError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP

from . import catalogue as i18n
from . import user_settings
from .catalogue import translate

if TYPE_CHECKING:
    from collections.abc import Sequence

    from dialoog_app.export.charts import Chart

PARTS = ("title_page", "agenda", "notes", "opgaven", "agreements", "unplaced", "survey")


class ScopeNotFoundError(UserError):
    def __init__(self, what: str, choices: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "No meeting or table “{what}” in this project. Choose from: {choices}."
            ),
            what=what,
            choices=", ".join(choices) or "—",
        )


class AmbiguousScopeError(UserError):
    def __init__(self, what: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{what}” is the name of more than one meeting or table; give its id, "
                "or name the meeting with --meeting.",
            ),
            what=what,
        )


class _QtCharts:
    """The documents' charts painted by Qt (``ui/document_charts.py``), loaded at the first
    chart: a verslag without a survey is written without Qt."""

    def render(self, charts: Sequence[Chart]) -> list[bytes]:
        from dialoog_app.ui.document_charts import QtChartRenderer

        return QtChartRenderer().render(charts)


def _pick(items: list[Any], wanted: str, label: str) -> Any:
    """By id, else by title/name (ignoring case and surrounding spaces)."""
    by_id = [i for i in items if i.id == wanted]
    if by_id:
        return by_id[0]
    key = wanted.strip().casefold()
    named = [i for i in items if getattr(i, label).strip().casefold() == key]
    if len(named) > 1:
        raise AmbiguousScopeError(wanted)
    if not named:
        raise ScopeNotFoundError(wanted, [getattr(i, label) for i in items])
    return named[0]


def _scope(db: Any, args: argparse.Namespace) -> dict[str, Any]:
    # Imported here: parsing any command registers this one, and `info` needs no export.
    from dialoog_app.export.model import ScopeKind
    from dialoog_app.services import project_rows

    if not args.meeting and not args.table:
        return {"scope": ScopeKind.PROJECT}
    all_meetings = project_rows.meetings(db)
    chosen = [_pick(all_meetings, args.meeting, "title")] if args.meeting else all_meetings
    if not args.table:
        return {"scope": ScopeKind.MEETING, "meeting_id": chosen[0].id}
    table = _pick(project_rows.tables(db, [m.id for m in chosen]), args.table, "name")
    return {"scope": ScopeKind.TABLE, "table_id": table.id}


def run_export(args: argparse.Namespace) -> int:
    """The verslag or the archive, read without writing to the project (nothing is
    remembered: the dialog's last template and folder are the GUI's)."""
    from dialoog_app.services.reading import anonymise_by_default, open_for_reading

    out = Path(args.out)
    kind = args.format or ("json" if out.suffix.lower() == ".json" else "docx")
    if kind == "docx" and args.document in ("plan", "voortgang"):
        return _export_plan(out, args)
    project = open_for_reading(Path(args.path))
    try:
        with project.read() as db:
            anonymise = args.anonymize or anonymise_by_default(db)
            scope = _scope(db, args) if kind == "docx" else {}
        if kind == "json":
            from dialoog_app.services import archive

            archive.export_archive(project, out, anonymise=anonymise)
            print(translate("Cli", "Archive written: {path}").format(path=out.absolute()))
            return 0
        from dialoog_app.services import minutes

        left_out = set(args.without or [])
        parts: dict[str, Any] = {part: part not in left_out for part in PARTS}
        request = minutes.MinutesRequest(
            **scope,
            **parts,
            anonymise=anonymise,
            author=user_settings.author_name(),
        )
        template = Path(args.template) if args.template else None
        result = minutes.write_minutes(project, request, out, charts=_QtCharts(), template=template)
    finally:
        project.close()
    for warning in result.warnings:
        print(
            translate("Cli", "dialoog: note: {message}").format(message=i18n.text(warning)),
            file=sys.stderr,
        )
    print(
        translate("Cli", "Minutes written: {path} ({notes} notes, {opgaven} opgaven)").format(
            path=result.path, notes=result.notes, opgaven=result.opgaven
        )
    )
    return 0


def _export_plan(out: Path, args: argparse.Namespace) -> int:
    """The plan of action, or the progress report since ``--since`` (default: a year ago),
    still read through the workspace (the ORM's plan views)."""
    from dialoog_app.services.workspace import open_workspace

    ws = open_workspace(Path(args.path))
    try:
        return _write_plan(ws, out, args)
    finally:
        ws.close()


def _write_plan(ws: Any, out: Path, args: argparse.Namespace) -> int:
    template = Path(args.template) if args.template else None
    if args.document == "voortgang":
        from dialoog_app.services.progress_document import export_progress

        since = args.since or dt.date.today() - dt.timedelta(days=365)
        progress = export_progress(ws, out, since, charts=_QtCharts(), template=template)
        print(
            translate(
                "Cli", "Progress report written: {path} ({opgaven} opgaven, {changes} changes)"
            ).format(path=progress.path, opgaven=progress.opgaven, changes=progress.changes)
        )
        return 0
    from dialoog_app.services.plan_document import export_plan

    # The name the user set for documents, never the computer account (privacy).
    result = export_plan(ws, out, template=template, author=user_settings.author_name())
    print(
        translate(
            "Cli", "Plan of action written: {path} ({opgaven} opgaven, {actions} actions)"
        ).format(path=result.path, opgaven=result.opgaven, actions=result.actions)
    )
    return 0


def _date(typed: str) -> dt.date:
    try:
        return dt.date.fromisoformat(typed.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{typed}” is not a date; write it as 2027-04-30").format(typed=typed)
        ) from None


def register(sub: Any) -> None:
    export = sub.add_parser(
        "export", help=translate("Cli", "write the minutes in Word, or the project as JSON")
    )
    export.add_argument("path", help=translate("Cli", "the project file (.dialoog)"))
    export.add_argument(
        "--out", required=True, help=translate("Cli", "the document to write (.docx or .json)")
    )
    export.add_argument(
        "--format",
        choices=["docx", "json"],
        help=translate("Cli", "docx (the minutes) or json (the whole project); default: by --out"),
    )
    export.add_argument(
        "--document",
        choices=["verslag", "plan", "voortgang"],
        default="verslag",
        help=translate(
            "Cli", "verslag (the minutes, default), plan (the plan of action) or voortgang"
        ),
    )
    export.add_argument(
        "--since",
        type=_date,
        metavar="DATE",
        help=translate("Cli", "voortgang: the changes since this date (2027-04-30)"),
    )
    export.add_argument(
        "--meeting", metavar="TITLE_OR_ID", help=translate("Cli", "only this meeting")
    )
    export.add_argument("--table", metavar="NAME_OR_ID", help=translate("Cli", "only this table"))
    export.add_argument(
        "--template",
        metavar="FILE",
        help=translate("Cli", "a Word template (.docx or .dotx) in your house style"),
    )
    export.add_argument(
        "--anonymize",
        action="store_true",
        help=translate(
            "Cli",
            "leave out speakers' pseudonyms and initials and gespreksleider names (roles "
            "stay); the default when the project says so",
        ),
    )
    export.add_argument(
        "--without",
        action="append",
        choices=PARTS,
        metavar="PART",
        help=translate("Cli", "leave a part out (repeatable): {parts}").format(
            parts=", ".join(PARTS)
        ),
    )
    export.set_defaults(run=run_export)
