"""File → "Backups…" and the automatic backups, added to the main window in one call."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from dialoog_app.domain.errors import UserError
from dialoog_app.services import backups
from dialoog_app.services.workspace import Workspace, open_workspace

from .. import i18n
from ..context import UiContext, show_error
from .backups_dialog import BackupsDialog
from .scheduler import BackupScheduler


class ProjectWindow(Protocol):
    """What of the main window this package uses."""

    project_changed: SignalInstance
    pages: dict[str, QWidget]

    def set_workspace(self, workspace: Workspace) -> None: ...


def flush_pages(window: ProjectWindow) -> None:
    """Whatever is still being typed is saved before the file is swapped."""
    for page in window.pages.values():
        flush = getattr(page, "flush", None)
        if callable(flush):
            flush()


def restore_into(window: ProjectWindow, ctx: UiContext, backup: Path) -> bool:
    """Back up the current state, put ``backup`` in place, reopen the project in the window."""
    flush_pages(window)
    parent = window if isinstance(window, QWidget) else None
    try:
        project = backups.restore(ctx.workspace, backup)
        restored = open_workspace(project)
    except UserError as error:
        show_error(parent, i18n.text(error.text))
        return False
    window.set_workspace(restored)
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            QCoreApplication.translate("Backups", "The backup has been put back."), 15000
        )
    return True


class BackupsAction(QAction):
    def __init__(self, window: QMainWindow, context: Callable[[], UiContext | None]) -> None:
        super().__init__(QCoreApplication.translate("Backups", "&Backups…"), window)
        self.setObjectName("backupsAction")
        self.window = window
        self.context = context
        self.dialog: BackupsDialog | None = None
        self.scheduler = BackupScheduler(window)
        self.triggered.connect(self.show_dialog)
        window.project_changed.connect(self._project_changed)  # type: ignore[attr-defined]

    def _project_changed(self) -> None:
        ctx = self.context()
        if ctx is not None:
            self.scheduler.follow(ctx.workspace)

    def show_dialog(self) -> BackupsDialog | None:
        ctx = self.context()
        if ctx is None:
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        window: ProjectWindow = self.window  # type: ignore[assignment]
        self.dialog = BackupsDialog(ctx, lambda path: self._restore(window, path), self.window)
        self.dialog.open()
        return self.dialog

    def _restore(self, window: ProjectWindow, backup: Path) -> None:
        ctx = self.context()
        if ctx is not None:
            self.scheduler.stop()  # no copy of a file being swapped; the reopen starts it again
            restore_into(window, ctx, backup)


def install(
    window: QMainWindow, menu: QMenu, context: Callable[[], UiContext | None]
) -> BackupsAction:
    action = BackupsAction(window, context)
    menu.addAction(action)
    return action
