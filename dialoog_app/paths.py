"""Where the app finds its shipped files and keeps the user's own.

Migrations and resources sit at the repository's top level in a checkout and inside the
package (``_migrations``, ``_resources``) in an installed wheel; this is the one place that
knows both.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_DIR = _PACKAGE_DIR.parent

APP_NAME = "Dialoog"


def _shipped(installed_name: str, checkout_name: str) -> Path:
    installed = _PACKAGE_DIR / installed_name
    if installed.is_dir():
        return installed
    return _CHECKOUT_DIR / checkout_name


def migrations_dir() -> Path:
    return _shipped("_migrations", "migrations")


def resources_dir() -> Path:
    return _shipped("_resources", "resources")


def resource(*parts: str) -> Path:
    """A shipped resource file, e.g. ``resource("i18n", "dialoog_nl.qm")``."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The user's data folder; ``DIALOOG_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("DIALOOG_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_project_path() -> Path:
    return user_data_dir() / "Mijn dialoogtafels.dialoog"
