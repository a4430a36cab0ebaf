"""How a long piece of work on whole files (a merge, a backup copy, a restore) is run.

The services decide what happens in which order and with which unit of work; the caller
decides where the file work runs: here and now (the command line, tests), or in a worker
thread while the window stays responsive (``ui/background.py``). The work passed to a
``Runner`` touches only files and connections it opens itself — never the workspace's
session, whose SQLite connection belongs to the thread that made it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class Runner(Protocol):
    def __call__(self, work: Callable[[], T], /) -> T: ...


def here(work: Callable[[], T], /) -> T:
    """Run the work in the calling thread."""
    return work()
