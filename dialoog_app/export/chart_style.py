"""The look of every chart in the documents, in one place: size, resolution, fonts and
colours, Dutch numbers on the axes, and PNG bytes that are the same every time.

matplotlib is imported only here, when a chart is drawn, with its Agg backend: no Qt and
no display in the core, and starting the app costs nothing. The object API (``Figure``
with an Agg canvas), never pyplot: no global figure state.
"""

from __future__ import annotations

import io
import struct
import zlib
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
STYLE: dict[Any, Any] = {
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


def figure(width: float, height: float, dpi: int = DPI) -> Any:
    """A new figure (inches) on its own Agg canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    made = Figure(figsize=(width, height), dpi=dpi)
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


def pixels(canvas: Any) -> tuple[bytes, tuple[int, int]]:
    """A copy of what the Agg canvas holds now (RGBA) and its size, without drawing the
    figure again (for charts drawn piece by piece over a copied background)."""
    return bytes(canvas.buffer_rgba()), canvas.get_width_height()


def encode_png(rgba: bytes, size: tuple[int, int], dpi: int = DPI) -> bytes:
    """RGBA pixels as an RGB PNG with nothing but the pixels and the resolution in it (so
    the same chart gives the same bytes). Written here rather than by Pillow: unfiltered
    rows and zlib's fastest level take half of Pillow's time on these mostly white
    charts, for a file a quarter larger; zlib lets go of the GIL while it works."""
    import numpy

    width, height = size
    pixels = numpy.frombuffer(rgba, numpy.uint8).reshape(height, width, 4)[:, :, :3]
    rows = numpy.zeros((height, width * 3 + 1), numpy.uint8)  # each row: filter 0, RGB…
    rows[:, 1:] = pixels.reshape(height, width * 3)
    per_metre = round(dpi / 0.0254)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
        + chunk(b"IDAT", zlib.compress(rows.tobytes(), 1))
        + chunk(b"IEND", b"")
    )
