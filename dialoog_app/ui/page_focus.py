"""A page that is not shown must never own the keyboard focus.

Otherwise keys typed on one screen land in another: a hidden note input stores them as
its draft, claims its keys, saves a note on Enter. Pages give themselves the focus
through ``focus_if_shown`` (and again in their ``showEvent``); ``FocusGuard`` is the net
under that rule for the whole stack of pages, whoever calls ``setFocus``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget


def focus_if_shown(widget: QWidget) -> bool:
    """Give ``widget`` the focus only while the user can see it; a hidden page waits
    for its ``showEvent`` to ask again."""
    if not widget.isVisible():
        return False
    widget.setFocus()
    return True


class FocusGuard(QObject):
    """Takes the focus back whenever it lands on a widget of a page that is not shown."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self.stack = stack
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.isVisible() or not self.stack.isAncestorOf(new):
            return
        if not self.stack.isVisible():
            return  # the window is closing or hidden: nothing is typed into it
        if old is not None and old.isVisible() and old.window() is new.window():
            old.setFocus()  # back where the user was typing
            return
        page = self.stack.currentWidget()
        if page is not None:
            target = page.focusWidget()
            (target if target is not None and target.isVisible() else page).setFocus()
