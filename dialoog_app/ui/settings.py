"""The user's remembered settings: one INI file in the user's data folder.

Kept beside the data (not in the platform registry) so ``DIALOOG_DATA_DIR`` isolates tests
and portable installs completely.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from dialoog_app import paths

MAX_RECENT = 8


def app_settings() -> QSettings:
    return QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def recent_projects() -> list[Path]:
    value = app_settings().value("recent_projects", [])
    items = (
        [value] if isinstance(value, str) else list(value or []) if isinstance(value, list) else []
    )
    return [Path(p) for p in items if p]


def remember_project(path: Path) -> None:
    items = [p for p in recent_projects() if p != path]
    items.insert(0, path)
    settings = app_settings()
    settings.setValue("recent_projects", [str(p) for p in items[:MAX_RECENT]])
    settings.sync()


def forget_project(path: Path) -> None:
    settings = app_settings()
    settings.setValue("recent_projects", [str(p) for p in recent_projects() if p != path])
    settings.sync()
