"""The app's version, from one place: ``version`` in pyproject.toml's ``[project]``.

An installed app reads it from its package metadata (written from pyproject.toml); a
PyInstaller build has no metadata, so packaging/dialoog.spec bundles it as ``VERSION``
beside this module; a source checkout reads pyproject.toml itself.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent
DISTRIBUTION = "dialoog"


@cache
def app_version() -> str:
    bundled = _HERE / "VERSION"
    if getattr(sys, "frozen", False) and bundled.is_file():
        return bundled.read_text("utf-8").strip()
    checkout = _HERE.parent / "pyproject.toml"
    if checkout.is_file():  # a source checkout (also an editable install): the file itself
        import tomllib

        project = tomllib.loads(checkout.read_text("utf-8")).get("project", {})
        if project.get("name") == DISTRIBUTION:
            return str(project["version"])
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return "0+unknown"
