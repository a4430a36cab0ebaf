"""What the export remembers per project (the ``setting`` table): template and folder."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from dialoog_app.store.models import Setting

from .workspace import Workspace

TEMPLATE_KEY = "export.template"  # "" for the built-in template
FOLDER_KEY = "export.folder"


class ExportSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    template: Path | None  # None: the built-in template
    folder: Path | None  # None: not exported yet


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def remember(ws: Workspace, *, template: Path | None, folder: Path | None = None) -> None:
    with ws.unit_of_work() as uow:
        _put(uow.session, TEMPLATE_KEY, str(Path(template).absolute()) if template else "")
        if folder is not None:
            _put(uow.session, FOLDER_KEY, str(folder))


def load(ws: Workspace) -> ExportSettings:
    """The last template (if it still exists) and folder used for this project."""
    with ws.unit_of_work() as uow:
        template = uow.session.get(Setting, TEMPLATE_KEY)
        folder = uow.session.get(Setting, FOLDER_KEY)
        template_path = Path(template.value) if template and template.value else None
        return ExportSettings(
            template=template_path if template_path and template_path.is_file() else None,
            folder=Path(folder.value) if folder and folder.value else None,
        )
