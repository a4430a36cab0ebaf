"""A closed question's answers as a bar chart (PNG), for the verslag.

matplotlib is imported only here, when a verslag with a survey is written, and drawn with
its Agg backend: no Qt and no display in the core, and starting the app costs nothing.
"""

from __future__ import annotations

import io
import textwrap

from . import dutch
from .survey_model import ClosedQuestion

ROLE_COLOURS = {
    "resident": "#1f5f8b",
    "professional": "#5b8c3a",
    "civil_servant": "#c2761b",
    "other": "#7d7d7d",
}
WIDTH_INCHES = 6.0
DPI = 150


def bar_chart(question: ClosedQuestion) -> tuple[bytes, float, float]:
    """PNG bytes and the size (inches) of horizontal bars: per option, the share of each
    role's respondents who chose it."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure  # the object API: no global pyplot state

    options = question.options
    roles = question.roles or ("other",)
    height = max(1.6, 0.42 * len(options) * max(1, len(roles)) ** 0.5 + 0.9)
    figure = Figure(figsize=(WIDTH_INCHES, height), dpi=DPI)
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
    axes.xaxis.grid(True, color="#dddddd")
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.legend(loc="lower right", fontsize=8, frameon=False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI)
    return out.getvalue(), WIDTH_INCHES, height
