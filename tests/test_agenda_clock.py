"""The meeting clock, replayed from timestamps: two hours in milliseconds, to the second."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from dialoog_app.domain.agenda_clock import (
    ClockAction,
    ClockPress,
    ClockStatus,
    PlannedItem,
    format_countdown,
    replay,
)
from dialoog_app.domain.clock import FakeClock
from dialoog_app.services import clock
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.workspace import Workspace

T0 = datetime(2023, 4, 11, 17, 0, tzinfo=UTC)
A = ClockAction
ITEMS = [
    PlannedItem(name, minutes * 60)
    for name, minutes in [
        ("welkom", 10),
        ("kennis", 15),
        ("ervaring", 30),
        ("pauze", 5),
        ("dromen", 25),
        ("doen", 25),
        ("oogst", 10),
    ]
]


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_countdown_format() -> None:
    assert format_countdown(605) == "10:05"
    assert format_countdown(0.4) == "00:01"  # never shows 00:00 while time is left
    assert format_countdown(0) == "00:00"
    assert format_countdown(-190) == "+03:10"
    assert format_countdown(3723) == "1:02:03"


def test_not_started() -> None:
    state = replay(ITEMS, [], at(0))
    assert state.status == ClockStatus.NOT_STARTED and state.current_item_id is None


def test_a_full_evening_with_pauses_extensions_skips_and_a_step_back() -> None:
    presses = [
        ClockPress(at(0), A.START),
        ClockPress(at(12), A.NEXT),  # welkom ran 2 minutes over
        ClockPress(at(20), A.PAUSE),  # a fire alarm
        ClockPress(at(23), A.RESUME),
        ClockPress(at(30), A.EXTEND, seconds=300),
        ClockPress(at(33), A.NEXT),  # kennis: 18 min active, 3 paused, 5 extended
        ClockPress(at(40), A.SKIP, item_id="pauze"),  # decided mid-round: no break
        ClockPress(at(63), A.NEXT),  # ervaring 30 min, straight on to dromen
        ClockPress(at(64), A.PREVIOUS),  # oops: back to ervaring for a moment
        ClockPress(at(66), A.NEXT),
        ClockPress(at(90), A.NEXT),  # dromen (its run restarted at 66)
        ClockPress(at(120), A.NEXT),  # doen: 30 of 25 minutes
        ClockPress(at(131), A.FINISH),
    ]
    state = replay(ITEMS, presses, at(140))
    assert state.status == ClockStatus.FINISHED
    runs = state.runs

    def seconds(minutes: float) -> float:
        return minutes * 60

    assert (runs["welkom"].started_at, runs["welkom"].ended_at) == (at(0), at(12))
    assert runs["welkom"].overrun_seconds(600) == seconds(2)
    assert (runs["kennis"].started_at, runs["kennis"].ended_at) == (at(12), at(33))
    assert runs["kennis"].active_seconds == seconds(18)
    assert runs["kennis"].paused_seconds == seconds(3)
    assert runs["kennis"].extended_seconds == 300
    assert runs["kennis"].overrun_seconds(900) == seconds(-2)
    assert runs["ervaring"].started_at == at(33) and runs["ervaring"].ended_at == at(66)
    assert runs["ervaring"].active_seconds == seconds(30 + 2)
    assert runs["pauze"].skipped and runs["pauze"].started_at is None
    assert runs["dromen"].started_at == at(63) and runs["dromen"].ended_at == at(90)
    assert runs["dromen"].active_seconds == seconds(1 + 24)
    assert (runs["doen"].started_at, runs["doen"].ended_at) == (at(90), at(120))
    assert runs["oogst"].ended_at == at(131) and runs["oogst"].active_seconds == seconds(11)


def test_state_mid_item_and_in_overrun() -> None:
    presses = [ClockPress(at(0), A.START), ClockPress(at(12), A.NEXT), ClockPress(at(20), A.PAUSE)]
    paused = replay(ITEMS, presses, at(25))
    assert paused.status == ClockStatus.PAUSED
    assert paused.current_item_id == "kennis" and paused.next_item_id == "ervaring"
    assert paused.elapsed_seconds == 8 * 60  # the clock stands still while paused
    assert paused.remaining_seconds == 7 * 60
    # Projected end: 7 minutes left of kennis, then 30+5+25+25+10 planned.
    assert paused.projected_end == at(25 + 7 + 95)

    late = replay(ITEMS, [ClockPress(at(0), A.START)], at(13.5))
    assert late.overrun and format_countdown(late.remaining_seconds) == "+03:30"
    assert late.projected_end == at(13.5 + 110)  # the slip carries to the end


def test_no_drift_over_two_hours_of_frequent_reads() -> None:
    presses = [ClockPress(at(0), A.START)]
    fake = FakeClock(T0)
    for _ in range(7200):  # one read a second, as the repaint timer does
        fake.advance(seconds=1)
        state = replay(ITEMS, presses, fake.now())
    assert state.current_item_id == "welkom"
    assert state.elapsed_seconds == 7200  # exactly: nothing was counted, all was replayed


def test_presses_are_stored_and_a_restart_resumes_at_the_right_second(
    workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    fill_demo(workspace, notes=0, opgaven=0)
    meeting_id = open_meeting_id(workspace)
    fake = FakeClock(T0)
    clock.press(workspace, meeting_id, A.START, at=fake.now())
    fake.advance(minutes=11)
    clock.press(workspace, meeting_id, A.NEXT, at=fake.now())
    fake.advance(minutes=4, seconds=17)
    workspace.store.close()  # the app is killed mid-item

    ws = reopen()
    state = clock.clock_state(ws, meeting_id, fake.now())
    assert state.status == ClockStatus.RUNNING
    assert state.elapsed_seconds == 4 * 60 + 17
    assert format_countdown(state.remaining_seconds) == "10:43"
    timings = clock.item_timings(ws, meeting_id, fake.now())
    assert timings[0].title == "Welkom, doel en gespreksregels"
    assert timings[0].actual_start == T0 and timings[0].actual_end == T0 + timedelta(minutes=11)
    assert timings[0].overrun_seconds == 60
    assert timings[1].planned_start is not None
    assert timings[1].planned_start - timings[0].planned_start == timedelta(minutes=10)


def test_a_withdrawn_press_no_longer_counts(workspace: Workspace) -> None:
    fill_demo(workspace, notes=0, opgaven=0)
    meeting_id = open_meeting_id(workspace)
    clock.press(workspace, meeting_id, A.START, at=at(0))
    event_id, state = clock.press(workspace, meeting_id, A.NEXT, at=at(5))
    assert state.current_index == 1
    clock.withdraw_press(workspace, event_id)
    assert clock.clock_state(workspace, meeting_id, at(6)).current_index == 0
    clock.withdraw_press(workspace, event_id, restore=True)
    assert clock.clock_state(workspace, meeting_id, at(6)).current_index == 1


def open_meeting_id(ws: Workspace) -> str:
    from dialoog_app.services.meetings import list_meetings

    return list_meetings(ws)[0].id
