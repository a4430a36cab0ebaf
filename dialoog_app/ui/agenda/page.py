"""The "Agenda" page: build the current meeting's agenda, run its clock, see planned vs actual.

Three tabs over one ``ClockModel``: the editor, the clock (with the presenter window for
the projector) and the report. Without a current meeting it points to Bijeenkomsten.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QGuiApplication,
    QScreen,
)
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.services import meetings
from dialoog_app.services.events import Topic

from ..clock.clock_model import ClockModel
from ..context import UiContext
from ..shortcuts import sequences
from .agenda_editor import AgendaEditor
from .presenter_window import PresenterWindow
from .run_controls import RunControls
from .run_panel import RunPanel
from .timing_report import TimingReport

EDIT_TAB, CLOCK_TAB, REPORT_TAB = range(3)


class AgendaPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.clock_model = ClockModel(ctx, self)
        self.controls = RunControls(ctx, self.clock_model, self)
        self.presenter: PresenterWindow | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("agendaHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.editor = AgendaEditor(ctx, self)
        self.run_panel = RunPanel(self.clock_model, self.controls, self)
        self.report = TimingReport(ctx, self.clock_model, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("agendaTabs")
        self.tabs.setAccessibleName(self.tr("Agenda views"))
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet("QTabBar::tab { padding: 8px 18px; font-size: 11pt; }")
        self.tabs.addTab(self.editor, self.tr("&Build the agenda"))
        self.tabs.addTab(self.run_panel, self.tr("&Clock"))
        self.tabs.addTab(self.report, self.tr("&Planned and actual"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._build_presenter_button()

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.heading)
        content_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_empty_state())
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        ctx.bus.current_meeting_changed.connect(self.show_meeting)
        ctx.bus.changed.connect(self._on_changed)
        self.show_meeting(ctx.bus.current_meeting_id)

    def _build_empty_state(self) -> QWidget:
        empty = QWidget(self)
        empty.setObjectName("agendaEmptyState")
        layout = QVBoxLayout(empty)
        invitation = QLabel(
            self.tr(
                "Choose a meeting first.\nThe agenda and its clock belong to one meeting: "
                "make or pick it under Meetings."
            ),
            empty,
        )
        invitation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        invitation.setWordWrap(True)
        invitation.setStyleSheet("font-size: 14pt;")
        button = QPushButton(self.tr("Go to Meetings"), empty)
        button.setObjectName("goToMeetings")
        button.clicked.connect(self._go_to_meetings)
        layout.addStretch(1)
        layout.addWidget(invitation)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return empty

    def _build_presenter_button(self) -> None:
        button = self.run_panel.presenter_button
        button.setText(self.tr("Presenter view"))
        button.setToolTip(self.tr("Show the clock full screen on a projector or second screen (P)"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.clicked.connect(self.toggle_presenter)
        self.screen_menu = QMenu(button)
        self.screen_menu.setObjectName("screenMenu")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        button.setMenu(self.screen_menu)
        toggle = QAction(self)
        toggle.setShortcuts(sequences("clock.presenter"))
        toggle.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        toggle.triggered.connect(self.toggle_presenter)
        self.run_panel.addAction(toggle)

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            self.screen_menu.addAction(
                self.tr("Full screen on screen {number}: {name} ({width} × {height})").format(
                    number=number, name=screen.name(), width=size.width(), height=size.height()
                ),
                partial(self.open_presenter, screen),
            )
        self.screen_menu.addAction(self.tr("In a window"), lambda: self.open_presenter(None))
        if self.presenter is not None and self.presenter.isVisible():
            self.screen_menu.addSeparator()
            self.screen_menu.addAction(self.tr("Close the presenter view"), self.presenter.close)

    # -- showing ----------------------------------------------------------------------------
    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.stack.setCurrentIndex(1 if meeting_id else 0)
        if meeting_id is None:
            self.editor.show_meeting(None, None)
            if self.presenter is not None:
                self.presenter.close()
            return
        meeting = meetings.get_meeting(self.ctx.workspace, meeting_id)
        when = ""
        if meeting.date:
            qdate = QDate(meeting.date.year, meeting.date.month, meeting.date.day)
            when = QLocale().toString(qdate, "dddd d MMMM yyyy")
        if meeting.start_time:
            when += (" " if when else "") + meeting.start_time.strftime("%H:%M")
        self.heading.setText(f"{meeting.title} — {when}" if when else meeting.title)
        self.editor.show_meeting(meeting_id, meeting.start_time)

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if Topic.MEETINGS in topics and self.meeting_id is not None:
            self.show_meeting(self.meeting_id)  # a new title or start time

    def _on_tab_changed(self, index: int) -> None:
        if index != EDIT_TAB:
            self.editor.flush()
        if index == CLOCK_TAB:
            self.run_panel.setFocus()

    def show_clock(self) -> RunPanel:
        self.tabs.setCurrentIndex(CLOCK_TAB)
        return self.run_panel

    def _go_to_meetings(self) -> None:
        show_page = getattr(self.window(), "show_page", None)
        if callable(show_page):
            show_page("meetings")

    # -- the presenter view -----------------------------------------------------------------
    def open_presenter(self, screen: QScreen | None) -> PresenterWindow:
        """Open (or move) the presenter view: full screen on ``screen``, or in a window."""
        if self.presenter is None:
            # A child window: deleted with the page, never keeping the app running alone.
            self.presenter = PresenterWindow(self.ctx, self.clock_model, self.controls, self)
            self.window().installEventFilter(self)
        self.presenter.show_on(screen)
        return self.presenter

    def toggle_presenter(self) -> None:
        """Close the presenter view, or open it where it was shown last time."""
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
        else:
            self.open_presenter(PresenterWindow.preferred_screen(self.window()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The main window closes: so does the presenter view, which would otherwise stay
        # on the projector alone. (Another page shown: the projector keeps the clock.)
        if event.type() == QEvent.Type.Close and self.presenter is not None:
            self.presenter.close()
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        self.editor.flush()
