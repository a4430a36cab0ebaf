"""How much a clock tick costs: the replay of every stored press, four times a second.

Run with ``python -m pytest tests/benchmarks/bench_clock.py -s``. Figures are printed and
compared with baselines measured in the same run: a bare ``QLabel.setText`` (what the
repaint costs anyway) and a raw ``sqlite3`` read of the same rows (for the snapshot).
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta

from PySide6.QtWidgets import QLabel

from benchmark_support import Targets, scaled
from dialoog_app.domain.agenda_clock import ClockAction, ClockPress, PlannedItem, replay
from dialoog_app.services import agenda, clock, meetings
from dialoog_app.services.workspace import Workspace

T0 = datetime(2023, 4, 11, 17, 0).astimezone()


def per_call_us(fn: object, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()  # type: ignore[operator]
    return (time.perf_counter() - start) / repeat * 1e6


def evening(items: int, presses_per_item: int) -> tuple[list[PlannedItem], list[ClockPress]]:
    planned = [PlannedItem(f"item{i}", 15 * 60) for i in range(items)]
    presses = [ClockPress(T0, ClockAction.START)]
    moment = T0
    for _ in range(items - 1):
        for _ in range(presses_per_item - 1):
            moment += timedelta(seconds=20)
            presses.append(ClockPress(moment, ClockAction.EXTEND, seconds=60))
        moment += timedelta(minutes=14)
        presses.append(ClockPress(moment, ClockAction.NEXT))
    return planned, presses


def test_tick_cost(qapp: object) -> None:
    label = QLabel()
    label.resize(400, 120)
    texts = iter(f"{n // 60:02d}:{n % 60:02d}" for n in range(10**9))

    def paint_a_countdown() -> None:  # what each tick costs anyway: new text, painted
        label.setText(next(texts))
        label.grab()

    targets = Targets()
    baseline = per_call_us(paint_a_countdown, scaled(2_000, 50))
    print(f"\nbaseline: set and paint a countdown label: {baseline:8.1f} µs")
    for items, per_item in ((7, 4), (20, 10), (60, 50)):
        planned, presses = evening(items, per_item)
        now = presses[-1].at + timedelta(minutes=3)
        cost = per_call_us(lambda p=planned, q=presses, n=now: replay(p, q, n), scaled(500, 5))
        print(
            f"replay {items:3d} items, {len(presses):5d} presses: {cost:8.1f} µs per tick "
            f"({cost / baseline:5.1f}× the paint; {cost * 4 / 1e4:.3f} % of a core at 4 Hz)"
        )
        if items == 20:  # a full evening: the replay at 4 Hz takes ≤ 1 % of a core
            targets.check("replay of 20 items, per tick", cost, 2_500, " µs")
    targets.verdict()


def test_snapshot_cost(workspace: Workspace) -> None:
    meeting = meetings.add_meeting(workspace, "Avond")
    for i in range(7):
        agenda.add_item(workspace, meeting.id, f"Onderdeel {i}", planned_minutes=15)
    for minute in range(40):
        action = ClockAction.START if minute == 0 else ClockAction.EXTEND
        clock.press(workspace, meeting.id, action, at=T0 + timedelta(minutes=minute), seconds=60)
    ours = per_call_us(lambda: clock.snapshot(workspace, meeting.id), 200)
    raw = sqlite3.connect(workspace.path)
    query_items = "SELECT * FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL"
    query_events = "SELECT * FROM clock_event WHERE meeting_id = ? AND deleted_at IS NULL"

    def bare() -> None:
        raw.execute(query_items, (meeting.id,)).fetchall()
        raw.execute(query_events, (meeting.id,)).fetchall()

    baseline = per_call_us(bare, 200)
    raw.close()
    print(
        f"\nsnapshot (7 items, 40 presses): {ours:8.1f} µs; raw sqlite3 of the same rows: "
        f"{baseline:8.1f} µs ({ours / baseline:.1f}×). Read once per change, not per tick."
    )


def test_view_tick_cost(qapp: object, workspace: Workspace) -> None:
    """A whole tick on the clock screen with the presenter view open: replay and repaint."""
    from dialoog_app.domain.clock import FakeClock
    from dialoog_app.services.demo import fill_demo
    from dialoog_app.ui.main_window import MainWindow

    fill_demo(workspace, notes=0, opgaven=0)
    meeting = meetings.list_meetings(workspace)[0]
    fake = FakeClock(T0)
    clock.press(workspace, meeting.id, ClockAction.START, at=T0)
    window = MainWindow(workspace, clock=fake)
    window.show()
    page = window.show_page("agenda")
    page.show_clock()  # type: ignore[attr-defined]
    presenter = page.open_presenter(None)  # type: ignore[attr-defined]
    presenter.resize(1280, 720)
    model = page.clock_model  # type: ignore[attr-defined]

    def tick() -> None:
        fake.advance(seconds=1)
        model.tick()
        window.grab()
        presenter.grab()

    def paint_only() -> None:
        window.grab()
        presenter.grab()

    targets = Targets()
    ours = per_call_us(tick, scaled(200, 5))
    baseline = per_call_us(paint_only, scaled(200, 5))
    model.stop()  # nothing else stops it when the window closes (noticed; not fixed here)
    presenter.close()
    window.close()
    print(
        f"\nclock screen + presenter, one tick: {ours / 1000:6.2f} ms; painting both windows "
        f"without a tick: {baseline / 1000:6.2f} ms; "
        f"the tick adds {(ours - baseline) / 1000:.2f} ms"
    )
    # What the tick adds (replay, texts, zones) costs no more than the painting itself.
    targets.check("one tick / painting alone", ours / baseline, 2.0, "×")
    targets.verdict()
