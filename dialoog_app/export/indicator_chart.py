"""An indicator's measurements as a small line chart for the documents: the values
against time, the baseline and the target as dashed reference lines with their values,
the target date as a dotted line with the target as a hollow diamond on it (drawn by the
renderer, see ``charts.py``; the latest value is in the table above the chart and in its
alt text)."""

from __future__ import annotations

from . import dutch
from .charts import LineChart
from .plan_model import IndicatorLine


def line_chart(indicator: IndicatorLine) -> LineChart:
    return LineChart(indicator.measurements, indicator.baseline, indicator.target,
                     indicator.target_date)  # fmt: skip


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
