"""A closed question's answers as a bar chart for the verslag: per option, the share of
each role's respondents who chose it (drawn by the renderer, see ``charts.py``)."""

from __future__ import annotations

import textwrap

from . import dutch
from .charts import BLUE, GREEN, GREY, ORANGE, BarChart, BarSeries
from .survey_model import ClosedQuestion

ROLE_COLOURS = {"resident": BLUE, "professional": GREEN, "civil_servant": ORANGE, "other": GREY}
WIDTH_INCHES = 6.0


def bar_chart(question: ClosedQuestion) -> BarChart:
    """Horizontal bars, the options in the table's order (the most chosen on top)."""
    options = question.options
    roles = question.roles or ("other",)
    return BarChart(
        categories=tuple(textwrap.shorten(o.answer, 40, placeholder="…") for o in options),
        series=tuple(
            BarSeries(
                dutch.ROLE_PLURAL[role][1],
                ROLE_COLOURS[role],
                tuple(question.percent(o, role) for o in options),
            )  # fmt: skip
            for role in roles
        ),
        axis_label="% van de respondenten per rol",
        width=WIDTH_INCHES,
        height=max(1.6, 0.42 * len(options) * max(1, len(roles)) ** 0.5 + 0.9),
    )
