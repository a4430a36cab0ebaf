"""A service module named at the top of a screen's module, imported when first used.

The services that write import SQLAlchemy's ORM, pydantic and the models — half a second
that the first paint must not wait for (store/project_file.py). A module the first
screens need only to *write* names such a service like this::

    if TYPE_CHECKING:
        from dialoog_app.services import meetings as svc
    else:
        svc = deferred("dialoog_app.services.meetings")

and the module is imported the first time one of its names is used (``svc.add_meeting``).
By then ``ui/warm_up.py`` has usually imported its heavy dependencies in the background.
The import is an ordinary one (Python's import lock), so a worker thread may be the first
to use the name.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _Deferred:
    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        state = "imported" if self._module is not None else "not imported yet"
        return f"<deferred {self._name} ({state})>"


def deferred(name: str) -> Any:
    """Stands for module ``name``; imports it at the first use of one of its names."""
    return _Deferred(name)
