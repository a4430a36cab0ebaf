"""The screens of the main window, in navigation order.

A new screen is one entry here: a stable key, its title (marked for translation) and a
factory taking the shared ``UiContext``. A page may define ``flush()`` (save what is still
being edited) and is rebuilt when another project is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP

from .context import UiContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source; translated in the "Pages" context
    shortcut: str
    create: Callable[[UiContext], QWidget]


# Each screen's module is imported when the screen is first built (ui/lazy_pages.py), not
# at start-up: the first paint needs one screen, not four.
def _meetings(ctx: UiContext) -> QWidget:
    from .meetings.page import MeetingsPage

    return MeetingsPage(ctx)


def _agenda(ctx: UiContext) -> QWidget:
    from .agenda.page import AgendaPage

    return AgendaPage(ctx)


def _capture(ctx: UiContext) -> QWidget:
    from .capture.page import CapturePage

    return CapturePage(ctx)


def _board(ctx: UiContext) -> QWidget:
    from .board.page import BoardPage

    return BoardPage(ctx)


PAGES: list[PageSpec] = [
    PageSpec("meetings", QT_TRANSLATE_NOOP("Pages", "Meetings"), "Ctrl+1", _meetings),
    PageSpec("agenda", QT_TRANSLATE_NOOP("Pages", "Agenda"), "Ctrl+2", _agenda),
    PageSpec("capture", QT_TRANSLATE_NOOP("Pages", "Table"), "Ctrl+3", _capture),
    PageSpec("board", QT_TRANSLATE_NOOP("Pages", "Opgaven"), "Ctrl+4", _board),
]
