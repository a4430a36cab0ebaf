"""Writing the minutes off the GUI thread, so the window never freezes.

The worker runs the export service in a ``QThread`` (its own unit of work: the service
opens it there); progress and the outcome come back as queued signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from dialoog_app.domain.errors import UserError

log = logging.getLogger(__name__)


class ExportWorker(QObject):
    progress = Signal(int)  # percent
    succeeded = Signal(object)  # the service's result (it has a ``path``)
    failed = Signal(object)  # the exception: a UserError, or any other (a bug, a bad template)
    finished = Signal()

    def __init__(self, job: Callable[[Callable[[float], None]], Any], target: Path) -> None:
        super().__init__()
        self.job = job  # the export service call (ui/export/documents.py), given progress
        self.target = target

    @Slot()
    def run(self) -> None:
        try:
            result = self.job(lambda fraction: self.progress.emit(round(fraction * 100)))
        except UserError as error:
            self.failed.emit(error)
        except Exception as error:  # a thread's exception reaches nobody unless reported
            log.exception("exporting to %s failed", self.target)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


def start_in_thread(worker: ExportWorker, parent: QObject) -> QThread:
    """Run ``worker`` in a new thread that ends (and is cleaned up) when the work is done."""
    thread = QThread(parent)
    thread.setObjectName("minutesExport")
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.start()
    return thread
