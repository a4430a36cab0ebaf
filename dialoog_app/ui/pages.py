"""The screens of the main window, in navigation order.

A new screen is one entry here: a stable key, its title (marked for translation) and a
factory taking the shared ``UiContext``; its Ctrl+digit is declared in ``ui/shortcuts``.
A page may define ``flush()`` (save what is still being edited) and is rebuilt when
another project is opened.
A page that is not shown never owns the keyboard focus (``page_focus.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP

from .context import UiContext
from .shortcuts import keys_text, sequence


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source; translated in the "Pages" context
    create: Callable[[UiContext], QWidget]

    @property
    def shortcut(self) -> str:
        """The key that shows the page (portable text, e.g. "Ctrl+3")."""
        return sequence(f"screen.{self.key}").toString()

    @property
    def shortcut_text(self) -> str:
        return keys_text(f"screen.{self.key}")


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


def _prioritise(ctx: UiContext) -> QWidget:
    from .plan.page import PrioritisePage

    return PrioritisePage(ctx)


def _plan(ctx: UiContext) -> QWidget:
    from .plan.plan_screen import PlanScreen

    return PlanScreen(ctx)


PAGES: list[PageSpec] = [
    PageSpec("meetings", QT_TRANSLATE_NOOP("Pages", "Meetings"), _meetings),
    PageSpec("agenda", QT_TRANSLATE_NOOP("Pages", "Agenda"), _agenda),
    PageSpec("capture", QT_TRANSLATE_NOOP("Pages", "Table"), _capture),
    PageSpec("board", QT_TRANSLATE_NOOP("Pages", "Opgaven"), _board),
    PageSpec("prioritise", QT_TRANSLATE_NOOP("Pages", "Prioritise"), _prioritise),
    PageSpec("plan", QT_TRANSLATE_NOOP("Pages", "Plan"), _plan),
]
