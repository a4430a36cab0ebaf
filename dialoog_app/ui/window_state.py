"""Reopen where the user was: the window's place and size, the screen, the meeting.

Remembered in the user's settings the moment they change (not only on a clean close), so
after a crash the app comes back on the Tafel screen of the meeting the facilitator was
noting — the table itself is remembered per laptop in the project (``drafts``). A saved
window place is used only while it is still on a screen: after a change of monitors
(the projector unplugged) the window is put back where it can be seen.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication

from dialoog_app.services.meetings_read import list_meetings
from dialoog_app.services.workspace import Workspace

from .settings import app_settings

if TYPE_CHECKING:
    from .main_window import MainWindow

GEOMETRY, SCREEN, MEETING = "window/geometry", "window/screen", "window/meeting"
VISIBLE_AT_LEAST = (160, 80)  # this much of the window on a screen counts as reachable
_PLACE_EVENTS = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Close)


def _project_key(workspace: Workspace) -> str:
    digest = hashlib.sha1(str(workspace.path).encode(), usedforsecurity=False).hexdigest()
    return f"{MEETING}/{digest[:16]}"


def opening_meeting(workspace: Workspace) -> str | None:
    """The meeting the window opens on: the one shown last in this project while it is
    still there, else the first. Decided here for every screen, since the window builds
    only the screen it opens on (the Bijeenkomsten list used to choose it)."""
    wanted = str(app_settings().value(_project_key(workspace), "") or "")
    meetings = [m.id for m in list_meetings(workspace)]
    if wanted in meetings:
        return wanted
    return meetings[0] if meetings else None


def saved_screen() -> str | None:
    """The screen shown last: the window opens on it, and builds only that one."""
    return str(app_settings().value(SCREEN, "") or "") or None


def on_a_screen(frame: QRect) -> bool:
    """Is enough of ``frame`` on one of the screens there are now to grab and move it?"""
    for screen in QGuiApplication.screens():
        seen = screen.availableGeometry().intersected(frame)
        if seen.width() >= VISIBLE_AT_LEAST[0] and seen.height() >= VISIBLE_AT_LEAST[1]:
            return True
    return False


class WindowState(QObject):
    """Restores the window once, then writes every change to the settings."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._settings = app_settings()  # one instance: a drag sends many moves
        self._restore_geometry()
        window.nav.currentRowChanged.connect(self._remember_screen)
        window.project_changed.connect(self._follow_project)
        window.installEventFilter(self)
        self._follow_project()

    # -- the window's place ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = app_settings().value(GEOMETRY)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.window.restoreGeometry(saved)
        self.keep_on_screen()

    def keep_on_screen(self) -> None:
        if on_a_screen(self.window.frameGeometry()):
            return
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        self.window.resize(
            min(self.window.width(), room.width()), min(self.window.height(), room.height())
        )
        self.window.move(room.topLeft())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in _PLACE_EVENTS:
            # Kept in memory by QSettings and written out by it soon after: cheap enough
            # for every step of a drag, and there after a crash.
            self._settings.setValue(GEOMETRY, self.window.saveGeometry())
        return super().eventFilter(watched, event)

    # -- where in the app --------------------------------------------------------------------
    def _remember_screen(self) -> None:
        key = self.window.current_page_key()
        if key is not None:
            settings = app_settings()
            settings.setValue(SCREEN, key)
            settings.sync()  # a crash a second later must not forget it

    def _follow_project(self) -> None:
        # A new project has a new bus: listen to that one.
        self.window.bus.current_meeting_changed.connect(self._remember_meeting)

    def _remember_meeting(self, meeting_id: str | None) -> None:
        if self.window.ctx is None or meeting_id is None:
            return
        settings = app_settings()
        settings.setValue(_project_key(self.window.workspace), meeting_id)
        settings.sync()
