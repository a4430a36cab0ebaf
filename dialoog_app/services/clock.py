"""The meeting clock as a service: store a press (a timestamp), read the state at a moment.

Every read replays the stored presses (domain/agenda_clock.py); nothing counts ticks.
The moment is passed in (``now``) so tests drive two hours in milliseconds.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialoog_app.domain.agenda_clock import (
    ClockAction,
    ClockPress,
    ClockState,
    anchor,
    is_rehearsal,
    replay,
)
from dialoog_app.store.models import ClockEvent, Meeting

from . import project_rows
from .clock_read import ItemTiming, planned
from .clock_read import snapshot as snapshot
from .events import Topic
from .project_rows import AgendaRow
from .rows import get_row
from .workspace import Workspace


def _db(session: Session) -> Any:
    """The session's DB-API connection for the SQL readers, with its changes flushed."""
    session.flush()
    return session.connection().connection.driver_connection


def _agenda(session: Session, meeting_id: str) -> list[AgendaRow]:
    return project_rows.agenda(_db(session), [meeting_id])


def _presses(session: Session, meeting_id: str) -> list[ClockPress]:
    return project_rows.presses(_db(session), [meeting_id])[meeting_id]


def clock_state(ws: Workspace, meeting_id: str, now: datetime) -> ClockState:
    with ws.unit_of_work() as uow:
        items = _agenda(uow.session, meeting_id)
        return replay(planned(items), _presses(uow.session, meeting_id), now)


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
        plan = planned(_agenda(uow.session, meeting_id))
        presses = _presses(uow.session, meeting_id)
        stored = anchor(plan, presses, ClockPress(at, action, item_id, seconds))
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
        return event.id, replay(plan, [*presses, stored], at)


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
