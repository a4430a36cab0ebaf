"""Backs up the open project on opening and every few minutes while changes happen."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from dialoog_app.services.workspace import Workspace
from dialoog_app.store import cipher

from ..deferred import deferred

if TYPE_CHECKING:
    from dialoog_app.services import backups
else:  # at the first backup, after the first paint (ui/deferred.py, ui/warm_up.py)
    backups = deferred("dialoog_app.services.backups")


class BackupScheduler(QObject):
    """A QTimer only asks; ``AutoBackup`` copies only if something was committed."""

    def __init__(self, window: QMainWindow, minutes: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.minutes = minutes  # None: backups.AUTO_MINUTES, read when first following
        self.auto: backups.AutoBackup | None = None
        self.last_error: str = ""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        window.installEventFilter(self)

    def follow(self, ws: Workspace) -> None:
        """A project was opened (or switched to): copy it now, then watch it."""
        self.stop()
        self.auto = backups.AutoBackup(ws)
        self.timer.setInterval((self.minutes or backups.AUTO_MINUTES) * 60 * 1000)
        self._guarded(lambda auto: auto.backup("open"))
        self.timer.start()

    def tick(self) -> None:
        self._guarded(lambda auto: auto.maybe_backup())

    def _guarded(self, run: object) -> None:
        # A full disk or a vanished data folder must not stop the work: say so, go on.
        if self.auto is None or self.auto.ws.store.closed:
            return
        try:
            run(self.auto)  # type: ignore[operator]
            self.last_error = ""
        except (OSError, sqlite3.Error) as exc:
            self._report(exc)
        except cipher.database_errors() as exc:  # SQLCipher's are not sqlite3's
            self._report(exc)

    def _report(self, exc: Exception) -> None:
        self.last_error = str(exc)
        self.window.statusBar().showMessage(
            self.tr("No backup could be made: {error}").format(error=exc), 15000
        )

    def stop(self) -> None:
        self.timer.stop()
        if self.auto is not None:
            self.auto.stop()
            self.auto = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.tick()  # the last changes, while the project is still open
            self.stop()
        return False
