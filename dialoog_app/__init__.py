"""Dialoog: run dialogue tables offline, turn what was said into opgaven and Word minutes."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version lives in pyproject.toml only (see version.py), read on first use.
    if name == "__version__":
        from .version import app_version

        return app_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
