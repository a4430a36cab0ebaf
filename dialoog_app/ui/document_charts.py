"""The charts painted with QPainter: into a PNG for the documents (``QtChartRenderer``, the
core's ``ChartRenderer``) and, for an indicator, on screen (``ui/plan/charts.py`` paints
with ``paint_line`` too: one look). QtGui only, no widgets: the command line uses it with
the ``offscreen`` platform, the export dialog from its worker thread (painting on a
``QImage`` is allowed off the GUI thread).

Coordinates are logical pixels at 96 per inch; a PNG is painted scaled to its resolution, so a
chart has the same proportions on screen and on paper.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPainter,
    QPen,
    QPolygonF,
)

from dialoog_app.export import dutch
from dialoog_app.export.charts import BLUE, GREEN, GREY, BarChart, Chart, LineChart

# The survey's bars at 150 dots per inch; the indicators' lines, a hundred in a voortgang,
# at 120 (their PNGs are most of that document's time; tests/benchmarks/bench_plan.py).
BAR_DPI, LINE_DPI = 150, 120
LOGICAL_DPI = 96
FONT_PIXELS = 11  # ≈ 8 pt on paper
_GAP = 6.0
_app: QGuiApplication | None = None


class ChartColours(NamedTuple):
    text: QColor
    axis: QColor
    grid: QColor
    background: QColor


PAPER = ChartColours(QColor("#333333"), QColor("#888888"), QColor("#dddddd"), QColor("white"))


class Geometry:
    """Where a line chart's days and values are drawn inside ``plot``."""

    def __init__(self, chart: LineChart, plot: QRectF) -> None:
        self.plot = plot
        self.low, self.high = chart.value_range()
        self.dated = chart.years() is not None  # else no years under the axis
        years = chart.years() or (2000, 2000)
        self.first_year, self.last_year = years
        self.start = dt.date(years[0], 1, 1).toordinal() - 20
        self.end = dt.date(years[1], 12, 31).toordinal() + 20

    def x(self, day: dt.date) -> float:
        share = (day.toordinal() - self.start) / (self.end - self.start)
        return self.plot.left() + self.plot.width() * share

    def y(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return self.plot.bottom() - self.plot.height() * share

    def point(self, day: dt.date, value: float) -> QPointF:
        return QPointF(self.x(day), self.y(value))


def _pen(colour: str | QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(colour), width, style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _diamond(painter: QPainter, centre: QPointF, radius: float, colour: str,
             inside: QColor) -> None:  # fmt: skip
    painter.setPen(_pen(colour, 1.3))
    painter.setBrush(inside)
    x, y = centre.x(), centre.y()
    painter.drawPolygon(QPolygonF([QPointF(x, y - radius), QPointF(x + radius, y),
                                   QPointF(x, y + radius), QPointF(x - radius, y)]))  # fmt: skip


def _legend(painter: QPainter, rect: QRectF, items: Sequence[tuple[str, QPen, str]],
            colours: ChartColours, align_right: bool = False) -> float:  # fmt: skip
    """Draw the legend's items (label, line pen, marker "o", "D" or "") in rows from the
    top of ``rect``, wrapping when they do not fit; the height it took."""
    metrics = QFontMetricsF(painter.font())
    sample = metrics.height() * 1.6
    widths, rows = _legend_rows(metrics, [label for label, _pen, _m in items], rect.width())
    for r, row in enumerate(rows):
        total = sum(widths[i] for i in row) + 2 * _GAP * (len(row) - 1)
        x = rect.right() - total if align_right else rect.left()
        y = rect.top() + (r + 0.5) * metrics.height()
        for n in row:
            label, pen, marker = items[n]
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + sample, y))
            middle = QPointF(x + sample / 2, y)
            if marker == "o":
                painter.setBrush(pen.color())
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(middle, 2.5, 2.5)
            elif marker == "D":
                _diamond(painter, middle, 3.5, pen.color().name(), colours.background)
            painter.setPen(colours.text)
            painter.drawText(QPointF(x + sample + 4, y + metrics.ascent() / 2 - 1), label)
            x += widths[n] + 2 * _GAP
    return len(rows) * metrics.height()


def line_geometry(metrics: QFontMetricsF, rect: QRectF, chart: LineChart) -> Geometry:
    """The plot area of ``paint_line`` in ``rect`` in this font, without painting."""
    legend = len(_legend_rows(metrics, chart.legend, rect.width() - _GAP)[1]) * metrics.height()
    right = metrics.horizontalAdvance(" 0 000,0") if (chart.baseline, chart.target) != (
        None, None) else _GAP  # fmt: skip
    plot = rect.adjusted(_GAP, legend + _GAP, -right, -metrics.height() - _GAP)
    return Geometry(chart, plot)


def _legend_rows(
    metrics: QFontMetricsF, labels: Sequence[str], width: float
) -> tuple[list[float], list[list[int]]]:
    """Each legend item's width (line sample and label) and the items in each row."""
    sample = metrics.height() * 1.6
    widths = [sample + 4 + metrics.horizontalAdvance(label) for label in labels]
    rows: list[list[int]] = [[]]
    for n, item in enumerate(widths):
        used = sum(widths[i] + 2 * _GAP for i in rows[-1])
        if rows[-1] and used + item > width:
            rows.append([])
        rows[-1].append(n)
    return widths, rows


def paint_line(
    painter: QPainter, rect: QRectF, chart: LineChart, colours: ChartColours
) -> Geometry:
    """An indicator's chart in ``rect``: legend on top, the measurements as a line with
    points, baseline and target dashed with their values at the right, the target date
    dotted with the target as a hollow diamond on it, the years below."""
    metrics = QFontMetricsF(painter.font())
    geometry = line_geometry(metrics, rect, chart)
    plot = geometry.plot
    measured, baseline, target = _pen(BLUE, 2), _pen(GREY, 1.2, Qt.PenStyle.DashLine), _pen(
        GREEN, 1.2, Qt.PenStyle.DashLine)  # fmt: skip
    dotted = _pen(GREEN, 1.2, Qt.PenStyle.DotLine)
    _legend(painter, rect.adjusted(_GAP, 0, 0, 0), list(zip(chart.legend, (measured, baseline,
            target, dotted), ("o", "", "", "D"), strict=True)), colours)  # fmt: skip
    painter.setPen(_pen(colours.axis, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    step = max(1, (geometry.last_year - geometry.first_year + 1) // 8 + 1)
    first, last = (geometry.first_year, geometry.last_year) if geometry.dated else (0, -1)
    for year in range(first, last + 2 if geometry.dated else 0):  # a tick where a year starts
        x = geometry.x(dt.date(year, 1, 1))
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
    for year in range(first, last + 1, step):
        x = geometry.x(dt.date(year, 7, 1))
        painter.setPen(colours.text)
        painter.drawText(QRectF(x - 40, plot.bottom() + 2, 80, metrics.height() + _GAP),
                         Qt.AlignmentFlag.AlignCenter, str(year))  # fmt: skip
    for value, pen in ((chart.baseline, baseline), (chart.target, target)):
        if value is None:
            continue
        y = geometry.y(value)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.drawText(QRectF(plot.right() + 4, y - metrics.height(), rect.right() - plot.right(),
                         2 * metrics.height()), Qt.AlignmentFlag.AlignVCenter,
                         dutch.number(value))  # fmt: skip
    if chart.target_date is not None:
        x = geometry.x(chart.target_date)
        painter.setPen(dotted)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        if chart.target is not None:
            point = geometry.point(chart.target_date, chart.target)
            _diamond(painter, point, 4.5, GREEN, colours.background)
    points = [geometry.point(day, value) for day, value in chart.points]
    painter.setPen(_pen(BLUE, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF(points))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(BLUE)))
    for point in points:
        painter.drawEllipse(point, 3.0, 3.0)
    return geometry


def paint_bars(painter: QPainter, rect: QRectF, chart: BarChart, colours: ChartColours) -> None:
    """Horizontal bars per category (top to bottom), 0–100 % along the axis, a light grid,
    the axis label below and the legend on top."""
    metrics = QFontMetricsF(painter.font())
    items = [(s.label, _pen(s.colour, 7), "") for s in chart.series]
    legend = _legend(painter, rect, items, colours, align_right=True)
    widest = max(metrics.horizontalAdvance(c) for c in chart.categories)
    label_width = min(rect.width() * 0.4, widest + _GAP)
    right = metrics.horizontalAdvance("100") / 2 + 2  # the last number centred on 100 %
    plot = rect.adjusted(label_width + _GAP, legend + _GAP, -right, -2 * metrics.height() - _GAP)
    for percent in range(0, 101, 20):
        x = plot.left() + plot.width() * percent / 100
        painter.setPen(_pen(colours.grid if percent else colours.axis, 1))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(colours.text)
        painter.drawText(QRectF(x - 30, plot.bottom() + 2, 60, metrics.height()),
                         Qt.AlignmentFlag.AlignCenter, dutch.number(percent))  # fmt: skip
    painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() + 4, plot.width(),
                     metrics.height()), Qt.AlignmentFlag.AlignCenter, chart.axis_label)  # fmt: skip
    band = plot.height() / max(1, len(chart.categories))
    bar = band * 0.8 / max(1, len(chart.series))
    for c, category in enumerate(chart.categories):
        top = plot.top() + c * band
        painter.setPen(colours.text)
        shown = metrics.elidedText(category, Qt.TextElideMode.ElideRight, label_width - _GAP)
        painter.drawText(
            QRectF(rect.left(), top, label_width, band),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            shown,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        for s, series in enumerate(chart.series):
            painter.setBrush(QColor(series.colour))
            width = plot.width() * max(0.0, min(100.0, series.values[c])) / 100
            painter.drawRect(QRectF(plot.left(), top + band * 0.1 + s * bar + bar * 0.04,
                                    width, bar * 0.92))  # fmt: skip


def document_font() -> QFont:
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"])
    font.setPixelSize(FONT_PIXELS)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@functools.cache
def _palette(colours: tuple[str, ...]) -> list[int]:
    """Every colour of a chart with its antialiasing shades towards white: the PNG is
    written with these 256 colours at most (a palette PNG is a third of the pixels to
    compress, and libpng does not filter it: a quarter of the time of an RGB one)."""
    shades = 255 // len(colours)
    table = {QColor(255, 255, 255).rgb()}
    for name in colours:
        colour = QColor(name)
        for k in range(shades):
            mix = k / max(1, shades - 1)
            rgb = (colour.red(), colour.green(), colour.blue())
            table.add(QColor(*(round(c + (255 - c) * mix) for c in rgb)).rgb())
    return sorted(table)


def _colours(chart: Chart) -> tuple[str, ...]:
    used = [PAPER.text.name(), PAPER.axis.name(), PAPER.grid.name()]
    if isinstance(chart, BarChart):
        return (*used, *(s.colour for s in chart.series))
    return (*used, BLUE, GREEN, GREY)


def png(chart: Chart) -> bytes:
    """The chart as PNG: white, its resolution recorded (Word shows it at its size in
    inches), nothing else in the file (no time stamp: the same chart, the same bytes)."""
    dpi = BAR_DPI if isinstance(chart, BarChart) else LINE_DPI
    image = QImage(round(chart.width * dpi), round(chart.height * dpi), QImage.Format.Format_RGB32)
    image.fill(PAPER.background)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(dpi / LOGICAL_DPI, dpi / LOGICAL_DPI)
    painter.setFont(document_font())
    rect = QRectF(4, 4, chart.width * LOGICAL_DPI - 8, chart.height * LOGICAL_DPI - 8)
    if isinstance(chart, BarChart):
        paint_bars(painter, rect, chart, PAPER)
    else:
        paint_line(painter, rect, chart, PAPER)
    painter.end()
    flat = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = image.convertToFormat(QImage.Format.Format_Indexed8, _palette(_colours(chart)), flat)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    writer.setQuality(80)  # Qt's PNG: zlib level 1, half the time of its default for 1.2× the bytes
    writer.write(image)
    buffer.close()
    return bytes(data.data())


def ensure_application() -> None:
    """Fonts need a QGuiApplication: the command line has none, so one is made with the
    ``offscreen`` platform (no display needed). Call on the main thread."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["dialoog", "-platform", "offscreen"])


class QtChartRenderer:
    """The core's ``ChartRenderer``: each chart painted by Qt into a PNG."""

    def __init__(self) -> None:
        ensure_application()

    def render(self, charts: Sequence[Chart]) -> list[bytes]:
        return [png(chart) for chart in charts]
