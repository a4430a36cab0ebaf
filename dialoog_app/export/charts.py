"""What the documents' charts show, as plain data, and who draws them.

The core describes a chart (``BarChart``, ``LineChart``: values, labels, colours, size in
inches); a ``ChartRenderer`` turns the descriptions into PNG bytes. The one renderer
paints with Qt (``ui/document_charts.py``, shared with the indicator chart on screen):
the core never imports Qt, and the writers take the renderer as an argument.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple, Protocol

BLUE = "#1f5f8b"
GREEN = "#5b8c3a"
ORANGE = "#c2761b"
GREY = "#7d7d7d"
LINE_LEGEND = ("metingen", "nulmeting", "streefwaarde", "streefdatum")


class BarSeries(NamedTuple):
    label: str  # in the legend
    colour: str  # "#rrggbb"
    values: tuple[float, ...]  # one per category, 0–100 (percent)


class BarChart(NamedTuple):
    """Horizontal bars: per category (top to bottom) one bar per series."""

    categories: tuple[str, ...]
    series: tuple[BarSeries, ...]
    axis_label: str
    width: float  # inches
    height: float


class LineChart(NamedTuple):
    """Measurements against time, with the baseline and target as reference lines and the
    target date as a line with the target on it."""

    points: tuple[tuple[dt.date, float], ...]  # oldest first
    baseline: float | None
    target: float | None
    target_date: dt.date | None
    legend: tuple[str, str, str, str] = LINE_LEGEND
    width: float = 5.0  # inches
    height: float = 1.8

    def years(self) -> tuple[int, int] | None:
        """The first and last year shown: the measurements' and the target date's."""
        days = [day for day, _value in self.points]
        days += [self.target_date] if self.target_date else []
        return (min(days).year, max(days).year) if days else None

    def value_range(self) -> tuple[float, float]:
        """The values shown, bottom to top: set by baseline and target (indicators defined
        alike look alike), widened for a measurement outside them, with room around."""
        references = [v for v in (self.baseline, self.target) if v is not None]
        values = [value for _day, value in self.points]
        pool = references or values or [0.0]
        low, high = min(pool), max(pool)
        room = (high - low) * 0.25 or max(1.0, abs(high) * 0.1)
        return (min([low - room, *(v - room / 2 for v in values)]),
                max([high + room, *(v + room / 2 for v in values)]))  # fmt: skip


Chart = BarChart | LineChart


class ChartRenderer(Protocol):
    def render(self, charts: Sequence[Chart]) -> list[bytes]:
        """The PNG of each chart, in the order given; the same chart gives the same bytes."""
        ...


def rendered(renderer: ChartRenderer, charts: Sequence[Chart]) -> list[tuple[bytes, float, float]]:
    """Each chart as (PNG, width, height in inches); the renderer is not asked for none
    (the command line then never loads Qt)."""
    if not charts:
        return []
    drawn = renderer.render(charts)
    return [(png, c.width, c.height) for png, c in zip(drawn, charts, strict=True)]
