"""Planned against actual, per agenda item: when it began and ended, how long, how far over.

Filled from the clock snapshot replayed at the current moment, so it is live during the
meeting and final after it. The same figures go into ``dialoog info`` and the minutes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.agenda_clock import ClockState, ClockStatus, format_countdown
from dialoog_app.services.clock_read import ItemTiming

from .. import theme
from ..clock.clock_model import ClockModel
from ..context import UiContext
from .clock_texts import hhmm

ITEM, PLANNED, ACTUAL, PLANNED_LENGTH, ACTUAL_LENGTH, PAUSED, EXTENDED, OVERRUN = range(8)


def minutes_seconds(seconds: int) -> str:
    return format_countdown(seconds) if seconds else "—"


class TimingReport(QWidget):
    def __init__(self, ctx: UiContext, model: ClockModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("timingTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Agenda item"),
                self.tr("Planned"),
                self.tr("Actual"),
                self.tr("Planned length"),
                self.tr("Actual length"),
                self.tr("Paused"),
                self.tr("Extended"),
                self.tr("Over time"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.setAlternatingRowColors(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a report: nothing to edit here
        self.table.setStyleSheet("QTableWidget { font-size: 11pt; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setObjectName("timingSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 12pt;")
        explanation = QLabel(
            self.tr(
                "Times are recorded as the clock runs. Over time is the time beyond the "
                "planned length plus any extension."
            ),
            self,
        )
        explanation.setWordWrap(True)
        theme.style(explanation, "color: @muted;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(explanation)
        model.ticked.connect(self._on_tick)
        model.snapshot_changed.connect(self._on_snapshot)

    def _on_tick(self, state: ClockState | None) -> None:
        # Live figures only matter while the clock runs and someone is looking.
        if self.isVisible() and state is not None and state.status == ClockStatus.RUNNING:
            self.refresh()

    def _on_snapshot(self) -> None:
        if self.isVisible():  # else showEvent refreshes when it is looked at
            self.refresh()

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        snapshot = self.model.snapshot
        timings = snapshot.timings(self.ctx.clock.now()) if snapshot else []
        self.table.setRowCount(len(timings))
        for row, timing in enumerate(timings):
            for column, text in enumerate(self._cells(timing)):
                cell = self.table.item(row, column)
                if cell is None:
                    cell = QTableWidgetItem()
                    self.table.setItem(row, column, cell)
                    if column != ITEM:
                        cell.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                if cell.text() != text:
                    cell.setText(text)
            over = self.table.item(row, OVERRUN)
            assert over is not None
            over.setForeground(
                QBrush(theme.qcolour("overrun" if timing.overrun_seconds else "text"))
            )
        self.summary.setText(self._summary(timings))

    def _cells(self, t: ItemTiming) -> list[str]:
        actual = ""
        if t.skipped and not t.actual_start:
            actual = self.tr("skipped")
        elif t.actual_start:
            end = hhmm(t.actual_end) if t.actual_end else self.tr("now")
            actual = f"{hhmm(t.actual_start)} – {end}"
            if t.skipped:
                actual += " " + self.tr("(skipped)")
        return [
            t.title,
            hhmm(t.planned_start),
            actual,
            format_countdown(t.planned_minutes * 60),
            minutes_seconds(t.active_seconds),
            minutes_seconds(t.paused_seconds),
            minutes_seconds(t.extended_seconds),
            "+" + format_countdown(t.overrun_seconds) if t.overrun_seconds else "—",
        ]

    def _summary(self, timings: list[ItemTiming]) -> str:
        if not any(t.actual_start for t in timings):
            return self.tr("The clock has not run yet: the actual times appear here as it runs.")
        planned = sum(t.planned_minutes for t in timings)
        actual = round(sum(t.active_seconds + t.paused_seconds for t in timings) / 60)
        late = [t for t in timings if t.overrun_seconds]
        state = self.model.state
        over = state is not None and state.status == ClockStatus.FINISHED
        text = (
            self.tr("Planned {planned} min, actual {actual} min.")
            if over
            else self.tr("Planned {planned} min, actual {actual} min so far.")
        ).format(planned=planned, actual=actual)
        if late:
            minutes = round(sum(t.overrun_seconds for t in late) / 60)
            text += " " + (
                self.tr("1 item ran over, {minutes} min.")
                if len(late) == 1
                else self.tr("{count} items ran over, {minutes} min in total.")
            ).format(count=len(late), minutes=minutes)
        else:
            text += " " + self.tr("No item ran over.")
        return text
