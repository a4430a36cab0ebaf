"""The two facts that name an open project in one line: its name and how many notes."""

from __future__ import annotations

from dataclasses import dataclass

from . import project_rows
from .reading import Readable


@dataclass(frozen=True)
class ProjectSummary:
    name: str
    note_count: int


def project_summary(source: Readable) -> ProjectSummary:
    """Cheap (two small queries, plain SQL): ``dialoog selftest`` prints it after the
    first paint."""
    with source.read() as db:
        name = project_rows.project_row(db).name
        count = db.execute("SELECT count(*) FROM note WHERE deleted_at IS NULL").fetchone()[0]
    return ProjectSummary(name, int(count))
