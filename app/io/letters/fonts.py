"""The embedded letter font: DejaVu Sans, shipped in resources/fonts/ (licence beside it).

reportlab's built-in Helvetica has no Ł, č or ŵ; a registered TrueType font prints them and is
embedded (subset) in every PDF, so a letter prints the same on any machine.
"""

from __future__ import annotations

import io
from functools import cache

from app.paths import resource

REGULAR = "LinkwellSans"
BOLD = "LinkwellSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def font_bytes(name: str) -> bytes:
    return resource("fonts", FILES[name]).read_bytes()


@cache
def register() -> str:
    """Register the family with reportlab once; returns the regular font's name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in FILES:
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(name))))
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    return REGULAR


@cache
def _covered() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register()
    regular = set(pdfmetrics.getFont(REGULAR).face.charToGlyph)
    return frozenset(regular & set(pdfmetrics.getFont(BOLD).face.charToGlyph))


def covers(char: str) -> bool:
    """Whether both weights have a glyph for ``char``."""
    return ord(char) in _covered()
