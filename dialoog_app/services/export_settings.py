"""What the export remembers per project (``project_settings``): template and folder."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from . import project_settings
from .project_settings import EXPORT_FOLDER, EXPORT_TEMPLATE
from .workspace import Workspace


class ExportSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    template: Path | None  # None: the built-in template
    folder: Path | None  # None: not exported yet


def remember(ws: Workspace, *, template: Path | None, folder: Path | None = None) -> None:
    values = {EXPORT_TEMPLATE: str(Path(template).absolute()) if template else ""}
    if folder is not None:
        values[EXPORT_FOLDER] = str(folder)
    project_settings.write(ws, values)


def load(ws: Workspace) -> ExportSettings:
    """The last template (if it still exists) and folder used for this project."""
    stored = project_settings.read(ws, EXPORT_TEMPLATE, EXPORT_FOLDER)
    template = Path(stored[EXPORT_TEMPLATE]) if stored.get(EXPORT_TEMPLATE) else None
    folder = stored.get(EXPORT_FOLDER)
    return ExportSettings(
        template=template if template and template.is_file() else None,
        folder=Path(folder) if folder else None,
    )
