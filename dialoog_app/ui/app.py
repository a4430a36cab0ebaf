"""Starting the GUI: the application object, translations, the first project."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from dialoog_app import paths
from dialoog_app.domain.errors import UserError
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace

from . import i18n, settings
from .context import show_error
from .main_window import MainWindow


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
    return app


def open_or_create(path: Path) -> Workspace:
    return open_workspace(path) if path.exists() else new_workspace(path)


def first_workspace(path: Path | None) -> Workspace:
    """The project asked for; else the last one used; else the default project.

    A file that cannot be opened is explained, and the app falls back to the default
    project so the user is never left without a window.
    """
    candidates: list[Path] = []
    if path is not None:
        candidates.append(path)
    else:
        last = settings.app_settings().value("last_project")
        if last and Path(str(last)).exists():
            candidates.append(Path(str(last)))
    candidates.append(paths.default_project_path())
    for i, candidate in enumerate(candidates):
        try:
            if i == 0 and path is not None:
                return open_workspace(candidate)
            return open_or_create(candidate)
        except UserError as error:
            show_error(None, i18n.text(error.text))
            if i == len(candidates) - 1:
                raise
    raise AssertionError("unreachable")


def run_gui(path: Path | None) -> int:
    app = make_application()
    try:
        workspace = first_workspace(path)
    except UserError:
        return 2
    window = MainWindow(workspace)
    window.show()
    return app.exec()
