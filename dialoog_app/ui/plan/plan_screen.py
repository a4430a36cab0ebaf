"""The Plan screen (Ctrl+6): two tabs, the plan of action and the Voortgang (what changed
since a date), each a key away (Ctrl+Shift+P, Ctrl+Shift+V; declared in ui/shortcuts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QTabWidget, QVBoxLayout, QWidget

from ..context import UiContext
from ..page_focus import focus_if_shown
from ..shortcuts import sequences
from .plan_page import PlanPage
from .progress_view import ProgressView


class PlanScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planScreen")
        self.plan = PlanPage(ctx, self)
        self.progress = ProgressView(ctx, self)  # reads the project when first shown
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("planTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Plan or progress"))
        self.tabs.addTab(self.plan, self.tr("Plan"))
        self.tabs.addTab(self.progress, self.tr("Progress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for action, page in (("plan.show_plan", self.plan), ("plan.show_progress", self.progress)):
            for key in sequences(action):
                QShortcut(key, self, lambda p=page: self.show_tab(p),
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip

    def _first_field(self) -> QWidget:
        return self.plan.opgave_list if self.tabs.currentWidget() is self.plan else (
            self.progress.since_edit
        )  # fmt: skip

    def show_tab(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)
        if focus_if_shown(self._first_field()) and page is self.progress:
            # Ready to type a date over the day, even when the field had the focus already.
            self.progress.since_edit.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            focus_if_shown(self._first_field())  # so the screen's keys work at once
