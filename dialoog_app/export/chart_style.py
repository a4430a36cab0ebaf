"""The look of every chart in the documents, in one place: size, resolution, fonts and
colours, Dutch numbers on the axes, and PNG bytes that are the same every time.

matplotlib is imported only here, when a chart is drawn, with its Agg backend: no Qt and
no display in the core, and starting the app costs nothing. The object API (``Figure``
with an Agg canvas), never pyplot: no global figure state.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from . import dutch

WIDTH_INCHES = 6.0  # the survey charts; indicator charts are smaller
DPI = 150
BLUE = "#1f5f8b"
GREEN = "#5b8c3a"
ORANGE = "#c2761b"
GREY = "#7d7d7d"
GRID = "#dddddd"
TEXT = "#333333"
STYLE = {
    "font.family": "DejaVu Sans",  # shipped with matplotlib: the same glyphs everywhere
    "font.size": 8.0,
    "axes.edgecolor": "#888888",
    "axes.labelcolor": TEXT,
    "axes.linewidth": 0.8,
    "xtick.color": "#555555",
    "ytick.color": "#555555",
    "text.color": TEXT,
    "legend.frameon": False,
}


@contextmanager
def drawing() -> Iterator[None]:
    """Draw charts inside this block: Agg, and the house style's fonts and colours."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    with matplotlib.rc_context(STYLE):
        yield


def figure(width: float, height: float) -> Any:
    """A new figure (inches) on its own Agg canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    made = Figure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(made)
    return made


def plain_axes(axes: Any, grid: str = "y") -> None:
    """No frame on top and right, a light grid behind the data, numbers the Dutch way."""
    from matplotlib.ticker import FuncFormatter

    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if grid:
        getattr(axes, f"{grid}axis").grid(True, color=GRID)
        getattr(axes, f"{grid}axis").set_major_formatter(
            FuncFormatter(lambda value, _position: dutch.number(value))
        )
    axes.set_axisbelow(True)


def png(made: Any) -> bytes:
    """The whole figure as PNG: no software or time stamp in it, so the same chart gives
    the same bytes (a document made twice from the same project is the same)."""
    out = io.BytesIO()
    made.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()


def png_of_canvas(canvas: Any) -> bytes:
    """What the Agg canvas holds now as PNG, without drawing the figure again (for charts
    drawn piece by piece over a copied background). Pillow writes no metadata."""
    from PIL import Image

    width, height = canvas.get_width_height()
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    out = io.BytesIO()
    image.convert("RGB").save(out, format="png", compress_level=3, dpi=(DPI, DPI))
    return out.getvalue()
