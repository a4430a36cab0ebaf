"""The name on the minutes ("Uw naam (voor verslagen)"): set once by the user, empty by
default — never the computer's account name, which would leak into anonymised documents."""

from __future__ import annotations

from ..settings import app_settings

AUTHOR_KEY = "privacy/author_name"


def author_name() -> str:
    return str(app_settings().value(AUTHOR_KEY, "") or "").strip()


def set_author_name(name: str) -> None:
    settings = app_settings()
    settings.setValue(AUTHOR_KEY, " ".join(name.split()))
    settings.sync()
