"""A unit of work on a bare SQLAlchemy Core connection, for the hot paths (saving a note).

The ORM session costs about as much again as the insert itself (session set-up, identity
map, flush bookkeeping). A note is saved while a group is talking, so its path stays lean:
one Core statement (its SQL compiled once and cached by SQLAlchemy, its prepared statement
cached by the sqlite3 driver), one ``BEGIN`` … ``COMMIT``, then the change event — the
same contract as ``Workspace.unit_of_work``: the call returns only after the commit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .events import Topic
from .workspace import Workspace

if TYPE_CHECKING:  # the engine, and SQLAlchemy with it, come with the first write
    from sqlalchemy import Connection


@contextmanager
def core_unit(ws: Workspace, *topics: Topic) -> Iterator[Connection]:
    """Commit on leaving the block (WAL + synchronous=FULL: then it is on disk), then emit."""
    with ws.store.engine.begin() as connection:
        yield connection
    ws.events.emit(frozenset(topics))
