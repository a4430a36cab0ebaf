"""Change notification after a commit, without Qt (the UI bridges it to Qt signals)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class Topic(StrEnum):
    PROJECT = "project"
    MEETINGS = "meetings"
    TABLES = "tables"
    AGENDA = "agenda"
    CLOCK = "clock"
    NOTES = "notes"
    OPGAVEN = "opgaven"
    PLAN = "plan"  # votes, plan parts, indicators, actions (issue 14)


Listener = Callable[[frozenset[Topic]], None]


class ChangeEvents:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, topics: frozenset[Topic]) -> None:
        if topics:
            for listener in list(self._listeners):
                listener(topics)
