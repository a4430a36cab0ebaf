"""What every screen of an open project shares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from dialoog_app.domain.clock import Clock, SystemClock
from dialoog_app.services.workspace import Workspace

from .errors import guarded, show_error
from .event_bus import EventBus

__all__ = ["UiContext", "show_error"]

T = TypeVar("T")


@dataclass
class UiContext:
    workspace: Workspace
    bus: EventBus
    undo_stack: QUndoStack
    clock: Clock = field(default_factory=SystemClock)  # a FakeClock in tests
    # Set when the window moves to another project: a leftover queued call of an old
    # screen then does nothing instead of reaching a closed workspace.
    closed: bool = False

    def attempt(self, parent: QWidget, action: Callable[[], T]) -> T | None:
        """Run a service call; a refusal is shown in plain words, an unexpected error is
        logged and reported (ui/errors.py); either returns None and the app carries on."""
        if self.closed:
            return None
        return guarded(parent, action)

    def succeeded(self, parent: QWidget, action: Callable[[], object]) -> bool:
        """``attempt`` for a call that answers nothing: whether it went through."""
        return self.attempt(parent, lambda: action() or True) is not None
