"""Laying out letters as A4 PDF with reportlab platypus.

Every piece of text, the template's own words included, reaches a Paragraph as plain text fragments
built here (``_para``), never as reportlab markup: nothing a person types is parsed, so nothing can
alter the letter (and skipping the markup parser makes a letter quicker to lay out). Page numbers ("Page 1 of 2")
and the header on continuation pages are drawn when the document is saved, per letter, so a batch of
letters in one PDF numbers each letter on its own.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from app.io.letters import fonts
from app.io.letters.clean import clean, long_date
from app.io.letters.template import Block, Document, Spans, format_value

Run = tuple[str, bool]  # text, bold

NORMAL_SIZE = 11.0
LARGE_SIZE = 16.0  # large print and easy read: at least 16 pt everywhere, page numbers included
MARGIN = 20 * mm
GREY = colors.HexColor("#444444")
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame's width inside its default 6 pt padding


@dataclass(frozen=True)
class Layout:
    size: float = NORMAL_SIZE
    logo: bytes | None = None  # PNG or JPEG, drawn at the left of the letterhead
    author: str = ""

    @property
    def large(self) -> bool:
        return self.size >= LARGE_SIZE

    @property
    def small(self) -> float:
        return self.size if self.large else max(8.0, self.size * 0.8)


def pdf_value(value: Any) -> str:
    """How a field value reads in a letter (dates as 22 November 2026)."""
    return format_value(value, long_date)


def render_pdf(documents: Sequence[Document], layout: Layout = Layout()) -> bytes:
    """One PDF holding each document from a new page."""
    from reportlab import rl_config

    rl_config.useA85 = 0  # binary streams: smaller files, and ASCII85 in pure Python is slow
    font = fonts.register()
    styles = _styles(font, layout.size, layout.small)
    story: list[Flowable] = []
    for index, document in enumerate(documents):
        if index:
            story.append(PageBreak())
        story.append(_LetterStart(index))
        letter: list[Flowable] = []
        previous = ""
        for block in document.blocks:
            if previous == "bullet" and block.kind != "bullet":
                letter.append(Spacer(1, layout.size * 0.35))  # a list stands apart from what follows
            letter.extend(_flowables(block, styles, layout))
            previous = block.kind
        if len(letter) > 2:  # the closing words never alone on a last page: keep the last two together
            letter[-2:] = [KeepTogether(letter[-2:])]
        story.extend(letter)
    out = io.BytesIO()
    first = documents[0] if documents else Document("empty", ())
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=18 * mm,
        bottomMargin=(28 if layout.large else 20) * mm,
        title=clean(first.title), author=clean(layout.author), creator="Linkwell", subject=first.template,
        initialFontName=font, initialFontSize=layout.size,  # else reportlab references Helvetica
    )
    meta = [(clean(d.running), clean(d.footer), d.page_label) for d in documents]
    doc.build(story or [Spacer(1, 1)], canvasmaker=partial(_NumberedCanvas, letters=meta, font=font,
                                                               size=layout.small))
    return out.getvalue()


# --- styles and blocks -----------------------------------------------------------------------


@lru_cache(maxsize=8)
def _styles(font: str, s: float, small: float) -> dict[str, ParagraphStyle]:
    """Made once per size: the same style objects let ``_para`` reuse their fragment prototypes."""
    body = ParagraphStyle("body", fontName=font, fontSize=s, leading=s * 1.3, spaceAfter=s * 0.4)
    return {
        "body": body,
        "para": body,
        "title": ParagraphStyle("title", body, fontName=fonts.BOLD, fontSize=s * 1.3, leading=s * 1.6,
                                spaceBefore=s * 0.4, spaceAfter=s * 0.6),
        "heading": ParagraphStyle("heading", body, fontName=fonts.BOLD, fontSize=s * 1.1, leading=s * 1.4,
                                  spaceBefore=s * 0.5, spaceAfter=s * 0.2),
        "bullet": ParagraphStyle("bullet", body, leftIndent=s * 1.4, bulletIndent=s * 0.3, spaceAfter=s * 0.25,
                                 bulletFontName=font, bulletFontSize=s),
        "bullet1": ParagraphStyle("bullet1", body, leftIndent=s * 2.8, bulletIndent=s * 1.7, spaceAfter=s * 0.2,
                                  bulletFontName=font, bulletFontSize=s),
        "right": ParagraphStyle("right", body, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", body, fontSize=small, leading=small * 1.3,
                                textColor=GREY),
        "cell": ParagraphStyle("cell", body, spaceAfter=0),
        "label": ParagraphStyle("label", body, fontName=fonts.BOLD, spaceAfter=0),
        "symbol": ParagraphStyle("symbol", body, fontSize=s * 2.2, leading=s * 2.6, alignment=TA_CENTER,
                                 spaceAfter=0),
        "head": ParagraphStyle("head", body, alignment=TA_RIGHT, fontSize=small, leading=small * 1.3,
                               spaceAfter=0),
        "headname": ParagraphStyle("headname", body, fontName=fonts.BOLD, alignment=TA_RIGHT,
                                   fontSize=s * 1.25, leading=s * 1.5, spaceAfter=2),
    }


def _runs(spans: Spans) -> list[Run]:
    return [(s.text, s.bold) for s in spans]


def _line_runs(lines: Iterable[Spans]) -> list[Run]:
    """Lines (an address) as runs with a line break between each."""
    runs: list[Run] = []
    for index, line in enumerate(lines):
        if index:
            runs.append(("\n", False))
        runs.extend(_runs(line))
    return runs


_PROTOTYPES: dict[int, tuple[ParagraphStyle, dict[str, ParaFrag]]] = {}


def _prototypes(style: ParagraphStyle) -> dict[str, ParaFrag]:
    """A plain, a bold and a line-break fragment in ``style``, as reportlab's own parser makes them
    (from fixed markup, parsed once per style)."""
    found = _PROTOTYPES.get(id(style))
    if found is None or found[0] is not style:
        _, frags, _ = ParaParser().parse("x<b>x</b><br/>", style)
        found = (style, {"": frags[0], "b": frags[1], "br": frags[2]})
        _PROTOTYPES[id(style)] = found
    return found[1]


def _para(runs: Iterable[Run], style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A Paragraph of plain text runs: ``clean``ed, line breaks kept, and never parsed as markup."""
    proto = _prototypes(style)
    frags: list[ParaFrag] = []
    for text, bold in runs:
        for index, piece in enumerate(clean(text).split("\n")):
            if index:
                frags.append(proto["br"].clone())
            if piece:
                frags.append(proto["b" if bold else ""].clone(text=piece))
    if not frags:
        return Paragraph("", style, bulletText=bullet)
    return Paragraph("".join(f.text for f in frags), style, bulletText=bullet, frags=frags)


def _flowables(block: Block, styles: dict[str, ParagraphStyle], layout: Layout, *,
               column: bool = False) -> list[Flowable]:
    """``column``: laid out in half the width, beside its other language (a bilingual letter)."""
    kind, s = block.kind, layout.size
    if kind == "pair":
        sides = [[f for b in side for f in _flowables(b, styles, layout, column=True)] for side in block.sides]
        heading = any(b.kind == "heading" for side in block.sides for b in side)
        return [*([CondPageBreak(s * 5)] if heading else []), _Columns(sides[0], sides[1], s)]
    if kind == "heading" and column:
        return [_para(_runs(block.spans), styles[kind])]
    if kind == "heading":  # never alone at the foot of a page (cheaper than keepWithNext's extra layout)
        return [CondPageBreak(s * 5), _para(_runs(block.spans), styles[kind])]
    if kind in ("title", "para", "right", "small"):
        return [_para(_runs(block.spans), styles[kind])]
    if kind == "bullet":
        style = styles["bullet1" if block.level else "bullet"]
        return [_para(_runs(block.spans), style, "–" if block.level else "•")]
    if kind == "pagebreak":
        return [PageBreak()]
    if kind == "address":
        return [_para(_line_runs(block.lines), styles["body"])]
    if kind == "fields":
        label_width = (62 if layout.large else 45) * mm * (0.8 if column else 1)
        rows: list[Flowable] = [_Row(_para([(label, False)], styles["label"]), _para(_runs(value), styles["cell"]),
                                     label_width, s) for label, value in block.rows]
        return [*rows, Spacer(1, s * 0.5)]
    if kind == "row":
        return [_Row(_para([(block.symbol, False)], styles["symbol"]), _para(_runs(block.spans), styles["cell"]),
                     s * 3.4, s, middle=True), Spacer(1, s * 0.6)]
    if kind == "letterhead":
        return _letterhead(block, styles, layout)
    raise ValueError(f"unknown block kind {kind!r}")


class _Columns(Flowable):
    """Two columns of flowables side by side: a bilingual letter's Welsh (left) beside its English (right).
    Splits across pages, each column at its own place, so a long paragraph in either language flows on."""

    def __init__(self, left: list[Flowable], right: list[Flowable], size: float) -> None:
        super().__init__()
        self.columns, self.size, self.gap = (left, right), size, size * 1.2

    def _width(self, avail_width: float) -> float:
        return (avail_width - self.gap) / 2

    @staticmethod
    def _height(flowables: list[Flowable], width: float, avail_height: float) -> float:
        total = 0.0
        for index, flowable in enumerate(flowables):
            _, height = flowable.wrap(width, avail_height)
            total += height + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if index else 0)
        return total

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = self._width(avail_width)
        self.width = avail_width
        self.height = max(self._height(column, width, avail_height) for column in self.columns)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        width = self._width(avail_width)
        parts = [_fill(column, width, avail_height) for column in self.columns]
        if not parts[0][0] and not parts[1][0]:
            return []
        return [_Columns(parts[0][0], parts[1][0], self.size), _Columns(parts[0][1], parts[1][1], self.size)]

    def draw(self) -> None:
        width = self._width(self.width)
        for offset, column in ((0.0, self.columns[0]), (width + self.gap, self.columns[1])):
            y = self.height
            for index, flowable in enumerate(column):
                _, height = flowable.wrap(width, self.height)
                y -= height + (flowable.getSpaceBefore() if index else 0)
                flowable.drawOn(self.canv, offset, y)
                y -= flowable.getSpaceAfter()


def _fill(flowables: list[Flowable], width: float, room: float) -> tuple[list[Flowable], list[Flowable]]:
    """What of a column fits in ``room`` (splitting the flowable that reaches past it), and what is left."""
    used = 0.0
    for index, flowable in enumerate(flowables):
        before = flowable.getSpaceBefore() if index else 0
        _, height = flowable.wrap(width, room - used)
        if used + before + height <= room:
            used += before + height + flowable.getSpaceAfter()
            continue
        pieces = flowable.split(width, room - used - before)
        if len(pieces) >= 2:
            return [*flowables[:index], pieces[0]], [*pieces[1:], *flowables[index + 1:]]
        return flowables[:index], flowables[index:]
    return flowables, []


class _Row(Flowable):
    """A label (or symbol) beside its value: what a two-column table row does, for a fraction of
    reportlab Table's layout work. A long value splits across pages, the label staying with its start."""

    def __init__(self, label: Paragraph, value: Paragraph, label_width: float, size: float, *,
                 middle: bool = False) -> None:
        super().__init__()
        self.label, self.value, self.label_width, self.size, self.middle = label, value, label_width, size, middle
        self.top, self.bottom, self.gap = size * 0.1, size * 0.25, size * 0.5
        self._sizes = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, label_height = self.label.wrap(self.label_width - self.gap, avail_height)
        _, value_height = self.value.wrap(avail_width - self.label_width - self.gap, avail_height)
        self._sizes = (label_height, value_height)
        self.width, self.height = avail_width, max(label_height, value_height) + self.top + self.bottom
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.top - self.bottom
        _, label_height = self.label.wrap(self.label_width - self.gap, room)
        if label_height > room:
            return []
        parts = self.value.split(avail_width - self.label_width - self.gap, room)
        if len(parts) < 2:
            return []
        rest = Paragraph("", self.label.style)
        return [_Row(self.label, parts[0], self.label_width, self.size, middle=self.middle),
                _Row(rest, parts[1], self.label_width, self.size, middle=self.middle)]

    def draw(self) -> None:
        label_height, value_height = self._sizes
        inner = self.height - self.top - self.bottom
        for flowable, x, height in ((self.label, 0.0, label_height), (self.value, self.label_width, value_height)):
            y = self.bottom + (inner - height) / 2 if self.middle else self.height - self.top - height
            flowable.drawOn(self.canv, x, y)


def _letterhead(block: Block, styles: dict[str, ParagraphStyle], layout: Layout) -> list[Flowable]:
    text: list[Flowable] = []
    if block.spans:
        text.append(_para(_runs(block.spans), styles["headname"]))
    if block.lines:
        text.append(_para(_line_runs(block.lines), styles["head"]))
    rule = HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=2 * mm, spaceAfter=4 * mm)
    if not layout.logo:
        return [*text, rule]
    table = Table([[_logo(layout.logo), text]], colWidths=[45 * mm, WIDTH - 45 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [table, rule]


def _logo(data: bytes) -> Flowable:
    """The logo scaled to fit 40 x 18 mm, keeping its shape."""
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    scale = min(40 * mm / w, 18 * mm / h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale, hAlign="LEFT")


# --- page furniture --------------------------------------------------------------------------


class _LetterStart(Flowable):
    """Marks where a letter begins, so the canvas can number pages per letter."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv._linkwell_letter = self.index  # type: ignore[attr-defined]
        self.canv._linkwell_first = True  # type: ignore[attr-defined]


class _NumberedCanvas(Canvas):
    def __init__(self, *args: Any, letters: list[tuple[str, str, str]], font: str, size: float,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._letters, self._font, self._size = letters, font, size
        self._pages: list[dict[str, Any]] = []
        self._linkwell_letter, self._linkwell_first = 0, False

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._linkwell_first = False
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for page in self._pages:
            totals[page["_linkwell_letter"]] = totals.get(page["_linkwell_letter"], 0) + 1
        seen: dict[int, int] = {}
        for page in self._pages:
            letter = page["_linkwell_letter"]
            seen[letter] = seen.get(letter, 0) + 1
            self.__dict__.update(page)
            self._furniture(letter, seen[letter], totals[letter])
            super().showPage()
        super().save()

    def _furniture(self, letter: int, number: int, total: int) -> None:
        running, footer, label = self._letters[letter] if letter < len(self._letters) else ("", "", "")
        width, height = A4
        self.saveState()
        self.setFont(self._font, self._size)
        self.setFillColor(GREY)
        if number > 1 and running:  # up to two lines (a bilingual letter's, in both languages), else cut
            para = _para([(" ".join(running.split()), False)], _footer_style(self._font, self._size))
            _, tall = para.wrap(WIDTH, 100 * mm)
            if tall <= 2.5 * para.style.leading:
                para.drawOn(self, MARGIN + 6, height - 11 * mm + self._size - tall)
            else:
                self.drawString(MARGIN + 6, height - 11 * mm, _fit(running, self._font, self._size, WIDTH))
        y = 11 * mm
        page = label.format(number=number, total=total) if total > 1 and label else ""
        page_y = y
        if footer:
            room = WIDTH - (self.stringWidth(page, self._font, self._size) + 6 * mm if page else 0)
            if page and not self._footer(footer, room, y, dry=True) and self._footer(footer, WIDTH, y, dry=True):
                # A longer footer (a bilingual letter's two) takes the whole width; the page number goes above it
                room, page_y = WIDTH, y + self._size * 1.6
            self._footer(footer, room, y)
        if page:
            self.drawRightString(width - MARGIN - 6, page_y, page)
        self.restoreState()

    def _footer(self, footer: str, room: float, y: float, *, dry: bool = False) -> bool:
        """Up to two lines above the bottom edge; cut with an ellipsis only if longer than that.
        Returns whether it fits in two lines; with ``dry``, draws nothing."""
        style = _footer_style(self._font, self._size)
        para = _para([(footer, False)], style)
        _, height = para.wrap(room, 100 * mm)
        fits = height <= 2.5 * style.leading
        if dry:
            return fits
        if fits:
            para.drawOn(self, MARGIN + 6, y + self._size - height)
        else:
            self.drawString(MARGIN + 6, y, _fit(footer, self._font, self._size, room))
        return fits


@lru_cache(maxsize=8)
def _footer_style(font: str, size: float) -> ParagraphStyle:
    return ParagraphStyle("footer", fontName=font, fontSize=size, leading=size * 1.2, textColor=GREY)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """One line: cut with an ellipsis if it would run past ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"
