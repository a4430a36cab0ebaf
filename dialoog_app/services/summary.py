"""The two facts that name an open project in one line: its name and how many notes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from dialoog_app.store.models import Note

from .workspace import Workspace


@dataclass(frozen=True)
class ProjectSummary:
    name: str
    note_count: int


def project_summary(ws: Workspace) -> ProjectSummary:
    """Cheap (two small queries): ``dialoog selftest`` prints it after the first paint."""
    with ws.unit_of_work() as uow:
        project = ws.store.project_row(uow.session)
        count = uow.session.scalar(
            select(func.count()).select_from(Note).where(Note.deleted_at.is_(None))
        )
    return ProjectSummary(project.name, int(count or 0))
