"""The report's charts, drawn with reportlab's own graphics so that one ``Drawing`` goes into the PDF
and, as SVG (``chart_svg``), into the window's dashboard through QtSvg.

Charts are built from a report's tables *after* suppression: a withheld figure draws no bar, only
its mark ("<5" or "[c]"), so a chart never shows more than its table.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.domain.figures import NOTHING, SMALL_COUNT, WITHHELD, show

if TYPE_CHECKING:
    from app.domain.report import Report, Row

WIDTH = 470.0  # points: the text width of an A4 page with 18 mm margins, less a little
SERIES_COLOURS = (colors.HexColor("#0072B2"), colors.HexColor("#E69F00"))  # Okabe-Ito: safe for colour blindness
INK = colors.HexColor("#222222")
GRID = colors.HexColor("#D9D9D9")
REGULAR, BOLD = "LinkwellReport", "LinkwellReport-Bold"
MARKS = ((SMALL_COUNT, "= 1 to 4"), (WITHHELD, "= withheld: built on fewer than 5"), (NOTHING, "= none"))
_CLIP = re.compile(r"\s*<clipPath id=\"clip\">.*?</clipPath>", re.S)
_SYSTEM_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@cache
def fonts() -> tuple[str, str]:
    """(regular, bold) font names for charts and the PDF: DejaVu Sans from resources/fonts/ (embedded
    in the PDF, so Ł and č print), else the system's copy, else reportlab's Helvetica."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from app.paths import resource

    for name, file in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        shipped = resource("fonts", file)
        if shipped.is_file():
            data = shipped.read_bytes()
        elif (_SYSTEM_DEJAVU / file).is_file():
            data = (_SYSTEM_DEJAVU / file).read_bytes()
        else:
            return "Helvetica", "Helvetica-Bold"
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    return REGULAR, BOLD


@dataclass(frozen=True)
class ChartSpec:
    key: str
    title: str
    table: str
    columns: tuple[str, ...]  # one series per column
    axis: str  # what the bars measure, under the value axis
    percent: bool = False
    scale_max: float | None = None  # a fixed end of the value axis (10 for ONS4)
    rows: str = ""  # only rows whose key starts with this
    legend: tuple[str, ...] = ()  # names of the series, when there are several


CHARTS = (
    ChartSpec("referrals_by_source", "Referrals by who referred", "referrals_by_source", ("Referrals",),
              "Number of referrals"),
    ChartSpec("referrals_by_reason", "Referrals by reason", "referrals_by_reason", ("Referrals",),
              "Number of referrals giving this reason"),
    ChartSpec("access_by_age", "Offered and accepted support, by age", "access_by_age", ("Offered %", "Accepted %"),
              "Offered: % of referrals.  Accepted: % of those offered.", percent=True,
              legend=("Offered", "Accepted")),
    ChartSpec("access_by_ethnicity", "Offered and accepted support, by ethnic group", "access_by_ethnicity",
              ("Offered %", "Accepted %"), "Offered: % of referrals.  Accepted: % of those offered.", percent=True,
              legend=("Offered", "Accepted")),
    ChartSpec("waiting", "Days from referral", "waiting", ("Median days", "90th percentile days"), "Days",
              legend=("Median", "90th percentile")),
    ChartSpec("contacts_per_person", "People by number of contacts", "contacts_per_person", ("People",),
              "Number of people"),
    ChartSpec("connections_by_outcome", "Connections made, by outcome", "connections_by_outcome", ("Connections",),
              "Number of connections"),
    ChartSpec("unmet_needs_by_category", "Unmet needs by category", "unmet_needs_by_category", ("Needs recorded",),
              "Number of needs recorded"),
    ChartSpec("caseload_by_worker", "Open referrals per worker at the end of the period", "caseload_by_worker",
              ("Open at end",), "Number of open referrals"),
    ChartSpec("wellbeing_ons4", "ONS4 wellbeing: baseline and follow-up (mean, 0 to 10)", "wellbeing",
              ("Baseline mean", "Follow-up mean"), "Mean score, 0 to 10",
              scale_max=10, rows="ons4.", legend=("Baseline", "Follow-up")),
)
CHART_KEYS = tuple(c.key for c in CHARTS)


def _spec(key: str) -> ChartSpec:
    for spec in CHARTS:
        if spec.key == key:
            return spec
    raise KeyError(f"no chart {key!r}; the charts are: {', '.join(CHART_KEYS)}")


def chart_title(key: str) -> str:
    return _spec(key).title


def _nice_step(top: float) -> float:
    """A round tick step giving about five ticks up to ``top``."""
    raw = max(top, 1) / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return max(step, 1.0)


def _row_label(spec: ChartSpec, row: Row, columns: tuple[str, ...]) -> str:
    """The row's label, without the instrument's name when a chart shows one instrument, and saying so
    when lower is better."""
    label = row.label.split(": ", 1)[1] if spec.rows and ": " in row.label else row.label
    if "Better is" in columns and show(row.cells[columns.index("Better is")]).text == "lower":
        label += " (lower is better)"
    return label


def _fit(text: str, font: str, size: float, room: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def chart_drawing(report: Report, key: str, *, exact: bool = False, width: float = WIDTH) -> Drawing:
    """The chart ``key`` (one of ``CHART_KEYS``) for ``report``, figures shown as ``exact`` says."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, bold = fonts()
    spec = _spec(key)
    table = report.table(spec.table)
    rows = [r for r in table.rows if r.key.startswith(spec.rows)]
    columns = [table.columns.index(c) for c in spec.columns]
    series = len(columns)
    label_size, value_size = 8.0, 7.5
    row_height = 15.0 if series == 1 else 25.0
    top_pad = 22.0 + (14.0 if series > 1 else 0.0)
    bottom_pad = 34.0
    plot_height = max(1, len(rows)) * row_height
    if not rows:
        drawing = Drawing(width, 40)
        drawing.add(String(0, 28, spec.title, fontName=bold, fontSize=10, fillColor=INK))
        drawing.add(String(0, 10, "Nothing to show for this period.", fontName=regular, fontSize=label_size,
                           fillColor=INK))
        return drawing

    shown = [[show(r.cells[c], exact=exact) for r in rows] for c in columns]
    marks = {s.text for column in shown for s in column if s.number is None}
    key_line = "; ".join(f"{mark} {meaning}" for mark, meaning in MARKS if mark in marks)
    if key_line:
        bottom_pad += 12
    if all(s.number is None for column in shown for s in column):
        drawing = Drawing(width, 40)
        drawing.add(String(0, 28, spec.title, fontName=bold, fontSize=10, fillColor=INK))
        said = ("Every figure here is under 5 or built on fewer than 5, so none is drawn; see the table."
                if any(s.withheld for column in shown for s in column) else "Nothing to show for this period.")
        drawing.add(String(0, 10, said, fontName=regular, fontSize=label_size, fillColor=INK))
        return drawing
    drawing = Drawing(width, top_pad + plot_height + bottom_pad)
    drawing.add(String(0, drawing.height - 12, spec.title, fontName=bold, fontSize=10, fillColor=INK))
    labels = [_row_label(spec, r, table.columns) for r in rows]
    label_room = min(max(stringWidth(t, regular, label_size) for t in labels) + 8, width * 0.42)
    labels = [_fit(t, regular, label_size, label_room - 8) for t in labels]
    numbers = [s.number for column in shown for s in column if s.number is not None]
    top = spec.scale_max or (100.0 if spec.percent else max([*numbers, 0.0]))
    step = spec.scale_max / 5 if spec.scale_max else 20.0 if spec.percent else _nice_step(top)
    axis_max = max(step, math.ceil(top / step) * step)

    chart = HorizontalBarChart()
    chart.x, chart.y = label_room, bottom_pad
    chart.width, chart.height = width - label_room - 30, plot_height
    # reportlab draws the first category, and in each group the first series, at the bottom:
    # reverse both so the table's first row, and the legend's first series, come out on top
    drawn = list(reversed(shown))
    chart.data = [[s.number if s.number is not None else 0 for s in reversed(column)] for column in drawn]
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[s.text for s in reversed(column)] for column in drawn]
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.fillColor = regular, value_size, INK
    chart.barSpacing, chart.groupSpacing = 1, 5
    for k in range(series):
        chart.bars[k].fillColor, chart.bars[k].strokeColor = SERIES_COLOURS[series - 1 - k], None
    axis = chart.categoryAxis
    axis.categoryNames = list(reversed(labels))
    axis.labels.boxAnchor, axis.labels.dx = "e", -4
    axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = regular, label_size, INK
    axis.strokeColor, axis.tickLeft = INK, 0
    values = chart.valueAxis
    values.valueMin, values.valueMax, values.valueStep = 0, axis_max, step
    values.labels.fontName, values.labels.fontSize, values.labels.fillColor = regular, label_size, INK
    values.labelTextFormat = "%d%%" if spec.percent else ("%d" if float(step).is_integer() else "%.1f")
    values.strokeColor = INK
    values.visibleGrid, values.gridStrokeColor = 1, GRID
    values.gridStart, values.gridEnd = chart.y, chart.y + chart.height
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, bottom_pad - 28, spec.axis, fontName=regular,
                       fontSize=label_size, fillColor=INK, textAnchor="middle"))
    if key_line:
        drawing.add(String(width, 2, key_line, fontName=regular, fontSize=7, fillColor=INK, textAnchor="end"))
    if series > 1:
        legend = Legend()
        legend.x, legend.y = label_room, drawing.height - 22
        legend.alignment, legend.columnMaximum, legend.deltax = "right", 1, 0
        legend.dx = legend.dy = 7
        legend.fontName, legend.fontSize, legend.fillColor = regular, label_size, INK
        legend.colorNamePairs = [(SERIES_COLOURS[k], (spec.legend or spec.columns)[k]) for k in range(series)]
        legend.boxAnchor, legend.strokeColor = "nw", None
        legend.dxTextSpace, legend.variColumn = 4, 1
        legend.deltax = 90
        drawing.add(legend)
    return drawing


def same_when_exact(report: Report, key: str) -> bool:
    """True when exact figures change nothing in chart ``key`` (none of its figures is suppressed): the
    drawing depends on ``exact`` only through the figures shown, so one drawing serves both."""
    spec = _spec(key)
    table = report.table(spec.table)
    columns = [table.columns.index(c) for c in spec.columns]
    return all(show(r.cells[c]) == show(r.cells[c], exact=True)
               for r in table.rows if r.key.startswith(spec.rows) for c in columns)


def chart_svg(report: Report, key: str, *, exact: bool = False, width: float = WIDTH) -> str:
    """The same chart as SVG text, for QtSvg in the window's dashboard."""
    from reportlab.graphics import renderSVG

    regular, bold = fonts()
    hacks = {regular: {"family": "DejaVu Sans, Verdana, sans-serif"},
             bold: {"family": "DejaVu Sans, Verdana, sans-serif", "weight": "bold"}}
    svg = renderSVG.drawToString(chart_drawing(report, key, exact=exact, width=width), fontHacks=hacks)
    # QtSvg (SVG Tiny) has no clipPath and paints its rectangle black; nothing here needs clipping
    return _CLIP.sub("", svg).replace(' style="clip-path: url(#clip)"', "")
