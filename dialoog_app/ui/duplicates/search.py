"""The all-pairs comparison off the GUI thread: thousands of different statements take
long enough (seconds to minutes on a slow laptop) that the window must stay responsive."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QThread, Signal, Slot

from dialoog_app.services import duplicates


class SearchWorker(QObject):
    found = Signal(object)  # list[exchange.near_duplicates.Pair]
    finished = Signal()

    def __init__(self, texts: Sequence[str], threshold: int) -> None:
        super().__init__()
        self.texts = list(texts)
        self.threshold = threshold

    @Slot()
    def run(self) -> None:
        try:  # pure computation on plain strings: no database, no widgets in this thread
            self.found.emit(duplicates.find_text_pairs(self.texts, self.threshold))
        finally:
            self.finished.emit()


# Running searches, kept here rather than by their dialog: a dialog closed with its window
# must not destroy a QThread that is still running (Qt aborts the process).
_RUNNING: dict[QThread, SearchWorker] = {}


def start_search(worker: SearchWorker) -> QThread:
    thread = QThread()
    thread.setObjectName("nearDuplicates")
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    _RUNNING[thread] = worker
    # Deleted by Qt in the GUI thread once it has really ended; forgotten here then.
    thread.finished.connect(thread.deleteLater)
    thread.destroyed.connect(lambda: _RUNNING.pop(thread, None))
    thread.start()
    return thread
