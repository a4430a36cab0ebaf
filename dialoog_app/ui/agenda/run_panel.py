"""The clock screen for the lead facilitator: a big countdown and the controls to run it.

Everything shown is the ``ClockModel`` state replayed at the current moment; the panel only
repaints. Warning colour at the chosen minutes left, an alert at zero, then +mm:ss in red.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.agenda_clock import ClockState, ClockStatus

from .. import theme
from ..clock import alerts
from ..clock.alerts import ClockAlerts, Zone, zone_of, zone_role
from ..clock.clock_model import ClockModel
from . import clock_texts as texts
from .run_agenda_list import RunAgendaList
from .run_controls import RunControls
from .spoken_countdown import SpokenCountdown
from .widget_helpers import keep_place_when_hidden, sized_font

FLASH_MS = 2500  # how long the banner stays inverted after a zone is entered


def bar_style(role: str, height: int) -> str:
    """A theme.style template: the bar in the colour of ``role`` on the theme's track."""
    return (
        f"QProgressBar {{ border: none; background: @track; border-radius: {height // 2}px; }}"
        f"QProgressBar::chunk {{ background: @{role}; border-radius: {height // 2}px; }}"
    )


class RunPanel(QWidget):
    def __init__(
        self, model: ClockModel, controls: RunControls, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runPanel")
        self.setAccessibleName(self.tr("Clock"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so its single-key shortcuts work
        self.model = model
        self.controls = controls
        self.alerts = ClockAlerts(model, self)
        self._flashing = False

        self.agenda_list = RunAgendaList(model, self)
        self.agenda_list.setMinimumWidth(240)
        self.agenda_list.setMaximumWidth(360)
        self.agenda_list.go_to_requested.connect(controls.go_to)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("runStatus")
        theme.style(self.status_label, "color: @muted; font-size: 12pt;")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("runTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setFont(sized_font(self.font(), 22, bold=True))
        self.countdown_label = QLabel("--:--", self)
        self.spoken = SpokenCountdown(self.countdown_label)  # read aloud by screen readers
        self.countdown_label.setObjectName("runCountdown")
        self.countdown_label.setFont(sized_font(self.font(), 80, bold=True))
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("runProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(16)
        self.banner = QLabel(self)
        self.banner.setObjectName("runBanner")
        self.banner.setFont(sized_font(self.font(), 16, bold=True))
        self.banner.setContentsMargins(12, 6, 12, 6)
        self.banner.hide()
        keep_place_when_hidden(self.banner)  # nothing jumps when the warning appears
        self.question_label = QLabel(self)
        self.question_label.setObjectName("runQuestion")
        self.question_label.setWordWrap(True)
        self.question_label.setFont(sized_font(self.font(), 15, bold=True))
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("runNotes")
        self.notes_label.setWordWrap(True)
        theme.style(self.notes_label, "color: @muted; font-size: 12pt;")
        self.next_label = QLabel(self)
        self.next_label.setObjectName("runNext")
        self.next_label.setStyleSheet("font-size: 13pt;")
        self.end_label = QLabel(self)
        self.end_label.setObjectName("runEnd")
        self.end_label.setStyleSheet("font-size: 13pt;")

        buttons = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for action in controls.actions():
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(f"{action.objectName()}Button")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to the clock
            button.setMinimumSize(82, 46)
            button.setStyleSheet("QToolButton { font-size: 12pt; padding: 4px 12px; }")
            self.buttons[action.objectName()] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.addActions(controls.actions())

        self.warning_spin = QSpinBox(self)
        self.warning_spin.setObjectName("warningMinutes")
        self.warning_spin.setAccessibleName(self.tr("Warn this many minutes before the end"))
        self.warning_spin.setRange(0, alerts.MAX_WARNING_MINUTES)
        self.warning_spin.setValue(alerts.warning_minutes())
        self.warning_spin.setSuffix(self.tr(" min"))
        self.warning_spin.setSpecialValueText(self.tr("never"))
        self.warning_spin.setToolTip(self.tr("The clock turns amber when this much time is left"))
        self.warning_spin.valueChanged.connect(alerts.set_warning_minutes)
        self.sound_check = QCheckBox(self.tr("Short sound"), self)
        self.sound_check.setObjectName("soundCheck")
        self.sound_check.setChecked(alerts.sound_enabled())
        self.sound_check.setToolTip(self.tr("A short sound at the warning and when time is up"))
        self.sound_check.toggled.connect(alerts.set_sound_enabled)
        self.presenter_button = QToolButton(self)  # filled in by the page
        self.presenter_button.setObjectName("presenterButton")
        self.presenter_button.setMinimumHeight(34)
        self.reset_button = QPushButton(self.tr("Reset clock"), self)
        self.reset_button.setObjectName("resetClock")
        self.reset_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reset_button.setToolTip(
            self.tr("Back to “not started”, e.g. after a rehearsal; Ctrl+Z undoes it")
        )
        self.reset_button.clicked.connect(controls.reset)
        settings = QHBoxLayout()
        settings.addWidget(QLabel(self.tr("Warn at"), self))
        settings.addWidget(self.warning_spin)
        settings.addWidget(QLabel(self.tr("left"), self))
        settings.addSpacing(16)
        settings.addWidget(self.sound_check)
        settings.addStretch(1)
        settings.addWidget(self.presenter_button)
        settings.addWidget(self.reset_button)

        card = QFrame(self)
        card.setObjectName("runCard")
        theme.style(card, "#runCard { background: @base; border-radius: 10px; }")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 20, 28, 20)
        inner.setSpacing(10)
        inner.addWidget(self.status_label)
        inner.addWidget(self.title_label)
        inner.addWidget(self.countdown_label)
        inner.addWidget(self.progress)
        inner.addWidget(self.banner)
        inner.addSpacing(6)
        inner.addWidget(self.question_label)
        inner.addWidget(self.notes_label)
        inner.addStretch(1)
        inner.addWidget(self.next_label)
        inner.addWidget(self.end_label)
        right = QVBoxLayout()
        right.addWidget(card, 1)
        right.addLayout(buttons)
        right.addLayout(settings)
        layout = QHBoxLayout(self)
        layout.addWidget(self.agenda_list, 1)
        layout.addLayout(right, 3)

        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self.alerts.entered.connect(self._flash)
        model.ticked.connect(self.show_state)
        model.snapshot_changed.connect(lambda: self.show_state(model.state))
        self.show_state(model.state)

    def show_state(self, state: ClockState | None) -> None:
        zone = zone_of(state)
        role = zone_role(zone)
        self.status_label.setText(texts.status_text(state, self.model))
        self.title_label.setText(texts.current_title(state, self.model))
        status = state.status if state else ClockStatus.NOT_STARTED
        self.countdown_label.setText(texts.countdown(state, self.model))
        self.countdown_label.setVisible(status != ClockStatus.FINISHED)
        self.spoken.show(state)
        idle = status in (ClockStatus.PAUSED, ClockStatus.NOT_STARTED)
        theme.style(self.countdown_label, f"color: @{'idle' if idle else role};")
        self.progress.setVisible(status != ClockStatus.FINISHED)
        self.progress.setValue(round(texts.progress(state) * 1000))
        theme.style(self.progress, bar_style(role, 16))
        question, notes = texts.question_and_notes(state, self.model)
        self.question_label.setText(question)
        self.question_label.setVisible(bool(question))
        self.notes_label.setText(notes)
        self.notes_label.setVisible(bool(notes))
        self.next_label.setText(texts.next_text(state, self.model))
        self.end_label.setText(texts.end_text(state, self.model))
        banner = texts.banner_text(state)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self._style_banner(zone)
        self.reset_button.setEnabled(bool(self.model.snapshot and self.model.snapshot.presses))
        if texts.has_rehearsal(self.model):
            self.reset_button.setText(self.tr("Reset the rehearsal"))
            self.reset_button.setToolTip(
                self.tr(
                    "Withdraw the presses of the rehearsal; the meeting's own times stay. "
                    "Ctrl+Z undoes it"
                )
            )
        else:
            self.reset_button.setText(self.tr("Reset clock"))
            self.reset_button.setToolTip(
                self.tr("Back to “not started”, e.g. after a rehearsal; Ctrl+Z undoes it")
            )

    def zone(self) -> Zone:
        return zone_of(self.model.state)

    # -- the alert --------------------------------------------------------------------------
    def _flash(self, zone: int, item_id: str) -> None:
        """A zone was just entered: the banner inverts for a moment to catch the eye."""
        self._flashing = True
        self._flash_timer.start()
        self._style_banner(Zone(zone))

    def _end_flash(self) -> None:
        self._flashing = False
        self._style_banner(self.zone())

    def _style_banner(self, zone: Zone) -> None:
        role = zone_role(zone)
        if self._flashing:
            style = f"background: @{role}; color: white; border-radius: 6px;"
        else:
            style = f"background: @soft; color: @{role}; border-radius: 6px;"
        theme.style(self.banner, style)

    def is_flashing(self) -> bool:
        return self._flashing
