"""The meeting clock as a service: store a press (a timestamp), read the state at a moment.

Every read replays the stored presses (domain/agenda_clock.py); nothing counts ticks.
The moment is passed in (``now``) so tests drive two hours in milliseconds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from dialoog_app.domain.agenda_clock import (
    ClockAction,
    ClockPress,
    ClockState,
    PlannedItem,
    anchor,
    is_rehearsal,
    planned_starts,
    replay,
)
from dialoog_app.store.models import AgendaItem, ClockEvent, Meeting

from .events import Topic
from .rows import get_row
from .workspace import Workspace


class ItemTiming(BaseModel):
    """Planned against actual for one agenda item (minutes, overrun report, info JSON)."""

    model_config = ConfigDict(frozen=True)

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


def _agenda(session: Session, meeting_id: str) -> list[AgendaItem]:
    query = (
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
        .order_by(AgendaItem.position)
    )
    return list(session.scalars(query))


def _presses(session: Session, meeting_id: str) -> list[ClockPress]:
    query = (
        select(ClockEvent)
        .where(ClockEvent.meeting_id == meeting_id, ClockEvent.deleted_at.is_(None))
        .order_by(ClockEvent.at, ClockEvent.created_at)
    )
    return [
        ClockPress(e.at, ClockAction(e.action), e.agenda_item_id, e.seconds)
        for e in session.scalars(query)
    ]


def _planned(items: list[AgendaItem]) -> list[PlannedItem]:
    return [PlannedItem(i.id, i.planned_minutes * 60) for i in items]


def meeting_start(meeting: Meeting) -> datetime | None:
    """The planned start as an aware moment: the meeting's date and time are local
    wall-clock time, made aware here so planned and actual (UTC) times compare directly."""
    if meeting.date is None or meeting.start_time is None:
        return None
    return datetime.combine(meeting.date, meeting.start_time).astimezone()


class ClockSnapshot(BaseModel):
    """What a clock display needs to replay the state every second without a query."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    meeting_id: str
    meeting_title: str = ""
    items: tuple[PlannedItem, ...]
    titles: dict[str, str]
    instructions: dict[str, str]
    venues: dict[str, str] = {}
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


def snapshot_in(session: Session, meeting_id: str) -> ClockSnapshot:
    """The snapshot, read inside a unit of work the caller already has open."""
    meeting = get_row(session, Meeting, meeting_id)
    items = _agenda(session, meeting_id)
    start = meeting_start(meeting)
    end = start + timedelta(minutes=sum(i.planned_minutes for i in items)) if start else None
    return ClockSnapshot(
        meeting_id=meeting_id,
        meeting_title=meeting.title,
        items=tuple(_planned(items)),
        titles={i.id: i.title for i in items},
        instructions={i.id: i.instructions for i in items},
        venues={i.id: i.venue for i in items},
        presses=tuple(_presses(session, meeting_id)),
        planned_start=start,
        planned_end=end,
        meeting_date=meeting.date,
    )


def snapshot(ws: Workspace, meeting_id: str) -> ClockSnapshot:
    with ws.unit_of_work() as uow:
        return snapshot_in(uow.session, meeting_id)


def clock_state(ws: Workspace, meeting_id: str, now: datetime) -> ClockState:
    with ws.unit_of_work() as uow:
        items = _agenda(uow.session, meeting_id)
        return replay(_planned(items), _presses(uow.session, meeting_id), now)


def press(
    ws: Workspace,
    meeting_id: str,
    action: ClockAction,
    *,
    at: datetime,
    item_id: str | None = None,
    seconds: int = 0,
) -> tuple[str, ClockState]:
    """Record one press at ``at``; returns the stored event's id (for undo) and the state.

    The press is stored anchored to the item it acts on (``agenda_clock.anchor``), so
    editing the agenda during the meeting does not rewrite what already happened.
    """
    with ws.unit_of_work() as uow:
        get_row(uow.session, Meeting, meeting_id)
        planned = _planned(_agenda(uow.session, meeting_id))
        presses = _presses(uow.session, meeting_id)
        stored = anchor(planned, presses, ClockPress(at, action, item_id, seconds))
        event = ClockEvent(
            meeting_id=meeting_id,
            at=at,
            action=stored.action.value,
            agenda_item_id=stored.item_id,
            seconds=seconds,
            device_id=ws.store.device_id,
        )
        uow.session.add(event)
        uow.session.flush()
        uow.changed(Topic.CLOCK)
        return event.id, replay(planned, [*presses, stored], at)


def withdraw_press(ws: Workspace, event_id: str, restore: bool = False) -> None:
    """Undo (or, with ``restore``, redo) a press: its row is tombstoned, never removed."""
    with ws.unit_of_work() as uow:
        event = get_row(uow.session, ClockEvent, event_id)
        event.deleted_at = None if restore else datetime.now(UTC)
        uow.changed(Topic.CLOCK)


def reset_clock(ws: Workspace, meeting_id: str, rehearsal_only: bool = False) -> list[str]:
    """Set the clock back to "not started"; returns the withdrawn presses (for undo).

    With ``rehearsal_only`` only the presses of other days than the meeting's date go:
    the evening's own record stays as it was.
    """
    with ws.unit_of_work() as uow:
        query = select(ClockEvent).where(
            ClockEvent.meeting_id == meeting_id, ClockEvent.deleted_at.is_(None)
        )
        events = list(uow.session.scalars(query))
        if rehearsal_only:
            day = get_row(uow.session, Meeting, meeting_id).date
            events = [e for e in events if is_rehearsal(e.at, day)]
        moment = datetime.now(UTC)
        for event in events:
            event.deleted_at = moment
        uow.changed(Topic.CLOCK)
        return [e.id for e in events]


def restore_presses(ws: Workspace, event_ids: list[str]) -> None:
    """The undo of ``reset_clock``."""
    with ws.unit_of_work() as uow:
        for event_id in event_ids:
            get_row(uow.session, ClockEvent, event_id).deleted_at = None
        uow.changed(Topic.CLOCK)


def current_agenda_item_id(ws: Workspace, meeting_id: str, now: datetime) -> str | None:
    """The item running at ``now`` (notes are linked to it automatically)."""
    return clock_state(ws, meeting_id, now).current_item_id


def item_timings(ws: Workspace, meeting_id: str, now: datetime) -> list[ItemTiming]:
    """Planned against actual for every item of the meeting (report, minutes, info)."""
    return snapshot(ws, meeting_id).timings(now)


def planned_end(ws: Workspace, meeting_id: str) -> datetime | None:
    return snapshot(ws, meeting_id).planned_end
