"""Plain text for pasting into a GP record (EMIS Web, SystmOne, Vision).

Rules, whatever the template or the person typed: lines of at most 72 characters, no tabs, no
smart quotes or exotic spaces (``clean.plain``), dates as ``22-Nov-2026``, no trailing spaces, no
runs of blank lines.
"""

from __future__ import annotations

import textwrap
from typing import Any

from app.io.letters.clean import gp_date, plain
from app.io.letters.template import Block, Document, Spans, format_value

WIDTH = 72


def text_value(value: Any) -> str:
    return format_value(value, gp_date)


def _flat(spans: Spans) -> str:
    return plain("".join(s.text for s in spans))


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    """``text`` wrapped to WIDTH, each of its own lines kept, with a first-line prefix and hanging indent."""
    out: list[str] = []
    for n, line in enumerate(text.split("\n") or [""]):
        prefix = first if n == 0 else rest
        words = " ".join(line.split())
        out += textwrap.wrap(words, WIDTH, initial_indent=prefix, subsequent_indent=rest,
                             break_long_words=True, break_on_hyphens=False) or [prefix.rstrip()]
    return out


def render_text(document: Document) -> str:
    lines: list[str] = []
    previous = ""
    for block in document.blocks:
        if block.kind == "para" and previous in ("bullet", "row", "fields", "address"):
            lines.append("")  # a paragraph after a list stands apart
        lines += _block(block)
        previous = block.kind
    # No trailing spaces, no leading/trailing blank lines, never two blank lines together.
    out: list[str] = []
    for line in (line.rstrip() for line in lines):
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def _block(block: Block) -> list[str]:
    kind = block.kind
    if kind == "title":
        title = _flat(block.spans)
        return _wrap(title) + ["=" * min(WIDTH, max(len(t) for t in _wrap(title)))]
    if kind == "heading":
        return ["", *_wrap(_flat(block.spans))]
    if kind in ("para", "right", "small"):
        return _wrap(_flat(block.spans))
    if kind == "bullet":
        indent = "  " * block.level
        return _wrap(_flat(block.spans), indent + "- ", indent + "  ")
    if kind == "row":
        return _wrap(_flat(block.spans), "- ", "  ")
    if kind == "fields":
        labels = [plain(label) for label, _ in block.rows]
        pad = min(max(len(label) for label in labels) + 2, 22)
        out = []
        for label, (_, value) in zip(labels, block.rows, strict=True):
            head = f"{label}:".ljust(pad)
            out += _wrap(_flat(value), head, " " * pad) if len(head) <= pad else \
                _wrap(f"{head} {_flat(value)}", "", "  ")
        return out
    if kind == "address":
        return [line for spans in block.lines for line in _wrap(_flat(spans))]
    if kind == "letterhead":
        return _wrap(_flat(block.spans)) + [line for spans in block.lines for line in _wrap(_flat(spans))] + [""]
    if kind == "pagebreak":
        return [""]
    if kind == "pair":  # plain text has no columns: one language, then the other
        return [line for side in block.sides for b in side for line in _block(b)]
    raise ValueError(f"unknown block kind {kind!r}")
