"""A service module named at the top of a screen's module, loaded when first used.

The services that write import SQLAlchemy's ORM, pydantic and the models — half a second
that the first paint must not wait for (store/project_file.py). A module the first
screens need only to *write* names such a service like this::

    if TYPE_CHECKING:
        from dialoog_app.services import meetings as svc
    else:
        svc = deferred("dialoog_app.services.meetings")

and the module is executed the first time one of its names is used (``svc.add_meeting``).
By then ``ui/warm_up.py`` has usually imported its heavy dependencies in the background.
Only on the GUI thread: the lazy module loads without a lock of its own.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def deferred(name: str) -> ModuleType:
    """``name``'s module, executed at the first use of one of its attributes."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
