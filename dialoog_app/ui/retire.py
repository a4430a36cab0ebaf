"""Taking the screens of a project out of service before its workspace closes.

Why this is needed: Qt deletes widgets later (``deleteLater``), and until then a hidden
screen can still receive focus and show events, fire timers and run queued calls against a
workspace that is already closed ("project … is closed", "Internal C++ object already
deleted"). Retiring them first makes the old screens inert at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget


def retire_screens(container: QWidget) -> None:
    """Hide ``container`` (focus leaves it, its drafts are saved while the project is still
    open), stop its timers, silence its objects and delete it with everything inside."""
    container.hide()
    for window in container.findChildren(QWidget):
        if window.isWindow():  # the projector window is a screen's child, but a window
            window.hide()
    container.setEnabled(False)
    for timer in container.findChildren(QTimer):
        timer.stop()
    # Silenced, a leftover queued call or model change of an old screen cannot reach
    # anything of the window; queued calls bound to these objects die with them.
    for obj in container.findChildren(QObject):
        obj.blockSignals(True)
    container.deleteLater()
