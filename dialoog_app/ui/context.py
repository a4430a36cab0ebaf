"""What every screen of an open project shares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from dialoog_app.domain.clock import Clock, SystemClock
from dialoog_app.domain.errors import UserError
from dialoog_app.services.workspace import Workspace

from . import i18n
from .event_bus import EventBus

T = TypeVar("T")


@dataclass
class UiContext:
    workspace: Workspace
    bus: EventBus
    undo_stack: QUndoStack
    clock: Clock = field(default_factory=SystemClock)  # a FakeClock in tests

    def attempt(self, parent: QWidget, action: Callable[[], T]) -> T | None:
        """Run a service call; a refusal is shown in plain words and returns None."""
        try:
            return action()
        except UserError as error:
            show_error(parent, i18n.text(error.text))
            return None


def show_error(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Dialoog",
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.exec()
