"""Minutes (verslag) of the project, one meeting or one table, written to Word.

One unit of work reads the rows (``minutes_read``), they become the plain minutes model
(``minutes_assembly``), and ``dialoog_app.export`` lays that out in the chosen template.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from dialoog_app.domain.i18n import Text
from dialoog_app.export.model import Minutes
from dialoog_app.export.save import check_writable
from dialoog_app.export.template import load_template
from dialoog_app.export.writer import Progress, write_docx

from . import export_settings
from .minutes_assembly import assemble
from .minutes_read import MinutesRequest, read_rows
from .surveys import with_survey
from .workspace import Workspace

# The author is never looked up from the computer's account (that leaked the account name
# into anonymised documents): the UI passes the name the user set, empty by default.
__all__ = ["ExportResult", "MinutesRequest", "build_minutes", "export_minutes"]


class ExportResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: Path
    warnings: tuple[Text, ...]  # e.g. a style the template lacks (the export went on)
    notes: int
    opgaven: int


def build_minutes(ws: Workspace, request: MinutesRequest, now: dt.datetime) -> Minutes:
    """Read everything the verslag needs in one unit of work."""
    with ws.unit_of_work() as uow:
        rows = read_rows(uow.session, ws.store.project_row(uow.session), request)
        minutes = assemble(request, rows, now)
        return with_survey(uow.session, request, minutes) if request.survey else minutes


def export_minutes(
    ws: Workspace,
    request: MinutesRequest,
    target: Path,
    *,
    template: Path | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the verslag to ``target``; the template (None: built-in) is remembered.

    A bad template or an unwritable target is refused before any work is done; the
    document itself is written to a temporary file and renamed (never half-written).
    """
    target = Path(target).absolute()
    loaded = load_template(template)
    check_writable(target)
    minutes = build_minutes(ws, request, now or dt.datetime.now(dt.UTC))
    write_docx(minutes, loaded, target, progress)
    export_settings.remember(ws, template=template, folder=target.parent)
    return ExportResult(
        path=target,
        warnings=tuple(loaded.warnings),
        notes=minutes.note_count,
        opgaven=len(minutes.opgaven),
    )
