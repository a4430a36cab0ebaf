"""Ctrl+C (SIGINT) and SIGTERM close the project cleanly, like the window's close button.

Python runs a signal handler only when the interpreter gets control, and inside Qt's event
loop it may not for a long time. ``signal.set_wakeup_fd`` writes a byte to a socket when a
signal arrives; a ``QSocketNotifier`` on the other end wakes the event loop, and Python
then runs the handler, which closes the windows (drafts flushed, the project closed, so
``-wal``, ``-shm`` and ``.lock`` are cleaned up) and ends the loop with 128 + the signal.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

HANDLED = (signal.SIGINT, signal.SIGTERM)


class SignalCloser(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous: dict[int, Callable[..., object] | int | None] = {}
        for number in HANDLED:
            self._previous[number] = signal.getsignal(number)
            signal.signal(number, self._handle)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self.received: int | None = None

    def _drain(self) -> None:
        try:
            self._reader.recv(64)  # the handler itself has already run by now
        except OSError:
            pass

    def _handle(self, number: int, _frame: object) -> None:
        if self.received is not None:
            return  # already closing
        self.received = number
        self._app.closeAllWindows()
        self._app.exit(128 + number)

    def restore(self) -> None:
        """Give the signals back (tests start several apps in one process)."""
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
