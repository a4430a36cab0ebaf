"""The File menu's "Prepare table laptops…" and "Merge with laptop files…", in one call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from ..context import UiContext


class MergeActions:
    """Opens the dialogs for the project open at that moment."""

    def __init__(self, window: QWidget, context: Callable[[], UiContext | None]) -> None:
        self.window = window
        self.context = context
        self.dialog: QDialog | None = None
        translate = QCoreApplication.translate
        self.prepare = QAction(translate("MergeActions", "Prepare &table laptops…"), window)
        self.prepare.setObjectName("prepareAction")
        self.prepare.triggered.connect(self.show_prepare)
        self.merge = QAction(translate("MergeActions", "&Merge with laptop files…"), window)
        self.merge.setObjectName("mergeAction")
        self.merge.triggered.connect(self.show_merge)

    def _show(self, make: Callable[[UiContext], QDialog]) -> QDialog | None:
        ctx = self.context()
        if ctx is None:
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = make(ctx)
        self.dialog.open()  # window-modal; the event loop keeps running
        return self.dialog

    def show_prepare(self) -> QDialog | None:
        from .prepare_dialog import PrepareDialog

        return self._show(lambda ctx: PrepareDialog(ctx, self.window))

    def show_merge(self) -> QDialog | None:
        from .merge_dialog import MergeDialog

        return self._show(lambda ctx: MergeDialog(ctx, self.window))


def install(window: QWidget, menu: QMenu, context: Callable[[], UiContext | None]) -> MergeActions:
    actions = MergeActions(window, context)
    menu.addAction(actions.prepare)
    menu.addAction(actions.merge)
    return actions
