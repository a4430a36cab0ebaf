"""What the Plan screen shows: the opgaven in priority order, each with its plan."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from .plan_read import PLANNED_OPGAVEN, plans_read
from .plan_views import PlanView
from .reading import Readable


class PlannedOpgave(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    priority: int
    plan: PlanView


def plan_overview(source: Readable) -> list[PlannedOpgave]:
    """Highest priority first, then the board's order; one read (SQL, services/reading.py)."""
    with source.read() as db:
        rows = list(db.execute(PLANNED_OPGAVEN))
        plans = plans_read(db, [opgave_id for opgave_id, _t, _p in rows])
        return [PlannedOpgave(id=o, title=t, priority=p, plan=plans[o]) for o, t, p in rows]
