"""Minutes (verslag) of the project, one meeting or one table, written to Word.

One unit of work reads the rows (``minutes_read``), they become the plain minutes model
(``minutes_assembly``), and ``dialoog_app.export`` lays that out in the chosen template.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dialoog_app.domain.i18n import Text
from dialoog_app.export.charts import ChartRenderer
from dialoog_app.export.model import Minutes
from dialoog_app.export.save import check_writable
from dialoog_app.export.template import load_template
from dialoog_app.export.writer import Progress, write_docx

from .minutes_assembly import assemble
from .minutes_read import MinutesRequest, read_rows
from .reading import Readable
from .survey_read import with_survey

if TYPE_CHECKING:
    from .workspace import Workspace

# The author is never looked up from the computer's account (that leaked the account name
# into anonymised documents): the UI passes the name the user set, empty by default.
__all__ = [
    "ExportResult",
    "MinutesRequest",
    "build_minutes",
    "export_minutes",
    "write_minutes",
]


@dataclass(frozen=True)  # not pydantic: `dialoog export` does without its import
class ExportResult:
    path: Path
    warnings: tuple[Text, ...]  # e.g. a style the template lacks (the export went on)
    notes: int
    opgaven: int


def build_minutes(source: Readable, request: MinutesRequest, now: dt.datetime) -> Minutes:
    """Read everything the verslag needs in one read."""
    with source.read() as db:
        minutes = assemble(request, read_rows(db, request), now)
        return with_survey(db, request, minutes) if request.survey else minutes


def export_minutes(
    ws: Workspace,
    request: MinutesRequest,
    target: Path,
    *,
    charts: ChartRenderer,
    template: Path | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the verslag to ``target``; the template (None: built-in) is remembered."""
    result = write_minutes(
        ws, request, target, charts=charts, template=template, now=now, progress=progress
    )
    from . import export_settings

    export_settings.remember(ws, template=template, folder=result.path.parent)
    return result


def write_minutes(
    source: Readable,
    request: MinutesRequest,
    target: Path,
    *,
    charts: ChartRenderer,
    template: Path | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the verslag to ``target`` and remember nothing (``dialoog export`` reads the
    project without writing to it).

    A bad template or an unwritable target is refused before any work is done; the
    document itself is written to a temporary file and renamed (never half-written).
    ``charts`` draws the survey's charts (required: the core cannot draw them itself).
    """
    target = Path(target).absolute()
    loaded = load_template(template)
    check_writable(target)
    minutes = build_minutes(source, request, now or dt.datetime.now(dt.UTC))
    write_docx(minutes, loaded, target, progress, charts=charts)
    return ExportResult(
        path=target,
        warnings=tuple(loaded.warnings),
        notes=minutes.note_count,
        opgaven=len(minutes.opgaven),
    )
