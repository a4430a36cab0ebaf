"""Starting the GUI: the application object, translations, the first project."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from dialoog_app import paths
from dialoog_app.domain import errors
from dialoog_app.domain.errors import UserError
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace

from . import i18n, settings, theme
from .errors import install_hooks, log, setup_logging, show_error
from .interrupt import SignalCloser
from .main_window import MainWindow
from .single_instance import InstanceServer, bring_forward


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("Dialoog")
    app.setApplicationName("Dialoog")
    app.setApplicationDisplayName("Dialoog")
    app.setDesktopFileName("dialoog")  # Wayland: the taskbar finds dialoog.desktop's icon
    app.setWindowIcon(QIcon(str(paths.resource("icons", "dialoog.svg"))))
    i18n.install_translators(app)
    theme.follow_system(app)  # light or dark, as the system is, and when it changes
    return app


def open_or_create(path: Path) -> Workspace:
    return open_workspace(path) if path.exists() else new_workspace(path)


class Start(NamedTuple):
    workspace: Workspace
    remember: bool  # False: a fallback, not the user's choice; what reopens next stays


def first_workspace(path: Path | None) -> Start:
    """The project asked for; else the last one used; else the default project.

    A project refused on the command line or already open elsewhere raises its
    ``UserError``: nothing else is opened and nothing remembered changes. Only when the
    last project cannot be used is the default project opened, without becoming "last".
    """
    if path is not None:
        return Start(open_workspace(path), True)
    last = settings.last_project()
    if last is not None and last.exists():
        try:
            return Start(open_workspace(last), True)
        except errors.AlreadyOpenError:
            raise
        except UserError as error:
            show_error(None, i18n.text(error.text))
    # First start (nothing to forget), or a last project that is gone or refused.
    return Start(open_or_create(paths.default_project_path()), last is None)


def run_gui(path: Path | None) -> int:
    app = make_application()
    setup_logging()
    install_hooks()
    try:
        start = first_workspace(path)
    except errors.AlreadyOpenError as error:
        shown = bring_forward(Path(str(error.text.args.get("path", ""))))
        if shown is None:  # no Dialoog answers for it: say where it is open, and stop
            show_error(None, i18n.text(error.text))
            return 2
        print(
            QCoreApplication.translate(
                "Cli", "Dialoog is already running with {path}; its window was brought forward."
            ).format(path=shown)
        )
        return 0
    except UserError as error:
        show_error(None, i18n.text(error.text))
        return 2
    window = MainWindow(start.workspace, remember=start.remember)
    server = InstanceServer(lambda: window.workspace.path if window.ctx else None, window)
    server.raise_requested.connect(window.bring_forward)
    server.listen()
    closer = SignalCloser(app)
    window.show()
    QTimer.singleShot(0, lambda: log.info("Window open on %s", start.workspace.path))
    try:
        code = app.exec()
        log.info("Stopped (exit code %s)", code)
        return code
    finally:
        window.close()  # the event loop may end without it (a signal)
        closer.restore()
