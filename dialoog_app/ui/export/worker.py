"""Writing the minutes off the GUI thread, so the window never freezes.

The worker runs the export service in a ``QThread`` (its own unit of work: the service
opens it there); progress and the outcome come back as queued signals.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from dialoog_app.domain.errors import UserError
from dialoog_app.services import minutes
from dialoog_app.services.workspace import Workspace

log = logging.getLogger(__name__)


class ExportWorker(QObject):
    progress = Signal(int)  # percent
    succeeded = Signal(object)  # minutes.ExportResult
    failed = Signal(object)  # the exception: a UserError, or any other (a bug, a bad template)
    finished = Signal()

    def __init__(
        self,
        workspace: Workspace,
        request: minutes.MinutesRequest,
        target: Path,
        template: Path | None,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.request = request
        self.target = target
        self.template = template

    @Slot()
    def run(self) -> None:
        try:
            result = minutes.export_minutes(
                self.workspace,
                self.request,
                self.target,
                template=self.template,
                progress=lambda fraction: self.progress.emit(round(fraction * 100)),
            )
        except UserError as error:
            self.failed.emit(error)
        except Exception as error:  # a thread's exception reaches nobody unless reported
            log.exception("exporting the minutes to %s failed", self.target)
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
