"""Long file work (a merge, a backup, a restore) off the GUI thread, called as if it were not.

``run(parent, text, work)`` runs ``work`` in a ``QThread`` and returns its result — or
raises its exception — on the GUI thread, so callers keep their order (back up, merge,
then tell the screens; close the project, restore, then open it) and their error handling
(``UiContext.attempt``). Meanwhile a modal "please wait" dialog with a busy bar is shown
and a local event loop turns: the windows repaint, timers fire, but the user cannot start
anything else. ``work`` must open its own files and connections: an SQLite connection of
the GUI thread (the workspace's session) never crosses into the worker.

No window closes while work runs — a close is refused and the dialog says why — and if
the application is told to quit meanwhile (Ctrl+C, SIGTERM: ``ui/interrupt.py``) the
thread is waited for before anything else happens, so nothing is left half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QThread
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.services.file_work import Runner

T = TypeVar("T")


class _WorkThread(QThread, Generic[T]):
    def __init__(self, work: Callable[[], T]) -> None:
        super().__init__()
        self.setObjectName("backgroundWork")
        self.work = work
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work()
        except BaseException as error:  # handed to the GUI thread, raised there
            self.error = error


class BusyDialog(QDialog):
    """ "Even geduld": what is being done, a busy bar; it cannot be closed by the user."""

    def __init__(self, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("busyDialog")
        self.setWindowTitle(self.tr("Please wait"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.label = QLabel(text, self)
        self.label.setObjectName("busyText")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: how long a merge takes is not known beforehand
        self.bar.setTextVisible(False)
        self.refusal = QLabel(
            self.tr("Dialoog can close once this is done; nothing is lost meanwhile."), self
        )
        self.refusal.setObjectName("closeRefused")
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.refusal)
        self.setMinimumWidth(380)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Escape:  # Esc would reject: the work cannot be stopped
            super().keyPressEvent(event)

    def reject(self) -> None:
        pass  # closed by ``run`` when the work has ended, never before

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.refuse_close()

    def refuse_close(self) -> None:
        self.refusal.show()


class _CloseGuard(QObject):
    """Refuses the closing of every window while the work runs (the project stays open)."""

    def __init__(self, dialog: BusyDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.windows = [w for w in QApplication.topLevelWidgets() if not isinstance(w, BusyDialog)]
        for window in self.windows:
            window.installEventFilter(self)  # installed last, so asked first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            event.ignore()
            self.dialog.refuse_close()
            return True
        return False

    def remove(self) -> None:
        for window in self.windows:
            if shiboken6.isValid(window):  # a window may have gone meanwhile
                window.removeEventFilter(self)


def runner(parent: QWidget | None, text: str) -> Runner:
    """A ``services.file_work.Runner`` that runs the services' file work as ``run`` does."""

    def run_work(work: Callable[[], T], /) -> T:
        return run(parent, text, work)

    return run_work


def run(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Run ``work`` in a worker thread; its result (or exception) here, once it has ended."""
    thread: _WorkThread[T] = _WorkThread(work)
    dialog = BusyDialog(text, parent)
    guard = _CloseGuard(dialog)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)  # queued: emitted in the worker, quit here
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        dialog.show()
        thread.start()
        if not thread.isFinished():
            loop.exec()
        # The loop also ends when the application is told to quit: the work still ends
        # here, on its own, before anything else is done with its files.
        thread.wait()
    finally:
        guard.remove()
        QApplication.restoreOverrideCursor()
        dialog.hide()
        dialog.deleteLater()
    if thread.error is not None:
        raise thread.error
    return thread.result  # type: ignore[return-value]
