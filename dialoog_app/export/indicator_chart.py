"""An indicator's measurements as a small line chart (PNG) for the documents: the values
against time, the baseline and the target as dashed reference lines with their values,
the target date as a dotted line with the target as a hollow diamond on it, the latest
measurement's value above its point. The look is ``chart_style``'s.

A progress report may hold a hundred charts, and matplotlib spends most of a chart on
laying out axes and texts (≈ 25 ms here). So one figure draws them all, and what does not
depend on the measurements — axes, years, legend, reference lines and their values, the
target date — is drawn once per indicator definition (its *frame*) and copied: opgaven
that share an indicator share the frame, and a chart is then its line and one label over
the copy (≈ 3 ms), while the PNG of the previous one is compressed in a thread.
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
FRAMES_KEPT = 16  # a frame is the whole canvas (≈ 0.8 MB)
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
        self._frames: OrderedDict[Frame, Any] = OrderedDict()
        self._shown: Frame | None = None
        with chart_style.drawing():
            self._build()

    def draw_all(self, indicators: Sequence[IndicatorLine]) -> list[bytes]:
        """The charts (PNG bytes) of indicators with at least one measurement each."""
        with chart_style.drawing(), ThreadPoolExecutor(1) as encoder:
            pending = []
            for indicator in indicators:
                assert indicator.measurements, "an indicator without measurements has no chart"
                pending.append(encoder.submit(chart_style.encode_png, *self._draw(indicator)))
            return [done.result() for done in pending]

    def draw(self, indicator: IndicatorLine) -> bytes:
        return self.draw_all([indicator])[0]

    def _build(self) -> None:
        from matplotlib.lines import Line2D
        from matplotlib.transforms import blended_transform_factory

        self.figure = chart_style.figure(WIDTH_INCHES, HEIGHT_INCHES)
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
        self.latest = axes.text(0, 0, "", color=_MEASURED, ha="center", va="bottom",
                                fontweight="bold", zorder=5)  # fmt: skip
        legend = [
            Line2D([], [], color=_MEASURED, linewidth=2, marker="o", markersize=4),
            Line2D([], [], color=_BASELINE, linestyle="--"),
            Line2D([], [], color=_TARGET, linestyle="--"),
            Line2D([], [], color=_TARGET, linestyle=":", marker="D", markerfacecolor="white"),
        ]
        axes.legend(legend, ["metingen", "nulmeting", "streefwaarde", "streefdatum"],
                    loc="lower left", bbox_to_anchor=(0, 1.0), ncols=4, borderaxespad=0.2,
                    handlelength=2.2)  # fmt: skip

    def _frame(self, frame: Frame) -> Any:
        """The drawn frame (restored from the kept ones when it was drawn before)."""
        first, last, low, high, baseline, target, target_date = frame
        if self._shown != frame:  # the limits place the line drawn over the frame
            self._shown = frame
            start, end = dt.date(first, 1, 1).toordinal(), dt.date(last, 12, 31).toordinal()
            self.axes.set_xlim(start - 20, end + 20)
            self.axes.set_ylim(low, high)
        kept = self._frames.get(frame)
        if kept is not None:
            self._frames.move_to_end(frame)
            return kept
        years = range(first, last + 1, max(1, (last - first + 1) // 8 + 1))
        self.axes.set_xticks([dt.date(y, 7, 1).toordinal() for y in years], [str(y) for y in years])
        self.axes.set_xticks([dt.date(y, 1, 1).toordinal() for y in range(first, last + 2)],
                             minor=True)  # fmt: skip
        for line, label, value in ((self.baseline, self.labels[0], baseline),
                                   (self.target, self.labels[1], target)):  # fmt: skip
            line.set_visible(value is not None)
            label.set_visible(value is not None)
            if value is not None:
                line.set_ydata([value, value])
                label.set_y(value)
                label.set_text(dutch.number(value))
        self.target_date.set_visible(target_date is not None)
        self.goal.set_visible(target_date is not None and target is not None)
        if target_date is not None:
            self.target_date.set_xdata([target_date.toordinal()] * 2)
            self.goal.set_data([target_date.toordinal()], [target])
        self.line.set_visible(False)
        self.latest.set_visible(False)
        canvas = self.figure.canvas
        canvas.draw()
        kept = self._frames[frame] = canvas.copy_from_bbox(self.figure.bbox)
        if len(self._frames) > FRAMES_KEPT:
            self._frames.popitem(last=False)
        return kept

    def _draw(self, indicator: IndicatorLine) -> tuple[bytes, tuple[int, int]]:
        frame = frame_of(indicator)
        self.figure.canvas.restore_region(self._frame(frame))
        days = [day.toordinal() for day, _v in indicator.measurements]
        values = [value for _d, value in indicator.measurements]
        self.line.set_data(days, values)
        self.latest.set_position((days[-1], values[-1] + (frame[3] - frame[2]) * 0.05))
        self.latest.set_text(dutch.number(values[-1]))
        for artist in (self.line, self.latest):
            artist.set_visible(True)
            self.axes.draw_artist(artist)
        return chart_style.pixels(self.figure.canvas)
