"""The commissioner report as PDF (reportlab platypus): sections of charts and tables, every figure
passed through ``app.domain.figures.show`` so small numbers are suppressed unless ``exact``.

Names typed by people (practices, workers, services, areas) are escaped before they meet reportlab's
paragraph markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.figures import Text, show
from app.io.files import write_atomically
from app.io.report_charts import INK, chart_drawing, chart_title, fonts

if TYPE_CHECKING:
    from app.domain.report import Report
    from app.domain.report import Table as ReportTable

MARGIN = 18 * mm
LIGHT = colors.HexColor("#EEF2F6")
RULE = colors.HexColor("#8A9AAA")
WARNING = colors.HexColor("#B00020")
_PAD = 4  # left and right padding of table cells

NOTES = (
    "Referrals, equity of access and waiting times count the referrals dated in the period, as they stood "
    "at the end of the period: a step reached after the period ended is not counted, so the same report made "
    "later gives the same figures.",
    "Offered: the first contact was made and support offered. Accepted and declined are shares of those offered; "
    "a person who declined and later accepted counts as accepted.",
    "Waiting times run from the referral date to the day of the first move to each step. Medians and 90th "
    "percentiles interpolate linearly between the two nearest values (the method of Excel's PERCENTILE.INC).",
    "Contacts, connections, unmet needs and measures count those dated in the period. A contact that was "
    "corrected counts once.",
    "Services that closed or filled use each service's status and capacity now (the directory keeps no "
    "history of them), with the connections that failed or were turned down in the period because a service "
    "had closed or had no capacity.",
    "Wellbeing change compares each person's baseline with their latest follow-up (at review or closure) taken "
    "in the period. Change is follow-up minus baseline; each ONS4 question is reported on its own and never "
    "added up. For anxiety and loneliness a fall is an improvement, and Improved % counts people whose score "
    "moved the better way. The 95% confidence interval is the paired Student t interval: mean change plus or "
    "minus t(0.975, n - 1) times the standard deviation of the changes over the square root of n.",
    "Age is the person's age on the referral date. Ethnic groups are the top-level groups of the NHS ethnic "
    "category codes.",
)


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=bold, fontSize=8, leading=10),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8, leading=10, alignment=TA_RIGHT),
        "cell_bold_right": ParagraphStyle("cell_bold_right", parent=base, fontName=bold, fontSize=8, leading=10,
                                          alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=7.5, leading=9, alignment=TA_RIGHT),
        "head_left": ParagraphStyle("head_left", parent=base, fontName=bold, fontSize=7.5, leading=9),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=18, leading=22, spaceAfter=4),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=13, leading=16, spaceBefore=10,
                             spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=9.5, leading=12, spaceBefore=4,
                             spaceAfter=3),
        "box": ParagraphStyle("box", parent=base, fontSize=8.5, leading=11, borderColor=RULE, borderWidth=0.6,
                              borderPadding=6, backColor=LIGHT, spaceBefore=6, spaceAfter=10),
        "warning": ParagraphStyle("warning", parent=base, fontName=bold, fontSize=9, leading=12, textColor=WARNING,
                                  borderColor=WARNING, borderWidth=1.2, borderPadding=6, spaceBefore=6,
                                  spaceAfter=10),
    }


def _widths(header: list[str], cells: list[list[str]], width: float) -> list[float]:
    """Column widths: each figure column as wide as its widest figure or header word, the label
    column the rest (at least a fifth to a third of the width, for long names)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, bold = fonts()
    need = []
    for j, title in enumerate(header):
        words = max((stringWidth(w, bold, 7.5) for w in title.split()), default=0)
        figures = max((stringWidth(row[j], regular, 8) for row in cells), default=0)
        need.append(min(max(words, figures, 24) + 2 * _PAD + 4, 130))
    label = max(width - sum(need), width * (0.22 if len(header) > 4 else 0.34))
    scale = (width - label) / sum(need) if need else 1
    return [label] + [n * scale for n in need]


def _table(table: ReportTable, styles: dict[str, ParagraphStyle], exact: bool, width: float,
           title: bool = True) -> list[Any]:
    rows = list(table.rows) + ([table.total] if table.total else [])
    texts = [[show(c, exact=exact).text for c in row.cells] for row in rows]
    widths = _widths(list(table.columns), texts, width)
    header = [Paragraph(escape(table.label_header), styles["head_left"])] + [
        Paragraph(escape(c), styles["head"]) for c in table.columns]
    body: list[list[Any]] = [header]
    for row, shown in zip(rows, texts, strict=True):
        bold = row is table.total
        style, right = (styles["cell_bold"], styles["cell_bold_right"]) if bold else (styles["cell"],
                                                                                        styles["cell_right"])
        body.append([Paragraph(escape(row.label), style)] + [
            Paragraph(escape(text), right) if isinstance(cell, Text) else text
            for cell, text in zip(row.cells, shown, strict=True)])
    if not table.rows:
        body.insert(1, [Paragraph("Nothing recorded in this period.", styles["cell"])] + [""] * len(table.columns))
    regular, bold_font = fonts()
    commands: list[tuple[Any, ...]] = [
        ("FONT", (1, 1), (-1, -1), regular, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#D9D9D9")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if table.total:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.8, INK), ("FONT", (1, -1), (-1, -1), bold_font, 8)]
    grid = Table(body, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")
    out: list[Any] = [Paragraph(escape(table.title), styles["h2"])] if title else []
    out.append(grid)
    if table.note:
        out.append(Paragraph(escape(table.note), styles["small"]))
    out.append(Spacer(1, 8))
    return out


def _numbered_canvas(report: Report, exact: bool) -> type[Canvas]:
    """A canvas that writes the footer once the page count is known (page n of m)."""
    regular, bold = fonts()

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _ = A4
            self.setFont(regular, 7.5)
            self.setFillColor(INK)
            self.drawString(MARGIN, 10 * mm, f"Linkwell · Social prescribing report · {report.period_label}")
            self.drawRightString(width - MARGIN, 10 * mm, f"Page {number} of {total}")
            if exact:
                self.setFont(bold, 7.5)
                self.setFillColor(WARNING)
                self.drawCentredString(width / 2, 6 * mm, "INTERNAL: exact small numbers. Do not share outside "
                                                          "the practice.")

    return FooterCanvas


def build_story(report: Report, *, exact: bool, width: float) -> list[Any]:
    styles = _styles()
    made = report.made_at.astimezone()
    story: list[Any] = [
        Paragraph("Social prescribing report", styles["title"]),
        Paragraph(f"<b>{escape(report.period_label)}</b> · {escape(report.scope.practice_label)}", styles["body"]),
        Paragraph(f"Made on {made.day} {made:%B %Y at %H:%M} by Linkwell.", styles["small"]),
    ]
    if exact:
        story.append(Paragraph("EXACT FIGURES, FOR INTERNAL USE ONLY. Counts from 1 to 4 are shown as they are. "
                               "Do not share this report outside the practice; make the shared version without "
                               "--exact.", styles["warning"]))
    else:
        story.append(Paragraph("Small numbers are suppressed so that no one can be identified: a count from 1 to 4 "
                               "is shown as &lt;5, and a rate, average or interval built on such a count is "
                               "withheld and shown as [c]. A dash (–) means there was nothing to count.",
                               styles["box"]))
    for section in report.sections:
        opening: list[Any] = [Paragraph(escape(section.title), styles["h1"])]
        if section.intro:
            opening += [Paragraph(escape(section.intro), styles["body"]), Spacer(1, 4)]
        shown_title = section.title  # a table's title is left out when the heading above says it
        for number, part in enumerate(section.parts):
            kind, key = part.split(":", 1)
            if kind == "chart":
                flowables = [Spacer(1, 4), chart_drawing(report, key, exact=exact, width=width), Spacer(1, 6)]
                shown_title = chart_title(key)
            else:
                table = report.table(key)
                flowables = _table(table, styles, exact, width, title=table.title != shown_title)
                shown_title = table.title
            if number == 0:  # the heading stays with what follows it
                flowables = opening + flowables
            short = kind == "chart" or len(report.table(key).rows) <= 18
            story += [KeepTogether(flowables)] if short else flowables
    story.append(CondPageBreak(60 * mm))
    story.append(Paragraph("How the figures are counted", styles["h1"]))
    for note in NOTES:
        story.append(Paragraph(escape(note), styles["body"]))
        story.append(Spacer(1, 3))
    return story


def pdf_bytes(report: Report, *, exact: bool = False) -> bytes:
    import io

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=f"Social prescribing report, {report.period_label}",
                            author="Linkwell", subject=report.scope.practice_label)
    doc.build(build_story(report, exact=exact, width=doc.width), canvasmaker=_numbered_canvas(report, exact))
    return out.getvalue()


def write_pdf(report: Report, path: Path, *, exact: bool = False) -> Path:
    """Write atomically: a half-written file never replaces a good one."""
    return write_atomically(path, pdf_bytes(report, exact=exact))
