"""The user's remembered settings: every key declared once, typed, with its default.

One INI file in the user's data folder, kept beside the data (not in the platform
registry) so ``DIALOOG_DATA_DIR`` isolates tests and portable installs completely. Code
reads and writes a setting only through the ``Setting`` objects below (a test checks that
no other module passes a key to ``QSettings``), so a key's spelling, type and default live
in one place. Per-project preferences are not here: they are stored in the project file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

from dialoog_app import paths

T = TypeVar("T")
MAX_RECENT = 8


def app_settings() -> QSettings:
    return QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _texts(value: object) -> list[str]:
    # An INI list of one comes back as a plain string.
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [str(item) for item in items if item]


def _flag(value: object) -> bool:
    return str(value).strip().lower() in {"true", "1", "yes"}


def _minutes(value: object) -> int:
    return max(0, min(int(str(value)), 30))


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One remembered value; a stored value that does not parse gives the default."""

    key: str
    default: T
    parse: Callable[[object], T]
    store: Callable[[T], object] = lambda value: value

    def get(self) -> T:
        raw = app_settings().value(self.key)
        if raw is None:
            return self.default
        try:
            return self.parse(raw)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        settings = app_settings()
        settings.setValue(self.key, self.store(value))
        settings.sync()


LAST_PROJECT = Setting[str]("last_project", "", _text)
RECENT_PROJECTS = Setting[list[str]]("recent_projects", [], _texts)
LANGUAGE = Setting[str]("language", "nl", _text)
# The screen the projector window goes to ("window": not full screen; "": the best guess).
PRESENTER_SCREEN = Setting[str]("clock/presenter_screen", "", _text)
CLOCK_WARNING_MINUTES = Setting[int]("clock/warning_minutes", 2, _minutes)
CLOCK_SOUND = Setting[bool]("clock/sound", True, _flag, lambda on: "true" if on else "false")

ALL: tuple[Setting[object], ...] = (  # type: ignore[assignment]
    LAST_PROJECT,
    RECENT_PROJECTS,
    LANGUAGE,
    PRESENTER_SCREEN,
    CLOCK_WARNING_MINUTES,
    CLOCK_SOUND,
)


def last_project() -> Path | None:
    value = LAST_PROJECT.get()
    return Path(value) if value else None


def recent_projects() -> list[Path]:
    return [Path(p) for p in RECENT_PROJECTS.get()]


def remember_project(path: Path) -> None:
    """The user chose ``path``: first in the recent list and reopened at the next start."""
    items = [p for p in recent_projects() if p != path]
    items.insert(0, path)
    RECENT_PROJECTS.set([str(p) for p in items[:MAX_RECENT]])
    LAST_PROJECT.set(str(path))


def forget_project(path: Path) -> None:
    RECENT_PROJECTS.set([str(p) for p in recent_projects() if p != path])
