"""A one-line clock for the capture screen: the running round and the time left in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from dialoog_app.domain.agenda_clock import ClockState, ClockStatus, format_countdown
from dialoog_app.ui import theme

from .alerts import NORMAL_COLOUR, OVERRUN_COLOUR, WARNING_COLOUR, Zone, zone_of, zone_role
from .clock_model import ClockModel

NORMAL, WARNING, OVERRUN = NORMAL_COLOUR, WARNING_COLOUR, OVERRUN_COLOUR


class CompactClock(QWidget):
    def __init__(self, model: ClockModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compactClock")
        self.model = model
        self.item_label = QLabel(self)
        self.item_label.setObjectName("compactClockItem")
        self.time_label = QLabel(self)
        self.time_label.setObjectName("compactClockTime")
        font = QFont(self.time_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.time_label.setFont(font)
        item_font = QFont(self.item_label.font())
        item_font.setPointSizeF(item_font.pointSizeF() * 1.2)
        self.item_label.setFont(item_font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.item_label, 1)
        layout.addWidget(self.time_label, 0, Qt.AlignmentFlag.AlignRight)
        model.ticked.connect(self.show_state)
        self.show_state(model.state)

    def show_state(self, state: ClockState | None) -> None:
        if state is None or state.status == ClockStatus.NOT_STARTED:
            self.item_label.setText(self.tr("The meeting has not started"))
            self.time_label.setText("")
            return
        if state.status == ClockStatus.FINISHED:
            self.item_label.setText(self.tr("The meeting is over"))
            self.time_label.setText("")
            return
        title = self.model.title_of(state.current_item_id)
        paused = state.status == ClockStatus.PAUSED
        self.item_label.setText(
            self.tr("{title} (paused)").format(title=title) if paused else title
        )
        zone = zone_of(state)  # the warning minutes the user chose on the clock screen
        self.time_label.setText(format_countdown(state.remaining_seconds))
        theme.style(self.time_label, f"color: @{zone_role(zone)};")
        self.time_label.setToolTip(
            self.tr("Over time") if zone == Zone.OVERRUN else self.tr("Time left in this round")
        )
