"""The app-wide bus: views refresh after a commit without knowing each other.

Services report the topics a commit touched (services/events.py); the bus gathers them and
emits once per turn of the event loop, so a burst of saves causes one repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from dialoog_app.services.events import Topic
from dialoog_app.services.workspace import Workspace


class EventBus(QObject):
    changed = Signal(object)  # frozenset[Topic]
    current_meeting_changed = Signal(object)  # str | None
    saved = Signal()  # a commit has landed on disk

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[Topic] = set()
        self._unsubscribe: list[object] = []
        self.current_meeting_id: str | None = None

    def attach(self, ws: Workspace) -> None:
        self._unsubscribe.append(ws.events.subscribe(self._on_commit))

    def detach(self) -> None:
        for undo in self._unsubscribe:
            undo()  # type: ignore[operator]
        self._unsubscribe.clear()
        self._pending.clear()

    def set_current_meeting(self, meeting_id: str | None) -> None:
        if meeting_id != self.current_meeting_id:
            self.current_meeting_id = meeting_id
            self.current_meeting_changed.emit(meeting_id)

    def _on_commit(self, topics: frozenset[Topic]) -> None:
        self.saved.emit()
        if not self._pending:
            QTimer.singleShot(0, self._flush)
        self._pending.update(topics)

    def _flush(self) -> None:
        topics, self._pending = frozenset(self._pending), set()
        if topics:
            self.changed.emit(topics)
