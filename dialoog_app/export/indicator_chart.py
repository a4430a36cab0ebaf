"""An indicator's measurements as a small line chart (PNG) for the documents: the values
against time, the baseline and the target as dashed reference lines with their values,
the target date as a dotted line with the target as a hollow diamond on it. The look is
``chart_style``'s. (The latest value is in the table above the chart and in its alt text.)

A progress report may hold a hundred charts, and matplotlib spends most of a chart on
laying out axes and texts (≈ 30 ms here). So one figure draws them all, in layers that
are drawn once and copied: the *span* (axes, years, legend) once per range of years; over
it the *frame* (reference lines, their values, the target date) once per indicator
definition — opgaven that share an indicator share it; over that, per chart, only the
measurements' line (≈ 2 ms). Charts are drawn grouped by frame, and the PNG of one is
compressed in a thread while the next is drawn.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from . import chart_style, dutch
from .plan_model import IndicatorLine

WIDTH_INCHES = 5.0
HEIGHT_INCHES = 1.8
# Less than the survey charts' 150: the PNG encoding is most of a chart's time, and a
# hundred charts must be written in well under a second (tests/benchmarks/bench_plan.py).
DPI = 120
FRAMES_KEPT = 8  # a copy is the whole canvas (≈ 0.8 MB); charts come grouped by frame
_MEASURED, _BASELINE, _TARGET = chart_style.BLUE, chart_style.GREY, chart_style.GREEN

Frame = tuple[int, int, float, float, float | None, float | None, dt.date | None]


def description(indicator: IndicatorLine) -> str:
    """The chart in words (its alt text): what it shows and every value in it."""
    unit = f" ({indicator.unit})" if indicator.unit else ""
    parts = [f"Grafiek van {indicator.name}{unit}"]
    if indicator.baseline is not None:
        parts.append(f"nulmeting {dutch.number(indicator.baseline)}")
    if indicator.target is not None:
        on = f" op {dutch.short_date(indicator.target_date)}" if indicator.target_date else ""
        parts.append(f"streefwaarde {dutch.number(indicator.target)}{on}")
    measured = "; ".join(
        f"{dutch.short_date(day)}: {dutch.number(value)}" for day, value in indicator.measurements
    )
    return ", ".join(parts) + f". Metingen: {measured}."


def frame_of(indicator: IndicatorLine) -> Frame:
    """What the chart's frame depends on: the years shown, the value range, the reference
    values and the target date. The range is set by baseline and target (so indicators
    defined alike share a frame) and widened only for a measurement outside it."""
    days = [day for day, _value in indicator.measurements]
    days += [indicator.target_date] if indicator.target_date else []
    references = [v for v in (indicator.baseline, indicator.target) if v is not None]
    values = [value for _day, value in indicator.measurements]
    low, high = min(references or values), max(references or values)
    room = (high - low) * 0.25 or max(1.0, abs(high) * 0.1)
    low, high = min(low - room, min(values) - room / 2), max(high + room, max(values))
    high += (high - low) * 0.12  # room for the latest value's label above its point
    return (min(days).year, max(days).year, low, high, indicator.baseline, indicator.target,
            indicator.target_date)  # fmt: skip


class IndicatorCharts:
    """Draws indicator charts one after another on one figure (one document at a time)."""

    def __init__(self) -> None:
        self._spans: OrderedDict[tuple[int, int], Any] = OrderedDict()
        self._frames: OrderedDict[Frame, Any] = OrderedDict()
        self._limits: tuple[float, ...] = ()
        with chart_style.drawing():
            self._build()

    def draw_all(self, indicators: Sequence[IndicatorLine]) -> list[bytes]:
        """The charts (PNG bytes, in the order given) of indicators with measurements."""
        assert all(i.measurements for i in indicators), "a chart needs a measurement"
        frames = [frame_of(i) for i in indicators]
        order = sorted(range(len(indicators)), key=lambda n: repr(frames[n]))
        pending = {}
        with chart_style.drawing(), ThreadPoolExecutor(1) as encoder:
            for n in order:
                pixels = self._draw(indicators[n], frames[n])
                pending[n] = encoder.submit(chart_style.encode_png, *pixels, DPI)
            return [pending[n].result() for n in range(len(indicators))]

    def draw(self, indicator: IndicatorLine) -> bytes:
        return self.draw_all([indicator])[0]

    def _build(self) -> None:
        from matplotlib.lines import Line2D
        from matplotlib.transforms import blended_transform_factory

        self.figure = chart_style.figure(WIDTH_INCHES, HEIGHT_INCHES, DPI)
        self.figure.subplots_adjust(left=0.02, right=0.87, top=0.82, bottom=0.15)
        axes = self.axes = self.figure.add_subplot()
        chart_style.plain_axes(axes, grid="")
        axes.spines["left"].set_visible(False)
        axes.set_yticks([])
        axes.tick_params(axis="x", which="major", length=0)
        right = blended_transform_factory(axes.transAxes, axes.transData)
        self.baseline = axes.axhline(0, color=_BASELINE, linestyle="--", linewidth=1)
        self.target = axes.axhline(0, color=_TARGET, linestyle="--", linewidth=1)
        self.labels = [
            axes.text(1.01, 0, "", transform=right, va="center", color=colour)
            for colour in (_BASELINE, _TARGET)
        ]
        self.target_date = axes.axvline(0, color=_TARGET, linestyle=":", linewidth=1)
        self.goal = axes.plot([], [], marker="D", markersize=6, markerfacecolor="white",
                              markeredgecolor=_TARGET, linestyle="", zorder=3)[0]  # fmt: skip
        self.line = axes.plot([], [], color=_MEASURED, linewidth=2, marker="o", markersize=4,
                              zorder=4)[0]  # fmt: skip
        for artist in (self.baseline, self.target, *self.labels, self.target_date, self.goal,
                       self.line):  # fmt: skip
            artist.set_visible(False)  # drawn by hand, over the copied layers
        legend = [
            Line2D([], [], color=_MEASURED, linewidth=2, marker="o", markersize=4),
            Line2D([], [], color=_BASELINE, linestyle="--"),
            Line2D([], [], color=_TARGET, linestyle="--"),
            Line2D([], [], color=_TARGET, linestyle=":", marker="D", markerfacecolor="white"),
        ]
        axes.legend(legend, ["metingen", "nulmeting", "streefwaarde", "streefdatum"],
                    loc="lower left", bbox_to_anchor=(0, 1.0), ncols=4, borderaxespad=0.2,
                    handlelength=2.2)  # fmt: skip

    def _limit(self, first: int, last: int, low: float, high: float) -> None:
        """Set the axes' limits (they place what is drawn by hand) when they change."""
        if self._limits != (first, last, low, high):
            self._limits = (first, last, low, high)
            start, end = dt.date(first, 1, 1).toordinal(), dt.date(last, 12, 31).toordinal()
            self.axes.set_xlim(start - 20, end + 20)
            self.axes.set_ylim(low, high)

    def _span(self, first: int, last: int) -> Any:
        """The axes, years and legend of ``first``…``last``: a full draw, once."""
        kept = self._spans.get((first, last))
        if kept is None:
            years = range(first, last + 1, max(1, (last - first + 1) // 8 + 1))
            self.axes.set_xticks([dt.date(y, 7, 1).toordinal() for y in years],
                                 [str(y) for y in years])  # fmt: skip
            self.axes.set_xticks([dt.date(y, 1, 1).toordinal() for y in range(first, last + 2)],
                                 minor=True)  # fmt: skip
            self.figure.canvas.draw()
            kept = self._spans[(first, last)] = self.figure.canvas.copy_from_bbox(self.figure.bbox)
            if len(self._spans) > FRAMES_KEPT:
                self._spans.popitem(last=False)
        return kept

    def _frame(self, frame: Frame) -> Any:
        """The span with the indicator's reference lines, values and target date."""
        first, last, low, high, baseline, target, target_date = frame
        kept = self._frames.get(frame)
        if kept is not None:
            return kept
        self._limit(first, last, low, high)
        canvas = self.figure.canvas
        canvas.restore_region(self._span(first, last))
        drawn: list[Any] = []
        for line, label, value in ((self.baseline, self.labels[0], baseline),
                                   (self.target, self.labels[1], target)):  # fmt: skip
            if value is not None:
                line.set_ydata([value, value])
                label.set_y(value)
                label.set_text(dutch.number(value))
                drawn += [line, label]
        if target_date is not None:
            self.target_date.set_xdata([target_date.toordinal()] * 2)
            drawn.append(self.target_date)
            if target is not None:
                self.goal.set_data([target_date.toordinal()], [target])
                drawn.append(self.goal)
        self._by_hand(drawn)
        kept = self._frames[frame] = canvas.copy_from_bbox(self.figure.bbox)
        if len(self._frames) > FRAMES_KEPT:
            self._frames.popitem(last=False)
        return kept

    def _by_hand(self, artists: list[Any]) -> None:
        for artist in artists:
            artist.set_visible(True)
            self.axes.draw_artist(artist)
            artist.set_visible(False)

    def _draw(self, indicator: IndicatorLine, frame: Frame) -> tuple[bytes, tuple[int, int]]:
        self.figure.canvas.restore_region(self._frame(frame))
        self._limit(*frame[:4])
        self.line.set_data([day.toordinal() for day, _v in indicator.measurements],
                           [value for _d, value in indicator.measurements])  # fmt: skip
        self._by_hand([self.line])
        return chart_style.pixels(self.figure.canvas)
