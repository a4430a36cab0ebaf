"""The ORM's unit of work on a project file: a session that records who wrote each row.

Imported when an open project is first written to (project_file.ProjectStore.transaction),
never at start-up: this is where SQLAlchemy's ORM and the models come in.
"""

from __future__ import annotations

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from .models import Project, Row, utcnow


def new_session(engine: Engine, device_id: str) -> Session:
    session = Session(engine, expire_on_commit=False)
    session.info["device_id"] = device_id
    return session


def project_row(session: Session) -> Project:
    project = session.query(Project).filter(Project.deleted_at.is_(None)).first()
    assert project is not None, "every project file holds its project row"
    return project


@event.listens_for(Session, "before_flush")
def _stamp_device(session: Session, _context: object, _instances: object) -> None:
    """Every row written records which installation wrote it (for merging laptops)."""
    device_id = session.info.get("device_id")
    if device_id is None:
        return
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Row):
            obj.device_id = device_id
            if obj in session.dirty:
                obj.updated_at = utcnow()
