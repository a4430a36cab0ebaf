"""A whole two-hour evening on a fake clock, through the services, to the second.

Pauses, extensions, a skipped break, a skipped round, a restart of the app and edits to the
agenda while it runs: every recorded start and end must come out exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from dialoog_app.domain.agenda_clock import (
    ClockAction,
    ClockPress,
    ClockStatus,
    PlannedItem,
    anchor,
    format_countdown,
    replay,
)
from dialoog_app.domain.clock import FakeClock
from dialoog_app.services import agenda, clock, meetings
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.workspace import Workspace

A = ClockAction


def _evening(ws: Workspace) -> tuple[str, datetime, list[str]]:
    fill_demo(ws, notes=0, opgaven=0)
    meeting = meetings.list_meetings(ws)[0]
    assert meeting.date and meeting.start_time
    start = datetime.combine(meeting.date, meeting.start_time).astimezone()
    return meeting.id, start, [i.id for i in agenda.list_items(ws, meeting.id)]


def test_a_full_evening_to_the_second(
    workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    ws = workspace
    meeting_id, t0, ids = _evening(ws)
    welkom, kennis, ervaring, pauze, dromen, doen, oogst = ids
    fake = FakeClock(t0)

    def at(minutes: int, seconds: int = 0) -> datetime:
        fake.set(t0 + timedelta(minutes=minutes, seconds=seconds))
        return fake.now()

    def press(action: ClockAction, **kw: object) -> None:
        clock.press(ws, meeting_id, action, at=fake.now(), **kw)  # type: ignore[arg-type]

    at(0)
    press(A.START)
    at(12, 30)
    press(A.NEXT)  # welkom: 2:30 over
    at(20)
    press(A.PAUSE)
    at(24)
    press(A.RESUME)
    at(30)
    press(A.EXTEND, seconds=300)
    state = clock.clock_state(ws, meeting_id, at(33))
    assert state.current_item_id == kennis and format_countdown(state.remaining_seconds) == "03:30"
    at(35, 10)
    press(A.NEXT)  # kennis: 18:40 active of 20:00 allowed, 4:00 paused
    at(50)
    press(A.SKIP, item_id=pauze)  # no break tonight
    at(67, 10)
    press(A.NEXT)  # ervaring 32:00 → straight on to dromen

    at(75)
    ws.close()  # the laptop's battery dies mid-round
    ws = reopen()
    state = clock.clock_state(ws, meeting_id, fake.now())
    assert state.current_item_id == dromen and state.status == ClockStatus.RUNNING
    assert state.elapsed_seconds == 7 * 60 + 50
    assert format_countdown(state.remaining_seconds) == "17:10"
    # Projected end: 17:10 of dromen, then doen 25 and oogst 10 (the break is skipped).
    assert state.projected_end == fake.now() + timedelta(minutes=17 + 25 + 10, seconds=10)

    at(80)
    press(A.EXTEND, seconds=60)
    at(94, 10)
    press(A.NEXT)  # dromen: 27:00 of 26:00 allowed
    at(100)
    press(A.SKIP)  # doen is skipped after six minutes: the room needs the harvest
    at(112, 30)
    press(A.NEXT)  # the last item: stored as FINISH
    end = clock.clock_state(ws, meeting_id, at(130))
    assert end.status == ClockStatus.FINISHED

    timings = {t.item_id: t for t in clock.item_timings(ws, meeting_id, fake.now())}

    def moment(minutes: int, seconds: int = 0) -> datetime:
        return t0 + timedelta(minutes=minutes, seconds=seconds)

    expected = {
        welkom: (moment(0), moment(12, 30), 750, 0, 0, 150, False),
        kennis: (moment(12, 30), moment(35, 10), 1120, 240, 300, 0, False),
        ervaring: (moment(35, 10), moment(67, 10), 1920, 0, 0, 120, False),
        pauze: (None, None, 0, 0, 0, 0, True),
        dromen: (moment(67, 10), moment(94, 10), 1620, 0, 60, 60, False),
        doen: (moment(94, 10), moment(100), 350, 0, 0, 0, True),
        oogst: (moment(100), moment(112, 30), 750, 0, 0, 150, False),
    }
    actual = {
        item_id: (
            t.actual_start,
            t.actual_end,
            t.active_seconds,
            t.paused_seconds,
            t.extended_seconds,
            t.overrun_seconds,
            t.skipped,
        )
        for item_id, t in timings.items()
    }
    assert actual == expected
    planned = [timings[i].planned_start for i in ids]
    assert planned[0] == t0 and planned[-1] == t0 + timedelta(minutes=110)


def test_editing_the_agenda_mid_meeting_does_not_rewrite_what_happened(
    workspace: Workspace,
) -> None:
    meeting_id, t0, ids = _evening(workspace)
    welkom, kennis, ervaring, pauze, dromen, *_ = ids
    clock.press(workspace, meeting_id, A.START, at=t0)
    clock.press(workspace, meeting_id, A.NEXT, at=t0 + timedelta(minutes=10))
    clock.press(workspace, meeting_id, A.NEXT, at=t0 + timedelta(minutes=25))
    now = t0 + timedelta(minutes=30)
    assert clock.clock_state(workspace, meeting_id, now).current_item_id == ervaring

    # Dromen moved before the round that runs, the break removed, a new item at the end.
    agenda.move_item(workspace, dromen, 1)
    agenda.delete_item(workspace, pauze)
    agenda.add_item(workspace, meeting_id, "Napraten", planned_minutes=15)
    state = clock.clock_state(workspace, meeting_id, now)
    assert state.current_item_id == ervaring and state.elapsed_seconds == 5 * 60
    runs = state.runs
    assert runs[dromen].started_at is None
    assert (runs[kennis].started_at, runs[kennis].ended_at) == (
        t0 + timedelta(minutes=10),
        t0 + timedelta(minutes=25),
    )
    # Even the item that started it all may go: the rest still replays in place.
    agenda.delete_item(workspace, welkom)
    assert clock.clock_state(workspace, meeting_id, now).current_item_id == ervaring


def test_next_on_the_last_item_finishes_the_meeting_for_good() -> None:
    t0 = datetime(2023, 4, 11, 17, 0).astimezone()
    items = [PlannedItem("a", 600), PlannedItem("b", 600)]
    presses = [anchor(items, [], ClockPress(t0, A.START))]
    presses.append(anchor(items, presses, ClockPress(t0 + timedelta(minutes=5), A.NEXT)))
    last = anchor(items, presses, ClockPress(t0 + timedelta(minutes=9), A.NEXT))
    assert last.action == A.FINISH
    presses.append(last)
    later = [*items, PlannedItem("c", 600)]  # an item added after the meeting ended
    state = replay(later, presses, t0 + timedelta(minutes=20))
    assert state.status == ClockStatus.FINISHED and state.runs["c"].started_at is None


def test_go_to_an_item_and_back() -> None:
    t0 = datetime(2023, 4, 11, 17, 0).astimezone()
    items = [PlannedItem(x, 600) for x in "abcd"]
    presses = [
        ClockPress(t0, A.START),
        ClockPress(t0 + timedelta(minutes=3), A.SKIP, item_id="c"),
        ClockPress(t0 + timedelta(minutes=4), A.GO_TO, item_id="c"),  # skipped, then wanted
        ClockPress(t0 + timedelta(minutes=6), A.PREVIOUS),
    ]
    state = replay(items, presses, t0 + timedelta(minutes=7))
    assert state.current_item_id == "b" and state.previous_item_id == "a"
    assert not state.runs["c"].skipped and state.runs["c"].active_seconds == 120
    assert state.runs["b"].started_at == t0 + timedelta(minutes=6)
    assert replay(items, presses[:1], t0).previous_item_id is None
