"""The Edit menu's "Possible duplicates…", added to the main window in one call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ..context import UiContext

if TYPE_CHECKING:  # the dialog is imported when first opened: not needed to start
    from .dialog import DuplicatesDialog


class DuplicatesAction(QAction):
    """Opens the near-duplicates view for the project open at that moment."""

    def __init__(self, window: QWidget, context: Callable[[], UiContext | None]) -> None:
        super().__init__(
            QCoreApplication.translate("DuplicatesAction", "Possible &duplicates…"), window
        )
        self.setObjectName("duplicatesAction")
        self.window = window
        self.context = context
        self.dialog: DuplicatesDialog | None = None
        self.triggered.connect(self.show_dialog)

    def show_dialog(self) -> DuplicatesDialog | None:
        from .dialog import DuplicatesDialog

        ctx = self.context()
        if ctx is None:
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = DuplicatesDialog(ctx, self.window)
        self.dialog.show()  # not modal: the board stays usable beside it
        return self.dialog


def install(
    window: QWidget, menu: QMenu, context: Callable[[], UiContext | None]
) -> DuplicatesAction:
    action = DuplicatesAction(window, context)
    menu.addAction(action)
    return action
