"""The compact clock follows the stored presses at the (fake) current moment."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from dialoog_app.domain.agenda_clock import ClockAction
from dialoog_app.domain.clock import FakeClock
from dialoog_app.services import clock
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.meetings import list_meetings
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.clock.clock_model import ClockModel
from dialoog_app.ui.clock.compact_clock import OVERRUN, CompactClock
from dialoog_app.ui.context import UiContext
from dialoog_app.ui.event_bus import EventBus


def test_compact_clock_counts_down_then_into_overrun(qtbot: QtBot, workspace: Workspace) -> None:
    fill_demo(workspace, notes=0, opgaven=0)
    meeting_id = list_meetings(workspace)[0].id
    fake = FakeClock(datetime(2023, 4, 11, 17, 0, tzinfo=UTC))
    bus = EventBus()
    bus.attach(workspace)
    bus.current_meeting_id = meeting_id
    ctx = UiContext(workspace, bus, QUndoStack(), fake)
    model = ClockModel(ctx)
    widget = CompactClock(model)
    qtbot.addWidget(widget)
    assert widget.item_label.text() == "De bijeenkomst is nog niet begonnen"

    clock.press(workspace, meeting_id, ClockAction.START, at=fake.now())
    qtbot.waitUntil(lambda: widget.item_label.text() == "Welkom, doel en gespreksregels")
    fake.advance(minutes=3, seconds=20)
    model.tick()
    assert widget.time_label.text() == "06:40"
    fake.advance(minutes=8)
    model.tick()
    assert widget.time_label.text() == "+01:20"
    assert OVERRUN in widget.time_label.styleSheet()
    model.stop()
    bus.detach()
