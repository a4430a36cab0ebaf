"""Keeps a meeting's clock snapshot and announces its state a few times a second.

The snapshot (agenda and presses) is read once and again only after a commit that touched
the agenda or the clock; each tick just replays it at ``clock.now()`` — pure and cheap, so
several views (control window, projector, the capture screen) stay in step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from dialoog_app.domain.agenda_clock import ClockState
from dialoog_app.services.clock_read import ClockSnapshot, snapshot
from dialoog_app.services.events import Topic

from ..context import UiContext

TICK_MS = 250  # a quarter second: the seconds digit never visibly lags


class ClockModel(QObject):
    ticked = Signal(object)  # ClockState
    snapshot_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.snapshot: ClockSnapshot | None = None
        self.state: ClockState | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.current_meeting_changed.connect(self.set_meeting)
        self.set_meeting(ctx.bus.current_meeting_id)

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is None:
            self.snapshot = None
            self._timer.stop()
        else:
            self.snapshot = snapshot(self.ctx.workspace, self.meeting_id)
            self._timer.start()
        self.snapshot_changed.emit()
        self.tick()

    def tick(self) -> None:
        self.state = self.snapshot.state(self.ctx.clock.now()) if self.snapshot else None
        self.ticked.emit(self.state)

    def title_of(self, item_id: str | None) -> str:
        if item_id is None or self.snapshot is None:
            return ""
        return self.snapshot.titles.get(item_id, "")

    def instructions_of(self, item_id: str | None) -> str:
        if item_id is None or self.snapshot is None:
            return ""
        return self.snapshot.instructions.get(item_id, "")

    def venue_of(self, item_id: str | None) -> str:
        if item_id is None or self.snapshot is None:
            return ""
        return self.snapshot.venues.get(item_id, "")

    def planned_minutes_of(self, item_id: str | None) -> int:
        if self.snapshot is not None:
            for item in self.snapshot.items:
                if item.id == item_id:
                    return item.planned_seconds // 60
        return 0

    def stop(self) -> None:
        self._timer.stop()

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if topics & {Topic.CLOCK, Topic.AGENDA, Topic.MEETINGS} and self.meeting_id:
            self.reload()
