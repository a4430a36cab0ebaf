"""The progress report in Word (``dialoog export PATH --document voortgang --since DATE``).

One unit of work reads the plans (``plan.plans_of``) and which table's statements went
into which opgave; what changed since the date is ``progress.changes_since``, the rule the
Voortgang view uses too. The writer has no SQL. Anonymised by design: only counts of
statements, no speakers, no quotes."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select

from dialoog_app.export.charts import ChartRenderer
from dialoog_app.export.progress_model import (
    ChangeLine,
    ProgressDocument,
    ProgressOpgave,
    TableTrace,
)
from dialoog_app.export.progress_writer import write_progress_docx
from dialoog_app.export.save import check_writable
from dialoog_app.export.template import load_template
from dialoog_app.store.models import DialogueTable, Meeting, Note, Opgave, OpgaveNote

from .plan import plans_of
from .plan_document import action_lines, indicator_lines
from .plan_views import PlanView
from .progress import changes_since, remember_export
from .workspace import Workspace


class ProgressExportResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: Path
    opgaven: int
    changes: int


def _progress(title: str, priority: int, plan: PlanView, since: dt.date) -> ProgressOpgave:
    return ProgressOpgave(
        title=title,
        priority=priority,
        changes=tuple(
            ChangeLine(
                c.on, c.kind.value, c.subject, c.status.value if c.status else "", c.value, c.unit
            )  # fmt: skip
            for c in changes_since(plan, since)
        ),
        actions=action_lines(plan),
        indicators=indicator_lines(plan),
    )


def build_progress_document(ws: Workspace, since: dt.date, now: dt.datetime) -> ProgressDocument:
    with ws.unit_of_work() as uow:
        s = uow.session
        project = ws.store.project_row(s)
        opgaven = list(
            s.execute(
                select(Opgave.id, Opgave.title, Opgave.priority)
                .where(Opgave.deleted_at.is_(None))
                .order_by(Opgave.priority.desc(), Opgave.position)
            )
        )
        plans = plans_of(s, [o for o, _t, _p in opgaven])
        per_table: Counter[tuple[str, str]] = Counter()
        for table_id, opgave_id, count in s.execute(
            select(Note.table_id, OpgaveNote.opgave_id, func.count())
            .join(Note, Note.id == OpgaveNote.note_id)
            .where(OpgaveNote.deleted_at.is_(None), Note.deleted_at.is_(None))
            .group_by(Note.table_id, OpgaveNote.opgave_id)
        ):
            per_table[(table_id, opgave_id)] = count
        tables = list(
            s.execute(
                select(DialogueTable.id, Meeting.title, DialogueTable.name)
                .join(Meeting, Meeting.id == DialogueTable.meeting_id)
                .where(DialogueTable.deleted_at.is_(None), Meeting.deleted_at.is_(None))
                .order_by(Meeting.position, DialogueTable.position)
            )
        )
        traces = []
        for table_id, meeting, name in tables:
            went = tuple(
                (title, per_table[(table_id, o)], tuple(a.what for a in plans[o].actions))
                for o, title, _p in opgaven
                if per_table[(table_id, o)]
            )
            if went:
                traces.append(TableTrace(meeting, name, went))
        return ProgressDocument(
            project_name=project.name,
            created=now,
            since=since,
            opgaven=tuple(_progress(t, p, plans[o], since) for o, t, p in opgaven),
            traces=tuple(traces),
        )


def export_progress(
    ws: Workspace,
    target: Path,
    since: dt.date,
    *,
    charts: ChartRenderer,
    template: Path | None = None,
    now: dt.datetime | None = None,
) -> ProgressExportResult:
    """Write the progress report to ``target`` (atomically, checked first); ``charts``
    draws the indicators' charts."""
    target = Path(target).absolute()
    loaded = load_template(template)
    check_writable(target)
    document = build_progress_document(ws, since, now or dt.datetime.now(dt.UTC))
    write_progress_docx(document, loaded, target, charts=charts)
    remember_export(ws, document.created.astimezone().date())  # the Voortgang view's default
    changes = sum(len(o.changes) for o in document.opgaven)
    return ProgressExportResult(path=target, opgaven=len(document.opgaven), changes=changes)
