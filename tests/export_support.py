"""Shared by the export tests and benchmark: a demo project whose meeting really ran."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dialoog_app.domain.agenda_clock import ClockAction
from dialoog_app.domain.clock import FakeClock
from dialoog_app.services import clock, meetings
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.workspace import Workspace

# Minutes each agenda item of the classic agenda actually took; the pause is skipped and
# "Dromen" gets five extra minutes, then still runs over.
ACTUAL_MINUTES = [12, 15, 34, None, 32, 25, 9]


def run_meeting_clock(ws: Workspace, meeting_id: str) -> None:
    """Press the meeting clock as a facilitator would, on a fake clock."""
    meeting = meetings.get_meeting(ws, meeting_id)
    assert meeting.date and meeting.start_time
    start = dt.datetime.combine(meeting.date, meeting.start_time).astimezone()
    fake = FakeClock(start.astimezone(dt.UTC) + dt.timedelta(minutes=2))
    snapshot = clock.snapshot(ws, meeting_id)
    items = [item.id for item in snapshot.items]
    clock.press(ws, meeting_id, ClockAction.START, at=fake.now())
    for item_id, minutes in zip(items, ACTUAL_MINUTES, strict=True):
        if minutes is None:
            clock.press(ws, meeting_id, ClockAction.SKIP, at=fake.now(), item_id=item_id)
            continue
        if minutes == 32:
            fake.advance(minutes=20)
            clock.press(ws, meeting_id, ClockAction.EXTEND, at=fake.now(), seconds=300)
            fake.advance(minutes=12)
        else:
            fake.advance(minutes=minutes)
        clock.press(ws, meeting_id, ClockAction.NEXT, at=fake.now())


def ran_demo(ws: Workspace, **sizes: int) -> str:
    """Fill ``ws`` with a demo project and run its meeting's clock; the meeting's id."""
    fill_demo(ws, **sizes)
    [meeting] = meetings.list_meetings(ws)
    run_meeting_clock(ws, meeting.id)
    return meeting.id


def docx_path(folder: Path, name: str = "verslag.docx") -> Path:
    return folder / name
