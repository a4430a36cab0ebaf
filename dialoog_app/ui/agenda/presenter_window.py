"""The presenter view: the clock for the projector, readable from the back of the room.

A separate window, full screen on the screen the user picks. It follows the same
``ClockModel`` as the control window (one signal, one state), so both always agree, and
it carries the same control actions, so a presentation clicker works on it too.
Light text on a dark ground: less glare in a dim room, and legible on a weak projector.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from dialoog_app.domain.agenda_clock import ClockState, ClockStatus

from ..clock.alerts import Zone, zone_colour, zone_of
from ..clock.clock_model import ClockModel
from ..context import UiContext
from ..settings import PRESENTER_SCREEN
from ..shortcuts import sequences
from . import clock_texts as texts
from .run_controls import RunControls
from .widget_helpers import keep_place_when_hidden, set_style

BACKGROUND, MUTED = "#14212b", "#9fb0bc"
IN_A_WINDOW = "window"


def screen_key(screen: QScreen) -> str:
    """How a screen is remembered: its name and where it is (names may be empty)."""
    g = screen.geometry()
    return f"{screen.name()}@{g.x()},{g.y()},{g.width()}x{g.height()}"


class PresenterWindow(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        model: ClockModel,
        controls: RunControls,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        # Qt adds " — Dialoog" (the application's display name) to every window title.
        self.setWindowTitle(self.tr("Presenter view"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.ctx = ctx
        self.model = model
        self.setStyleSheet(f"#presenterWindow {{ background: {BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a clicker's keys arrive here

        def label(name: str, colour: str = "white") -> QLabel:
            widget = QLabel(self)
            widget.setObjectName(name)
            widget.setStyleSheet(f"color: {colour};")
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return widget

        self.meeting_label = label("presenterMeeting", MUTED)
        self.title_label = label("presenterTitle")
        self.title_label.setWordWrap(True)
        self.countdown_label = label("presenterCountdown")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("presenterProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.banner = label("presenterBanner")
        keep_place_when_hidden(self.banner)  # nothing jumps when the warning appears
        self.question_label = label("presenterQuestion")
        self.question_label.setWordWrap(True)
        self.next_label = label("presenterNext", MUTED)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 40)
        layout.setSpacing(16)
        layout.addWidget(self.meeting_label)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.question_label)
        layout.addStretch(1)
        layout.addWidget(self.next_label)

        # The same actions as the control window, plus undo and leaving the view.
        self.addActions(controls.actions())
        undo = ctx.undo_stack.createUndoAction(self)
        undo.setShortcuts(sequences("presenter.undo"))
        self.addAction(undo)
        # Esc only leaves full screen: a stray Esc must not take the clock off the wall.
        leave = self.addAction(self.tr("Leave full screen"))
        leave.setShortcuts(sequences("presenter.leave_full_screen"))
        leave.triggered.connect(self.leave_full_screen)
        full = self.addAction(self.tr("Full screen on or off"))
        full.setShortcuts(sequences("presenter.full_screen"))
        full.triggered.connect(self.toggle_full_screen)
        close = self.addAction(self.tr("Close the presenter view"))
        close.setShortcuts(sequences("presenter.close"))
        close.triggered.connect(self.close)

        model.ticked.connect(self.show_state)
        model.snapshot_changed.connect(lambda: self.show_state(model.state))
        self.resize(1024, 640)
        self._fit_fonts()
        self.show_state(model.state)

    # -- where it is shown ------------------------------------------------------------------
    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen``; in an ordinary window if None."""
        PRESENTER_SCREEN.set(IN_A_WINDOW if screen is None else screen_key(screen))
        if screen is None:
            self.showNormal()
        else:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    @staticmethod
    def preferred_screen(control_window: QWidget | None) -> QScreen | None:
        """The screen chosen last time; else another screen than the control window's."""
        screens = QGuiApplication.screens()
        chosen = PRESENTER_SCREEN.get()
        if chosen == IN_A_WINDOW:
            return None
        same = [s for s in screens if screen_key(s) == chosen]
        renamed = [s for s in screens if s.name() and chosen.startswith(s.name() + "@")]
        if chosen and (same or renamed):
            return (same or renamed)[0]  # the very same screen, or the same one moved
        own = control_window.screen() if control_window is not None else None
        others = [s for s in screens if s is not own]
        return others[0] if others and len(screens) > 1 else None

    # -- showing ----------------------------------------------------------------------------
    def show_state(self, state: ClockState | None) -> None:
        zone = zone_of(state)
        colour = zone_colour(zone, dark=True)
        paused = state is not None and state.status == ClockStatus.PAUSED
        running = state is not None and state.current_item_id is not None
        self.meeting_label.setText(
            " · ".join(
                part
                for part in (
                    self.model.snapshot.meeting_title if self.model.snapshot and running else "",
                    texts.hhmm(self.ctx.clock.now()),
                    texts.venue_text(state.current_item_id, self.model) if state else "",
                    self.tr("paused") if paused else "",
                    self.tr("rehearsal") if texts.rehearsing(state, self.model) else "",
                )
                if part
            )
        )
        if state is None or state.status == ClockStatus.NOT_STARTED:
            # While people come in: what this is and when it begins; the first item below.
            title = self.model.snapshot.meeting_title if self.model.snapshot else ""
            self.title_label.setText(title)
        else:
            self.title_label.setText(texts.current_title(state, self.model))
        self.countdown_label.setText(texts.countdown(state, self.model) if running else "")
        self.countdown_label.setVisible(running)
        set_style(self.countdown_label, f"color: {MUTED if paused else colour};")
        self.progress.setVisible(running)
        self.progress.setValue(round(texts.progress(state) * 1000))
        height = self.progress.height()
        set_style(
            self.progress,
            f"QProgressBar {{ border: none; background: #2b3a45; border-radius: {height // 2}px; }}"
            f"QProgressBar::chunk {{ background: {colour}; border-radius: {height // 2}px; }}",
        )
        banner = texts.banner_text(state)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        set_style(
            self.banner,
            f"color: {BACKGROUND}; background: {colour}; border-radius: 8px; padding: 6px 18px;"
            if zone != Zone.NORMAL
            else "",
        )
        question, _notes = texts.question_and_notes(state, self.model)  # notes stay private
        following = texts.next_text(state, self.model)
        if state is None or state.status == ClockStatus.NOT_STARTED:
            question = texts.starts_at(self.model)
            following = texts.current_title(state, self.model)
        elif state.status == ClockStatus.FINISHED:
            question = texts.ended_text(state)
            following = ""
        self.question_label.setText(question)
        self.question_label.setVisible(bool(question))
        self.next_label.setText(following)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        """Sizes follow the window's height, so a 4K screen and a beamer both fill up."""
        height = max(self.height(), 300)
        self.progress.setFixedHeight(max(10, height // 40))
        for widget, share, bold in (
            (self.meeting_label, 0.035, False),
            (self.title_label, 0.075, True),
            (self.countdown_label, 0.30, True),
            (self.banner, 0.05, True),
            (self.question_label, 0.05, False),
            (self.next_label, 0.04, False),
        ):
            font = QFont(widget.font())
            font.setPixelSize(max(12, round(height * share)))
            font.setBold(bold)
            widget.setFont(font)
