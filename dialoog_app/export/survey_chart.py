"""A closed question's answers as a bar chart (PNG), for the verslag; the look is
``chart_style``'s, shared with the indicator charts."""

from __future__ import annotations

import textwrap

from . import chart_style, dutch
from .survey_model import ClosedQuestion

ROLE_COLOURS = {
    "resident": chart_style.BLUE,
    "professional": chart_style.GREEN,
    "civil_servant": chart_style.ORANGE,
    "other": chart_style.GREY,
}
WIDTH_INCHES = chart_style.WIDTH_INCHES


def bar_chart(question: ClosedQuestion) -> tuple[bytes, float, float]:
    """PNG bytes and the size (inches) of horizontal bars: per option, the share of each
    role's respondents who chose it."""
    options = question.options
    roles = question.roles or ("other",)
    height = max(1.6, 0.42 * len(options) * max(1, len(roles)) ** 0.5 + 0.9)
    with chart_style.drawing():
        figure = chart_style.figure(WIDTH_INCHES, height)
        axes = figure.add_subplot()
        bar = 0.8 / len(roles)
        for r, role in enumerate(roles):
            ys = [i + (r - (len(roles) - 1) / 2) * bar for i in range(len(options))]
            shares = [question.percent(o, role) for o in options]
            axes.barh(ys, shares, height=bar * 0.92, color=ROLE_COLOURS[role],
                      label=dutch.ROLE_PLURAL[role][1])  # fmt: skip
        axes.set_yticks(range(len(options)))
        axes.set_yticklabels([textwrap.shorten(o.answer, 40, placeholder="…") for o in options])
        axes.invert_yaxis()  # the most chosen on top, as in the table
        axes.set_xlim(0, 100)
        axes.set_xlabel("% van de respondenten per rol")
        chart_style.plain_axes(axes, grid="x")
        axes.legend(loc="lower right")
        figure.tight_layout()
        return chart_style.png(figure), WIDTH_INCHES, height
