"""The File menu's "Import notes from CSV/Excel…", added to the main window in one call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ..context import UiContext

if TYPE_CHECKING:  # the dialog is imported when first opened: not needed to start
    from .dialog import ImportDialog


class ImportAction(QAction):
    """Opens the import dialog for the project open at that moment."""

    def __init__(self, window: QWidget, context: Callable[[], UiContext | None]) -> None:
        super().__init__(
            QCoreApplication.translate("ImportAction", "&Import notes from CSV/Excel…"), window
        )
        self.setObjectName("importAction")
        self.window = window
        self.context = context
        self.dialog: ImportDialog | None = None
        self.triggered.connect(self.show_dialog)

    def show_dialog(self) -> ImportDialog | None:
        from .dialog import ImportDialog

        ctx = self.context()
        if ctx is None:
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ImportDialog(ctx, self.window)
        self.dialog.open()  # window-modal; the event loop keeps running
        return self.dialog


def install(window: QWidget, menu: QMenu, context: Callable[[], UiContext | None]) -> ImportAction:
    action = ImportAction(window, context)
    menu.addAction(action)
    return action
