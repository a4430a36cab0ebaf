"""What a read needs of an open project, whether the GUI's workspace or a reader.

The read side (``info``, ``minutes_read``, ``archive``, the clock snapshot, the survey
chapter) is SQL over a DB-API connection: ``source.read()`` gives one inside a
transaction. The GUI's ``Workspace.read`` hands over its own session's connection; the
headless commands open a ``store.reader.ProjectReader`` (plain sqlite3) — one
implementation, and ``dialoog info``/``export`` never import SQLAlchemy.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

# One live project row per file (every open checks it: store/opening.py).
PROJECT_ROW = "SELECT id, name, description FROM project WHERE deleted_at IS NULL LIMIT 1"
# The project's choice (a project setting, see project_settings.py): "1" = exports are
# anonymised by default.
ANONYMISE_EXPORTS = "privacy.anonymise_exports"


class Readable(Protocol):
    @property
    def path(self) -> Path: ...

    def read(self) -> AbstractContextManager[Any]:
        """A DB-API connection inside one transaction (one consistent snapshot)."""
        ...


class OpenProject(Readable, Protocol):
    def close(self) -> None: ...


def open_for_reading(path: Path) -> OpenProject:
    """Open ``path`` to read: directly when the file is at the schema head, else through
    the full open (which backs it up and migrates it, importing SQLAlchemy and Alembic)."""
    from dialoog_app.store.reader import open_reader

    reader = open_reader(path)
    if reader is not None:
        return reader
    from .workspace import open_workspace

    return open_workspace(path)


def anonymises_exports(stored: str | None) -> bool:
    """The rule for the stored ``ANONYMISE_EXPORTS`` value (privacy.py reads it too)."""
    return stored == "1"


def anonymise_by_default(db: Any) -> bool:
    row = db.execute("SELECT value FROM setting WHERE key = ?", (ANONYMISE_EXPORTS,)).fetchone()
    return anonymises_exports(row[0] if row else None)
