"""The plan of action in Word (``dialoog export PATH --document plan``): the project's
opgaven in priority order with their statements, votes, goal, indicators and actions.

One unit of work reads everything into ``export/plan_model.py``'s values; the writer has
no SQL. Statements are quoted without speakers (the plan goes to the council)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from dialoog_app.domain.kinds import NoteKind
from dialoog_app.export.plan_model import (
    ActionLine,
    IndicatorLine,
    PlanDocument,
    PlanOpgave,
    VoteLine,
)
from dialoog_app.export.plan_writer import write_plan_docx
from dialoog_app.export.save import check_writable
from dialoog_app.export.template import load_template
from dialoog_app.store.models import Note, Opgave, OpgaveNote
from dialoog_app.store.plan_models import VoteRound

from .plan import plans_of
from .plan_views import PlanView
from .votes import ranking_in
from .workspace import Workspace

QUOTES = 3  # a few voices, not the appendix: the verslag holds them all


class PlanExportResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: Path
    opgaven: int
    actions: int


def _statements(session: Session) -> dict[str, list[tuple[str, str, str, bool, str]]]:
    """Per opgave its live statements in board order: (text, role, kind, starred, table)."""
    rows: dict[str, list[tuple[str, str, str, bool, str]]] = defaultdict(list)
    query = (
        select(OpgaveNote.opgave_id, Note.text, Note.role, Note.kind, Note.starred, Note.table_id)
        .join(Note, Note.id == OpgaveNote.note_id)
        .where(OpgaveNote.deleted_at.is_(None), Note.deleted_at.is_(None))
        .order_by(OpgaveNote.opgave_id, OpgaveNote.position)
    )
    for opgave_id, text, role, kind, starred, table_id in session.execute(query):
        rows[opgave_id].append((text, role, kind, starred, table_id))
    return rows


def _quotes(statements: list[tuple[str, str, str, bool, str]]) -> tuple[str, ...]:
    # Quotes and starred notes first: what the table itself marked as worth repeating.
    ordered = sorted(statements, key=lambda s: (s[2] != NoteKind.QUOTE.value, not s[3]))
    return tuple(" ".join(s[0].split()) for s in ordered[:QUOTES])


def indicator_lines(plan: PlanView) -> tuple[IndicatorLine, ...]:
    """An opgave's indicators for a document, each with its latest measurement."""
    return tuple(
        IndicatorLine(
            i.name,
            i.unit,
            i.baseline,
            i.target,
            i.target_date,
            i.measurements[-1].value if i.measurements else None,
            i.measurements[-1].measured_on if i.measurements else None,
            tuple((m.measured_on, m.value) for m in i.measurements),
        )  # fmt: skip
        for i in plan.indicators
    )


def action_lines(plan: PlanView) -> tuple[ActionLine, ...]:
    return tuple(
        ActionLine(a.what, a.owner, a.partners, a.starts_on, a.ends_on, a.status.value)
        for a in plan.actions
    )


def build_plan_document(ws: Workspace, now: dt.datetime, author: str = "") -> PlanDocument:
    with ws.unit_of_work() as uow:
        s = uow.session
        project = ws.store.project_row(s)
        opgaven = list(
            s.scalars(
                select(Opgave)
                .where(Opgave.deleted_at.is_(None))
                .order_by(Opgave.priority.desc(), Opgave.position)
            )
        )
        statements = _statements(s)
        votes: dict[str, list[VoteLine]] = defaultdict(list)
        rounds = s.scalars(
            select(VoteRound).where(VoteRound.deleted_at.is_(None)).order_by(VoteRound.position)
        )
        for vote_round in rounds:
            lines = ranking_in(s, vote_round.id)
            shared = Counter(line.rank for line in lines)
            for line in lines:
                votes[line.opgave_id].append(
                    VoteLine(vote_round.name, vote_round.held_on, line.total, line.rank,
                             shared[line.rank] > 1)
                )  # fmt: skip
        plans = plans_of(s, [o.id for o in opgaven])
        parts = []
        for opgave in opgaven:
            plan = plans[opgave.id]
            said = statements.get(opgave.id, [])
            parts.append(
                PlanOpgave(
                    title=opgave.title,
                    priority=opgave.priority,
                    problem=opgave.problem,
                    desired_situation=opgave.desired_situation,
                    statements=len(said),
                    statements_by_role=dict(Counter(role for _t, role, *_ in said)),
                    tables=len({row[4] for row in said}),
                    quotes=_quotes(said),
                    votes=tuple(votes.get(opgave.id, ())),
                    goal=plan.goal,
                    effect=plan.effect,
                    years=plan.years,
                    budget_line=plan.budget_line,
                    indicators=indicator_lines(plan),
                    actions=action_lines(plan),
                    experts=tuple((e.organisation, e.role) for e in plan.experts),
                )
            )
        return PlanDocument(project.name, now, author, tuple(parts))


def export_plan(
    ws: Workspace,
    target: Path,
    *,
    template: Path | None = None,
    author: str = "",
    now: dt.datetime | None = None,
) -> PlanExportResult:
    """Write the plan of action to ``target`` (atomically); template and target are checked
    before any work is done, as for the verslag."""
    target = Path(target).absolute()
    loaded = load_template(template)
    check_writable(target)
    document = build_plan_document(ws, now or dt.datetime.now(dt.UTC), author)
    write_plan_docx(document, loaded, target)
    return PlanExportResult(
        path=target,
        opgaven=len(document.opgaven),
        actions=sum(len(o.actions) for o in document.opgaven),
    )
