"""The clock on another day than the meeting's (issue 9.4): a rehearsal, compared with its
own plan, labelled, and reset without touching the evening's record; the time left in
words never says more than the countdown shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agenda_ui import UNDO
from conftest import screenshot
from dialoog_app.domain.agenda_clock import (
    ClockAction,
    PlannedItem,
    minutes_late,
    planned_end_of_run,
    replay,
)
from dialoog_app.domain.clock import FakeClock
from dialoog_app.services import clock, meetings
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.agenda.clock_texts import hhmm, time_left_text
from dialoog_app.ui.clock import alerts
from test_agenda_run import key, later, open_clock

Key = Qt.Key


@pytest.fixture
def planned(workspace: Workspace) -> tuple[str, datetime, int]:
    """The demo's meeting: its id, its planned start (local) and its planned minutes."""
    fill_demo(workspace, notes=0, opgaven=0)
    meeting = meetings.list_meetings(workspace)[0]
    assert meeting.date and meeting.start_time
    start = datetime.combine(meeting.date, meeting.start_time).astimezone()
    minutes = sum(i.planned_seconds for i in clock.snapshot(workspace, meeting.id).items) // 60
    return meeting.id, start, minutes


def test_the_plan_of_a_run_is_its_own_start_plus_the_agenda() -> None:
    items = [PlannedItem("a", 600), PlannedItem("b", 1200)]
    morning = datetime(2023, 3, 1, 7, 0).astimezone()
    from dialoog_app.domain.agenda_clock import ClockPress

    presses = [
        ClockPress(morning, ClockAction.START),
        ClockPress(morning + timedelta(minutes=2), ClockAction.PAUSE),
        ClockPress(morning + timedelta(minutes=6), ClockAction.RESUME),
    ]
    state = replay(items, presses, morning + timedelta(minutes=10))
    assert planned_end_of_run(items, state) == morning + timedelta(minutes=30)
    assert minutes_late(items, state) == 4  # the pause, nothing of the calendar


def test_a_rehearsal_is_labelled_and_compared_with_its_own_plan(
    qtbot: QtBot,
    workspace: Workspace,
    planned: tuple[str, datetime, int],
    reopen: Callable[[], Workspace],
) -> None:
    meeting_id, evening, minutes = planned
    morning = (evening - timedelta(days=40)).replace(hour=7, minute=0)
    fake = FakeClock(morning)
    window, page, panel = open_clock(qtbot, workspace, fake)
    key(qtbot, panel, Key.Key_Space)
    later(panel, fake, minutes=5)
    own_plan = hhmm(morning + timedelta(minutes=minutes))
    # Not "Verwacht einde 07:47 · gepland 21:05 · 380802 min later":
    assert panel.end_label.text() == f"Verwacht einde {own_plan} · gepland {own_plan} · op tijd"
    assert panel.status_label.text().startswith("Repetitie · Loopt")
    key(qtbot, panel, Key.Key_Space)  # a pause of three minutes: three minutes late
    later(panel, fake, minutes=3)
    assert panel.end_label.text().endswith(f"gepland {own_plan} · 3 min later")
    assert panel.reset_button.text() == "Repetitie wissen"
    screenshot(panel, "agenda-clock-rehearsal")
    presenter = page.open_presenter(None)  # the projector says so too
    assert presenter.meeting_label.text().endswith("repetitie")
    presenter.close()

    # Reset the rehearsal; on the evening itself the clock is the real one.
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.status_label.text() == "Nog niet begonnen"
    fake.set(evening)
    panel.model.tick()
    key(qtbot, panel, Key.Key_Space)
    later(panel, fake, minutes=1)
    assert panel.status_label.text().startswith("Loopt")
    assert panel.reset_button.text() == "Klok terugzetten"
    window.close()
    presses = clock.snapshot(reopen(), meeting_id).presses
    assert [p.at for p in presses] == [evening]


def test_resetting_a_rehearsal_keeps_the_evenings_own_presses(
    qtbot: QtBot,
    workspace: Workspace,
    planned: tuple[str, datetime, int],
    reopen: Callable[[], Workspace],
) -> None:
    meeting_id, evening, _ = planned
    the_day_before = evening - timedelta(days=1)
    for at, action in (
        (the_day_before, ClockAction.START),
        (the_day_before + timedelta(minutes=4), ClockAction.NEXT),
        (evening, ClockAction.START),  # not heard: the rehearsal's run was still going
    ):
        clock.press(workspace, meeting_id, action, at=at)
    fake = FakeClock(evening + timedelta(minutes=15))
    window, page, panel = open_clock(qtbot, workspace, fake)
    assert panel.status_label.text().startswith("Repetitie")
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    # The evening's own record now shows: started at its time, 15 minutes ago.
    assert panel.status_label.text().startswith("Loopt · onderdeel 1 van")
    assert panel.countdown_label.text() == "+05:00"  # a 10-minute item, 15 minutes on
    qtbot.keyClick(window, *UNDO)  # the rehearsal comes back
    qtbot.waitUntil(lambda: panel.status_label.text().startswith("Repetitie"))
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    window.close()
    kept = clock.snapshot(reopen(), meeting_id).presses
    assert [p.at for p in kept] == [evening]


@pytest.mark.parametrize(
    ("left", "words"),
    [
        (180, "Nog 3 minuten"),
        (179, "Nog 3 minuten"),  # a three-minute warning begins: the countdown reads 02:59
        (120, "Nog 2 minuten"),
        (90, "Nog 1½ minuut"),  # was "Nog 2 minuten"
        (105, "Nog 1½ minuut"),
        (60, "Nog 1 minuut"),
        (25, "Nog een halve minuut"),
        (10, "Nog minder dan een halve minuut"),
    ],
)
def test_the_time_left_in_words(left: int, words: str) -> None:
    assert time_left_text(left) == words


def test_the_banner_at_one_and_a_half_minutes(
    qtbot: QtBot, workspace: Workspace, planned: tuple[str, datetime, int]
) -> None:
    _, evening, _ = planned
    fake = FakeClock(evening)
    alerts.set_warning_minutes(2)
    window, page, panel = open_clock(qtbot, workspace, fake)
    key(qtbot, panel, Key.Key_Space)
    later(panel, fake, minutes=8, seconds=30)  # the first item has 10 minutes
    assert panel.countdown_label.text() == "01:30"
    assert panel.banner.text() == "Nog 1½ minuut"
    window.close()
