"""Charts for the printed reports, drawn with ReportLab's graphics in the house style: the
embedded font (never Helvetica: every label of the chart is set in ``FONT``), the grey palette,
and sizes that fit the text width of a portrait page.

Each helper takes plain lists and returns a :class:`Drawing`, a flowable for a story:

- :func:`percent_bars`: one horizontal bar per label, in the order given (top to bottom), on a
  0–100 % scale, each labelled with its text (e.g. "80.0 %") at its end.
- :func:`week_bars`: one vertical bar per week (the Monday it starts), oldest left, the weeks
  labelled as often as their labels fit and the counts written over the bars when there is
  room.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from studio_app.domain.formats import day_text
from studio_app.reports.pdf_common import FONT, GREY, INK, RULE

#: The size of a chart's labels.
SIZE = 7.5
#: The colour of the bars.
BAR = colors.Color(0.45, 0.45, 0.45)
#: The height of one bar's row in :func:`percent_bars`.
ROW = 14.0
#: Room under a chart for the labels of its value or category axis.
_AXIS = 16.0
#: Room right of the longest bar for its label ("100.0 %").
_VALUE_ROOM = 40.0


def _fit(text: str, width: float) -> str:
    """``text`` cut short with "…" to fit ``width`` points in the chart's font."""
    if stringWidth(text, FONT, SIZE) <= width:
        return text
    while text and stringWidth(text + "\u2026", FONT, SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def _drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose opening font is the house font (ReportLab's is Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = FONT, SIZE
    return drawing


def _house_style(chart: BarChart) -> None:
    """Every text of the chart in the house font and grey; bars flat grey, no outline."""
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels, chart.barLabels):
        labels.fontName, labels.fontSize, labels.fillColor = FONT, SIZE, INK
    chart.valueAxis.labels.fillColor = GREY
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None


def percent_bars(
    labels: Sequence[str],
    fractions: Sequence[float],
    shown: Sequence[str],
    *,
    width: float,
    label_share: float = 0.34,
) -> Drawing:
    """A horizontal bar per label, top to bottom in the order given: ``fractions`` (0.8 for
    80 %) on a scale from 0 to 100 % (further if a value is over), each bar labelled with its
    ``shown`` text. The labels take ``label_share`` of ``width`` (a longer one is cut short
    with "…")."""
    label_width = width * label_share
    height = ROW * max(len(labels), 1) + _AXIS
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, _AXIS
    chart.width, chart.height = width - label_width - _VALUE_ROOM, height - _AXIS
    # The chart's first category is drawn at the bottom: the list goes in reversed.
    chart.data = [[fraction * 100 for fraction in reversed(fractions)] or [0]]
    chart.categoryAxis.categoryNames = [_fit(t, label_width - 8) for t in reversed(labels)]
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.visibleTicks = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([100] + [math.ceil(f * 4) * 25 for f in fractions])
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labelTextFormat = lambda value: f"{value:.0f} %"
    chart.barLabelArray = [list(reversed(shown))]
    chart.barLabelFormat = "values"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barWidth = ROW * 0.62
    chart.groupSpacing = ROW * 0.38
    _house_style(chart)
    drawing.add(chart)
    return drawing


def _nice_step(most: int, steps: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 50 …) dividing 0 … ``most`` into about ``steps``."""
    rough = max(most / steps, 1)
    power = 10 ** math.floor(math.log10(rough))
    return next(n * power for n in (1, 2, 5, 10) if n * power >= rough)


def week_label(monday: date) -> str:
    """ "2 Nov": a week as the axis of :func:`week_bars` names it."""
    return day_text(monday, year=False)


def week_bars(
    mondays: Sequence[date], counts: Sequence[int], *, width: float, height: float = 150
) -> Drawing:
    """A vertical bar per week (``mondays`` oldest first) of ``counts``, on whole numbers.
    The weeks are labelled every few weeks when their labels would not fit side by side; the
    counts are written over the bars when the bars are wide enough for them."""
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, _AXIS
    chart.width, chart.height = width - chart.x - 4, height - _AXIS - 12
    chart.data = [list(counts) or [0]]
    labels = [week_label(monday) for monday in mondays]
    slot = chart.width / max(len(labels), 1)
    widest = max((stringWidth(t, FONT, SIZE) for t in labels), default=0) + 6
    every = max(1, math.ceil(widest / slot))
    chart.categoryAxis.categoryNames = [t if i % every == 0 else "" for i, t in enumerate(labels)]
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    step = _nice_step(max(counts, default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * max(1, math.ceil(max(counts, default=0) / step))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"
    if widest - 6 <= slot:
        chart.barLabelFormat = "%d"
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 2
    chart.groupSpacing = slot * 0.25
    _house_style(chart)
    drawing.add(chart)
    return drawing
