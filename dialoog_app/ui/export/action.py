"""The File menu's "Export to Word…" (Ctrl+E), added to the main window in one call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ..context import UiContext

if TYPE_CHECKING:  # the dialog (and python-docx behind it) is imported on first use
    from .dialog import ExportDialog

SHORTCUT = "Ctrl+E"


class ExportAction(QAction):
    """Opens the export dialog for the project open at that moment."""

    def __init__(self, window: QWidget, context: Callable[[], UiContext | None]) -> None:
        text = QCoreApplication.translate("ExportAction", "Export to &Word…")
        super().__init__(text, window)
        self.setObjectName("exportAction")
        self.setShortcut(QKeySequence(SHORTCUT))
        self.setToolTip(
            QCoreApplication.translate("ExportAction", "Export the minutes to Word ({key})").format(
                key=SHORTCUT
            )
        )
        self.window = window
        self.context = context
        self.dialog: ExportDialog | None = None
        self.triggered.connect(self.show_dialog)

    def show_dialog(self) -> ExportDialog | None:
        ctx = self.context()
        if ctx is None:
            return None
        from .dialog import ExportDialog

        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ExportDialog(ctx, self.window)
        self.dialog.open()  # window-modal; the event loop keeps running
        return self.dialog


def install(window: QWidget, menu: QMenu, context: Callable[[], UiContext | None]) -> ExportAction:
    action = ExportAction(window, context)
    menu.addAction(action)
    return action
