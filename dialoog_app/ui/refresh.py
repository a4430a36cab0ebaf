"""Read again now if the screen is shown, else once when it is next shown.

A screen that is built but hidden (the lazy stack keeps every screen once shown, and the
Plan screen's tabs) hears every change of the project. Re-reading for each one is work
nobody sees and, worse, it happens while the user types elsewhere: the Plan tab re-read
every opgave's plan for each dot typed on Prioriteren. One rule for every such screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    def __init__(self, widget: QWidget, reload: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self._reload = reload
        self.stale = False
        widget.installEventFilter(self)

    def changed(self) -> None:
        """Something the screen shows has changed."""
        if self.widget.isVisible():
            self.reload()
        else:
            self.stale = True

    def reload(self) -> None:
        self.stale = False
        self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self.reload()
        return False
