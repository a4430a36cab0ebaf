"""An open project as the services see it: the store, its events, one unit of work a call.

Importing this imports no SQLAlchemy: a read (``Workspace.read``) is plain SQL on the
store's own connection, and the ORM comes in with the first unit of work — so the window
can be built and painted first (store/project_file.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dialoog_app.domain.validate import clean_line
from dialoog_app.store.device import this_device_id
from dialoog_app.store.project_file import ProjectStore, open_project

from .events import ChangeEvents, Topic

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class UnitOfWork:
    session: Session
    topics: set[Topic] = field(default_factory=set)

    def changed(self, *topics: Topic) -> None:
        self.topics.update(topics)


class Workspace:
    """Everything a use case needs of an open project."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.events = ChangeEvents()

    @property
    def path(self) -> Path:
        return self.store.path

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """Commit on leaving the block, then tell listeners what changed."""
        with self.store.transaction() as session:
            uow = UnitOfWork(session)
            yield uow
        self.events.emit(frozenset(uow.topics))

    @contextmanager
    def read(self) -> Iterator[Any]:
        """A DB-API connection in one read transaction, for the SQL readers
        (services/reading.py): the GUI and the headless commands read one way."""
        with self.store.read() as db:
            yield db

    def close(self) -> None:
        self.store.close()


def new_workspace(
    path: Path,
    name: str | None = None,
    device_id: str | None = None,
    fill: Callable[[Workspace], None] | None = None,
) -> Workspace:
    """A new project file; ``fill`` adds content before the file appears under its name.

    Creation is atomic (store/creation.py): ``path`` never names a half-made project.
    """
    from dialoog_app.store.creation import create_project  # the ORM: a new file's tables

    name = clean_line(name or Path(path).stem, broken="\ufffd")  # a file name may hold anything
    store = create_project(
        path,
        name,
        device_id or this_device_id(),
        fill=None if fill is None else (lambda building: fill(Workspace(building))),
    )
    return Workspace(store)


def open_workspace(path: Path, device_id: str | None = None) -> Workspace:
    return Workspace(open_project(path, device_id or this_device_id()))
