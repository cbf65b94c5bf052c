"""The same letter as simple HTML, for Qt's QTextDocument (print and print preview in the window).

Only the HTML subset QTextDocument understands: tables for layout, inline styles, sizes in pt.
Every piece of text is escaped with ``html.escape``.
"""

from __future__ import annotations

import io
from html import escape

from app.io.letters.clean import clean
from app.io.letters.template import Block, Document, Spans


def _h(text: str) -> str:
    return escape(clean(text)).replace("\n", "<br/>")


def _spans(spans: Spans) -> str:
    return "".join(f"<b>{_h(s.text)}</b>" if s.bold else _h(s.text) for s in spans)


LOGO_URL = "linkwell-logo"  # the resource name the logo is registered under in the QTextDocument
_PX_PER_MM = 96 / 25.4  # QTextDocument lays out at 96 units an inch


def logo_size(data: bytes) -> tuple[int, int]:
    """The logo's size in layout pixels: fitted in 40 x 18 mm, shape kept (as in the PDF)."""
    from reportlab.lib.utils import ImageReader

    w, h = ImageReader(io.BytesIO(data)).getSize()
    scale = min(40 * _PX_PER_MM / w, 18 * _PX_PER_MM / h)
    return max(1, round(w * scale)), max(1, round(h * scale))


def render_html(document: Document, size: float = 11.0, logo: bytes | None = None) -> str:
    """``logo``: drawn from the resource ``LOGO_URL``, which the caller registers with the document."""
    logo_tag = ""
    if logo:
        w, h = logo_size(logo)
        logo_tag = f'<img src="{LOGO_URL}" width="{w}" height="{h}"/>'
    return (f'<html><body style="font-family: \'DejaVu Sans\'; font-size: {size:g}pt;">'
            f"{_body(document.blocks, size, logo_tag)}</body></html>")


def _body(blocks: tuple[Block, ...], size: float, logo_tag: str = "") -> str:
    parts: list[str] = []
    bullets: list[tuple[int, str]] = []

    def close_bullets() -> None:
        """Bullets as a list; points under a point as a list inside it."""
        if not bullets:
            return
        level, html = 0, ["<ul>"]
        for item_level, item in bullets:
            if item_level > level:
                html.append('<ul type="circle">')
            elif item_level < level:
                html.append("</ul>")
            level = item_level
            html.append(f"<li>{item}</li>")
        html.append("</ul>" * (level + 1))
        parts.append("".join(html))
        bullets.clear()

    for block in blocks:
        if block.kind != "bullet":
            close_bullets()
        parts.append(_block(block, size, bullets, logo_tag))
    close_bullets()
    return "".join(parts)


def _block(block: Block, size: float, bullets: list[tuple[int, str]], logo_tag: str = "") -> str:
    kind = block.kind
    if kind == "title":
        return f'<p style="font-size: {size * 1.3:g}pt; font-weight: bold;">{_spans(block.spans)}</p>'
    if kind == "heading":
        return f'<p class="heading" style="font-size: {size * 1.1:g}pt; font-weight: bold;">{_spans(block.spans)}</p>'
    if kind == "para":
        return f"<p>{_spans(block.spans)}</p>"
    if kind == "right":
        return f'<p align="right">{_spans(block.spans)}</p>'
    if kind == "small":
        return f'<p style="color: #444444; font-size: {max(size * 0.8, 8) if size < 16 else size:g}pt;">' \
               f"{_spans(block.spans)}</p>"
    if kind == "bullet":
        bullets.append((min(block.level, 1), _spans(block.spans)))
        return ""
    if kind == "address":
        return "<p>" + "<br/>".join(_spans(line) for line in block.lines) + "</p>"
    if kind == "fields":
        rows = "".join(f'<tr><td width="30%"><b>{_h(label)}</b></td><td>{_spans(value)}</td></tr>'
                       for label, value in block.rows)
        return f'<table width="100%" cellpadding="2">{rows}</table>'
    if kind == "row":
        return (f'<table width="100%" cellpadding="4"><tr><td width="12%" align="center" valign="middle" '
                f'style="font-size: {size * 2.2:g}pt;">{_h(block.symbol)}</td>'
                f'<td valign="middle">{_spans(block.spans)}</td></tr></table>')
    if kind == "letterhead":
        lines = "<br/>".join(_spans(line) for line in block.lines)
        head = (f'<p align="right"><span style="font-size: {size * 1.25:g}pt;">{_spans(block.spans)}</span>'
                f"<br/>{lines}</p>")
        if logo_tag:
            head = (f'<table width="100%"><tr><td valign="top">{logo_tag}</td>'
                    f'<td valign="top" align="right">{head}</td></tr></table>')
        return head + "<hr/>"
    if kind == "pagebreak":
        return '<p style="page-break-after: always;"></p>'
    if kind == "pair":  # a bilingual letter: Welsh on the left, English on the right
        cells = "".join(f'<td width="50%" valign="top">{_body(side, size)}</td>' for side in block.sides)
        return f'<table width="100%" cellpadding="3"><tr>{cells}</tr></table>'
    raise ValueError(f"unknown block kind {kind!r}")
