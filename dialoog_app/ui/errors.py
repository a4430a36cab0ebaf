"""Unexpected errors: logged to a file, shown calmly, and the app keeps running.

A facilitator never sees a terminal, so a fault in a slot or a thread must reach the screen
and the log. ``install_hooks`` routes ``sys.excepthook`` and ``threading.excepthook`` here;
``guarded`` is the one path through which the UI calls the services: a ``UserError`` is
explained in plain words, anything else is logged and reported with the error dialog.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dialoog_app import __version__, paths
from dialoog_app.domain.errors import UserError

from . import i18n

T = TypeVar("T")
log = logging.getLogger("dialoog")
LOG_BYTES, LOG_BACKUPS = 1_000_000, 3


def log_path() -> Path:
    return paths.user_data_dir() / "logs" / "dialoog.log"


def setup_logging() -> Path:
    """Log to a rotating file in the data folder (a few MB at most, never the network)."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for handler in list(log.handlers):  # a second call (tests) must not log twice
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("Dialoog %s started", __version__)
    return path


def show_error(parent: QWidget | None, message: str) -> None:
    """A refusal or a problem the user can act on, in their language."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Dialoog", message, QMessageBox.StandardButton.Ok, parent
    )
    box.exec()


def guarded(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a UI action that calls the services; None when it did not succeed."""
    try:
        return action()
    except UserError as error:
        show_error(parent, i18n.text(error.text))
    except Exception:
        report_unexpected(*sys.exc_info(), parent=parent)  # type: ignore[misc]
    return None


class ErrorDialog(QMessageBox):
    """The calm "something went wrong" dialog, with a button that copies the details."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("Dialoog")
        self.setText(self.tr("Something went wrong; your notes have been saved."))
        self.setInformativeText(
            self.tr(
                "You can carry on working. If it happens again, copy the details and send "
                "them to whoever supports Dialoog for you. They are also in {path}."
            ).format(path=log_path())
        )
        self.copy_button = self.addButton(
            self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        self.addButton(QMessageBox.StandardButton.Ok)
        self.setDefaultButton(QMessageBox.StandardButton.Ok)
        # Copying must not close the dialog: the user may want to read on.
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self.copy_details)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


_showing = False


def _show_dialog(details: str, parent: QWidget | None) -> None:
    """One dialog at a time: a fault repeating every tick is logged, not shown twice."""
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        ErrorDialog(details, parent or QApplication.activeWindow()).exec()
    finally:
        _showing = False


def report_unexpected(
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    details = "".join(traceback.format_exception(kind, error, trace))
    details = f"Dialoog {__version__}\n{details}"
    log.error("Unexpected error\n%s", details)
    print(details, file=sys.stderr)
    _show_dialog(details, parent)


class _ThreadReports(QObject):
    """Brings a worker thread's fault to the GUI thread (widgets live only there)."""

    reported = Signal(str)


_bridge: _ThreadReports | None = None


def install_hooks() -> None:
    """Every exception that reaches the top (a slot, a timer, a thread) is reported."""
    global _bridge

    def main_hook(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
        elif isinstance(error, UserError):  # a refusal a screen forgot to guard
            show_error(QApplication.activeWindow(), i18n.text(error.text))
        else:
            report_unexpected(kind, error, trace)

    _bridge = _ThreadReports()
    _bridge.reported.connect(
        lambda details: _show_dialog(details, None), Qt.ConnectionType.QueuedConnection
    )
    bridge = _bridge

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        name = args.thread.name if args.thread is not None else "?"
        log.error("Unexpected error in thread %s\n%s", name, details)
        bridge.reported.emit(f"Dialoog {__version__} ({name})\n{details}")

    sys.excepthook = main_hook
    threading.excepthook = thread_hook
