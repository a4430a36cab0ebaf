"""The documents' charts painted by Qt: valid PNGs of the size in inches at their
resolution, bars as long as their values, lines where their values are, and the same
bytes for the same chart (a document made twice is the same)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor, QImage

from chart_support import CHARTS
from dialoog_app.export.charts import BLUE, GREEN, GREY, BarChart, BarSeries, LineChart
from dialoog_app.ui.document_charts import BAR_DPI, LINE_DPI

BARS = BarChart(
    categories=("Een kwart", "De helft", "Iedereen"),
    series=(BarSeries("inwoners", BLUE, (25.0, 50.0, 100.0)),),
    axis_label="% van de respondenten per rol",
    width=6.0,
    height=2.0,
)
LINE = LineChart(
    points=((dt.date(2026, 1, 1), 100.0), (dt.date(2026, 7, 1), 150.0)),
    baseline=100.0,
    target=200.0,
    target_date=dt.date(2027, 12, 31),
)


def _image(png: bytes) -> QImage:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage()
    assert image.loadFromData(png, "PNG")
    return image


def _runs(image: QImage, colour: str) -> list[tuple[int, int, int]]:
    """Per band of rows holding ``colour`` below the legend (the top eighth): its middle
    row and the first and last x there."""
    wanted = QColor(colour).rgb()
    rows = [y for y in range(image.height() // 8, image.height())
            if any(image.pixel(x, y) == wanted for x in range(0, image.width(), 2))]  # fmt: skip
    bands: list[list[int]] = []
    for y in rows:
        if bands and y == bands[-1][-1] + 1:
            bands[-1].append(y)
        else:
            bands.append([y])
    found = []
    for band in bands:
        y = band[len(band) // 2]
        xs = [x for x in range(image.width()) if image.pixel(x, y) == wanted]
        found.append((y, min(xs), max(xs)))
    return found


def test_bars_are_as_long_as_their_shares() -> None:
    [png] = CHARTS.render([BARS])
    image = _image(png)
    assert (image.width(), image.height()) == (6 * BAR_DPI, 2 * BAR_DPI)
    assert image.dotsPerMeterX() == image.dotsPerMeterY() == round(BAR_DPI / 0.0254)
    bars = _runs(image, BLUE)
    assert len(bars) == 3 and [y for y, _a, _b in bars] == sorted(y for y, _a, _b in bars)
    lengths = [last - first + 1 for _y, first, last in bars]  # top to bottom: 25, 50, 100 %
    assert len({first for _y, first, _last in bars}) == 1  # all from the same axis
    shares = [length / lengths[2] for length in lengths]  # edge pixels are blended: ± 1 px
    assert abs(shares[0] - 0.25) < 0.01 and abs(shares[1] - 0.5) < 0.01
    assert lengths[2] > image.width() * 0.5  # 100 % is most of the width


def test_a_line_chart_puts_its_values_in_order() -> None:
    [png] = CHARTS.render([LINE])
    image = _image(png)
    assert (image.width(), image.height()) == (5 * LINE_DPI, round(1.8 * LINE_DPI))
    assert image.dotsPerMeterX() == round(LINE_DPI / 0.0254)
    greens = _runs(image, GREEN)
    greys = _runs(image, GREY)
    target_row = max(greens, key=lambda run: run[2] - run[1])[0]  # the dashed target line
    baseline_row = max(greys, key=lambda run: run[2] - run[1])[0]
    assert target_row < baseline_row  # 200 above 100
    measured = _runs(image, BLUE)
    assert measured and all(target_row < y <= baseline_row + 4 for y, _a, _b in measured)


def test_the_same_chart_gives_the_same_bytes_and_no_stamps() -> None:
    first = CHARTS.render([BARS, LINE])
    again = CHARTS.render([LINE, BARS])
    assert first == again[::-1]
    for png in first:
        assert b"tEXt" not in png and b"tIME" not in png and b"pHYs" in png
    other = CHARTS.render([BarChart(BARS.categories, (BarSeries("x", BLUE, (30.0, 50.0, 100.0)),),
                                    BARS.axis_label, 6.0, 2.0)])  # fmt: skip
    assert other[0] != first[0]  # a different value is a different picture
