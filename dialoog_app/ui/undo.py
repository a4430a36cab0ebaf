"""Undo for actions that have already been saved.

A screen performs an action through a service first (so a refusal can be shown without
touching the undo history), then pushes a ``DoneCommand`` that knows how to undo and redo it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from .errors import guarded


class DoneCommand(QUndoCommand):
    def __init__(self, text: str, undo: Callable[[], Any], redo: Callable[[], Any]) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo(); the action has happened already
            self._done = False
            return
        guarded(None, self._redo)  # the same guarded path as every other service call

    def undo(self) -> None:
        guarded(None, self._undo)
