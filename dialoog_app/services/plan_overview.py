"""What the Plan screen shows: the opgaven in priority order, each with its plan."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select

from dialoog_app.store.models import Opgave

from .plan import plans_of
from .plan_views import PlanView
from .workspace import Workspace


class PlannedOpgave(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    priority: int
    plan: PlanView


def plan_overview(ws: Workspace) -> list[PlannedOpgave]:
    """Highest priority first, then the board's order; one unit of work."""
    with ws.unit_of_work() as uow:
        rows = list(
            uow.session.execute(
                select(Opgave.id, Opgave.title, Opgave.priority)
                .where(Opgave.deleted_at.is_(None))
                .order_by(Opgave.priority.desc(), Opgave.position)
            )
        )
        plans = plans_of(uow.session, [opgave_id for opgave_id, _t, _p in rows])
        return [PlannedOpgave(id=o, title=t, priority=p, plan=plans[o]) for o, t, p in rows]
