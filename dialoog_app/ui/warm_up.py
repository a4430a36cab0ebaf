"""After the first paint: the ORM imported in the background, then what waited for it.

The window paints without SQLAlchemy, pydantic or the models: reads before that are plain
SQL (store/project_file.py, services/meetings_read.py) and the services that write are
loaded at first use (ui/deferred.py). Importing them costs about half a second, more than
the rest of the start-up, so once the main window has painted a thread imports them; by
the time the user first writes or opens another screen they are there, and a service
used before that simply waits for the import (Python's import lock). Work that would
otherwise stall the fresh window on that import (the backup on opening, the privacy
reminder) is handed to ``when_ready``.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from .errors import log

# What the services that write import, heaviest first; not the services themselves
# (ui/deferred.py imports each at its first use).
HEAVY = (
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",
    "pydantic",
    "dialoog_app.store.models",
    "dialoog_app.store.plan_models",
    "dialoog_app.store.session",
    "dialoog_app.store.engine",
)


def _loaded() -> bool:
    return all(name in sys.modules for name in HEAVY)


class _WarmUp(QObject):
    finished = Signal()  # emitted by the thread, delivered on the GUI thread

    def __init__(self) -> None:
        super().__init__()
        self._thread: threading.Thread | None = None
        self._waiting: list[Callable[[], None]] = []
        self.error: BaseException | None = None
        self.finished.connect(self._run_waiting)

    @property
    def ready(self) -> bool:
        """Nothing left to wait for: the imports are done — or failed, and whatever runs
        next meets the error itself (it must not wait for ever)."""
        if self._thread is not None:
            return not self._thread.is_alive()
        return _loaded()

    def start(self) -> None:
        """Import ``HEAVY`` in a thread, once per process."""
        if self._thread is not None:
            return
        if _loaded():
            self._run_waiting()
            return
        self._thread = threading.Thread(target=self._import, name="warm-up", daemon=True)
        self._thread.start()

    def when_ready(self, callback: Callable[[], None]) -> None:
        """``callback()`` now if the imports are done, else on the GUI thread after them."""
        if self.ready:
            callback()
        else:
            self._waiting.append(callback)

    def wait(self, seconds: float = 30.0) -> bool:
        """Block until the imports under way are done; whether all succeeded."""
        if self._thread is not None:
            self._thread.join(seconds)
            if self._thread.is_alive():
                return False
        return self.error is None and _loaded()

    def _import(self) -> None:
        try:
            for name in HEAVY:
                importlib.import_module(name)
        except BaseException as error:  # reported; the first real use raises it again
            self.error = error
            log.exception("Warming up the imports failed")
        self.finished.emit()

    def _run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()


class _AfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.deleteLater()
            # Once this paint is done: a thread started now would slow the paint itself.
            QTimer.singleShot(0, _instance().start)
        return False


_warm_up: _WarmUp | None = None


def _instance() -> _WarmUp:
    global _warm_up
    if _warm_up is None:
        _warm_up = _WarmUp()
        app = QCoreApplication.instance()
        if app is not None:  # quitting waits for an import under way, never cuts it off
            app.aboutToQuit.connect(_warm_up.wait)
    return _warm_up


def start_after_first_paint(window: QWidget) -> None:
    """Begin the imports once ``window`` has painted (nothing to do if they are done)."""
    if _loaded():
        _instance().start()  # nothing to import: what waits runs now
    else:
        window.installEventFilter(_AfterFirstPaint(window))


def when_ready(callback: Callable[[], None]) -> None:
    _instance().when_ready(callback)


def finish(seconds: float = 60.0) -> bool:
    """Start the imports if they have not begun, wait for them; whether they succeeded
    (``dialoog selftest`` checks them, so a build that lacks a module fails its test)."""
    warm_up = _instance()
    warm_up.start()
    return warm_up.wait(seconds)
