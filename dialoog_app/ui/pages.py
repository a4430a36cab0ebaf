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

from .agenda.page import AgendaPage
from .board.page import BoardPage
from .capture.page import CapturePage
from .context import UiContext
from .meetings.page import MeetingsPage
from .plan.page import PrioritisePage
from .plan.plan_page import PlanPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source; translated in the "Pages" context
    shortcut: str
    create: Callable[[UiContext], QWidget]


PAGES: list[PageSpec] = [
    PageSpec("meetings", QT_TRANSLATE_NOOP("Pages", "Meetings"), "Ctrl+1", MeetingsPage),
    PageSpec("agenda", QT_TRANSLATE_NOOP("Pages", "Agenda"), "Ctrl+2", AgendaPage),
    PageSpec("capture", QT_TRANSLATE_NOOP("Pages", "Table"), "Ctrl+3", CapturePage),
    PageSpec("board", QT_TRANSLATE_NOOP("Pages", "Opgaven"), "Ctrl+4", BoardPage),
    PageSpec("prioritise", QT_TRANSLATE_NOOP("Pages", "Prioritise"), "Ctrl+5", PrioritisePage),
    PageSpec("plan", QT_TRANSLATE_NOOP("Pages", "Plan"), "Ctrl+6", PlanPage),
]
