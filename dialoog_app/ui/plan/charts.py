"""Painted plan graphics: the action timeline strip (per quarter) and an indicator's line
chart (painted as in the documents, ``ui/document_charts.py``). Plain QPainter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from dialoog_app.domain.plan import ActionStatus
from dialoog_app.export.charts import LineChart
from dialoog_app.services.plan_views import ActionView, IndicatorView

from .. import theme
from ..document_charts import ChartColours, Geometry, line_geometry, paint_line

STATUS_COLOURS = {
    ActionStatus.PLANNED: QColor("#9aa0a8"),
    ActionStatus.RUNNING: QColor("#2f6f9f"),
    ActionStatus.DONE: QColor("#3f8f4f"),
    ActionStatus.DROPPED: QColor("#c0462b"),
}
ROW = 18
LABEL = 210


def _quarter(day: dt.date) -> int:
    return day.year * 4 + (day.month - 1) // 3


class TimelineStrip(QWidget):
    """Every dated action as a bar over the quarters it runs, coloured by its status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, ActionView]] = []  # (opgave title, action)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_actions(self, rows: Sequence[tuple[str, ActionView]]) -> None:
        self.rows = [(t, a) for t, a in rows if a.starts_on or a.ends_on]
        self.setFixedHeight(ROW * (len(self.rows) + 1) + 6)
        self.update()

    def span(self) -> tuple[int, int]:
        """First and last quarter shown (as year * 4 + quarter index)."""
        days = [d for _t, a in self.rows for d in (a.starts_on, a.ends_on) if d]
        if not days:
            today = _quarter(dt.date.today())
            return today, today + 3
        return _quarter(min(days)), max(_quarter(max(days)), _quarter(min(days)) + 3)

    def bar(self, action: ActionView) -> tuple[int, int]:
        """The quarters (first, last) an action's bar covers; an open end is one quarter."""
        start = action.starts_on or action.ends_on
        end = action.ends_on or action.starts_on
        assert start is not None and end is not None
        return _quarter(start), max(_quarter(start), _quarter(end))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, last = self.span()
        quarters = last - first + 1
        width = max(1.0, (self.width() - LABEL - 8) / quarters)
        painter.setPen(theme.qcolour("text"))
        for q in range(quarters):
            x = LABEL + q * width
            number = first + q
            painter.setPen(theme.qcolour("border"))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            painter.setPen(theme.qcolour("text"))
            label = f"{number // 4}" if number % 4 == 0 or q == 0 else ""
            painter.drawText(QRectF(x + 2, 0, width * 4, ROW), f"{label} K{number % 4 + 1}")
        metrics = painter.fontMetrics()
        # Only the rows in the exposed area: the strip may hold hundreds of actions, of
        # which the scroll area shows a few.
        shown = event.rect()
        top = max(1, shown.top() // ROW)
        bottom = min(len(self.rows), shown.bottom() // ROW + 1)
        for row in range(top, bottom + 1):
            title, action = self.rows[row - 1]
            y = row * ROW
            text = metrics.elidedText(f"{title}: {action.what}", Qt.TextElideMode.ElideRight,
                                      LABEL - 8)  # fmt: skip
            painter.setPen(theme.qcolour("text"))
            painter.drawText(QRectF(4, y, LABEL - 8, ROW), Qt.AlignmentFlag.AlignVCenter, text)
            start, end = self.bar(action)
            rect = QRectF(LABEL + (start - first) * width + 1, y + 3,
                          (end - start + 1) * width - 2, ROW - 6)  # fmt: skip
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STATUS_COLOURS.get(action.status, theme.qcolour("text")))
            painter.drawRoundedRect(rect, 3, 3)
        painter.end()


class IndicatorChart(QWidget):
    """An indicator's chart on screen, painted as in the documents (``paint_line``): the
    measurements as a line, baseline and target dashed, the target date dotted."""

    def __init__(self, indicator: IndicatorView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.chart = LineChart(
            tuple((m.measured_on, m.value) for m in indicator.measurements),
            indicator.baseline,
            indicator.target,
            indicator.target_date,
            legend=(
                self.tr("measurements"),
                self.tr("baseline"),
                self.tr("target"),
                self.tr("target date"),
            ),  # fmt: skip
        )
        self.setMinimumSize(260, 150)

    def value_range(self) -> tuple[float, float]:
        return self.chart.value_range()

    def chart_geometry(self) -> Geometry:
        """Where days and values are drawn, in widget coordinates."""
        return line_geometry(QFontMetricsF(self.font()), self._area(), self.chart)

    def points(self) -> list[QPointF]:
        """Where each measurement is drawn (oldest left)."""
        geometry = self.chart_geometry()
        return [geometry.point(day, value) for day, value in self.chart.points]

    def _area(self) -> QRectF:
        return QRectF(4, self.fontMetrics().height() + 4, self.width() - 8,
                      self.height() - self.fontMetrics().height() - 8)  # fmt: skip

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = f" ({self.indicator.unit})" if self.indicator.unit else ""
        painter.setPen(theme.qcolour("text"))
        painter.drawText(QRectF(4, 0, self.width() - 8, self.fontMetrics().height() + 2),
                         self.indicator.name + unit)  # fmt: skip
        colours = ChartColours(theme.qcolour("text"), theme.qcolour("border"),
                               theme.qcolour("border"), theme.qcolour("base"))  # fmt: skip
        paint_line(painter, self._area(), self.chart, colours)
        painter.end()
