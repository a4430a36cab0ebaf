"""The meeting clock's snapshot, read with SQL: what a clock display, the info summary
and the timing report replay (services/reading.py: one read path for GUI and CLI).

Pure reading (no SQLAlchemy); services/clock.py stores the presses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from dialoog_app.domain.agenda_clock import (
    ClockPress,
    ClockState,
    PlannedItem,
    planned_starts,
    replay,
)

from . import project_rows
from .project_rows import AgendaRow
from .reading import Readable


# Frozen dataclasses, not pydantic: `dialoog info` replays the clock and must not pay
# pydantic's import (tests/test_cli_imports.py).
@dataclass(frozen=True)
class ItemTiming:
    """Planned against actual for one agenda item (minutes, overrun report, info JSON)."""

    item_id: str
    title: str
    planned_minutes: int
    planned_start: datetime | None
    actual_start: datetime | None
    actual_end: datetime | None
    active_seconds: int
    paused_seconds: int
    extended_seconds: int
    overrun_seconds: int  # positive: ran over its planned time plus extensions
    skipped: bool


class _Dated(Protocol):
    @property
    def date(self) -> date | None: ...
    @property
    def start_time(self) -> time | None: ...


def planned(items: list[AgendaRow]) -> list[PlannedItem]:
    return [PlannedItem(i.id, i.planned_minutes * 60) for i in items]


def meeting_start(meeting: _Dated) -> datetime | None:
    """The planned start as an aware moment: the meeting's date and time are local
    wall-clock time, made aware here so planned and actual (UTC) times compare directly."""
    if meeting.date is None or meeting.start_time is None:
        return None
    return datetime.combine(meeting.date, meeting.start_time).astimezone()


@dataclass(frozen=True, kw_only=True)
class ClockSnapshot:
    """What a clock display needs to replay the state every second without a query."""

    meeting_id: str
    meeting_title: str = ""
    items: tuple[PlannedItem, ...]
    titles: dict[str, str]
    instructions: dict[str, str]
    venues: dict[str, str] = field(default_factory=dict)
    presses: tuple[ClockPress, ...]
    planned_start: datetime | None = None
    planned_end: datetime | None
    meeting_date: date | None = None  # a run on another day is a rehearsal

    def state(self, now: datetime) -> ClockState:
        return replay(self.items, self.presses, now)

    def timings(self, now: datetime) -> list[ItemTiming]:
        """Planned against actual per item, as it stands at ``now``."""
        state = self.state(now)
        starts: list[datetime | None] = (
            list(planned_starts(self.planned_start, self.items))
            if self.planned_start
            else [None] * len(self.items)
        )
        timings = []
        for plan, planned_start in zip(self.items, starts, strict=True):
            run = state.runs[plan.id]
            overrun = round(run.overrun_seconds(plan.planned_seconds)) if run.started_at else 0
            timings.append(
                ItemTiming(
                    item_id=plan.id,
                    title=self.titles[plan.id],
                    planned_minutes=plan.planned_seconds // 60,
                    planned_start=planned_start,
                    actual_start=run.started_at,
                    actual_end=run.ended_at,
                    active_seconds=round(run.active_seconds),
                    paused_seconds=round(run.paused_seconds),
                    extended_seconds=run.extended_seconds,
                    overrun_seconds=max(0, overrun),
                    skipped=run.skipped,
                )
            )
        return timings


def snapshot_from(db: Any, meeting_id: str) -> ClockSnapshot:
    """The snapshot, read on a DB-API connection inside the caller's transaction."""
    meeting = project_rows.meeting(db, meeting_id)
    items = project_rows.agenda(db, [meeting_id])
    start = meeting_start(meeting)
    end = start + timedelta(minutes=sum(i.planned_minutes for i in items)) if start else None
    return ClockSnapshot(
        meeting_id=meeting_id,
        meeting_title=meeting.title,
        items=tuple(planned(items)),
        titles={i.id: i.title for i in items},
        instructions={i.id: i.instructions for i in items},
        venues={i.id: i.venue for i in items},
        presses=tuple(project_rows.presses(db, [meeting_id])[meeting_id]),
        planned_start=start,
        planned_end=end,
        meeting_date=meeting.date,
    )


def snapshot(source: Readable, meeting_id: str) -> ClockSnapshot:
    """The meeting's snapshot, in one read of its own (the clock displays' reload)."""
    with source.read() as db:
        return snapshot_from(db, meeting_id)
