"""Contrast as WCAG 2 measures it, and the first colour of a list that reads on a given background.

Colours the window draws itself (Today's markers) are chosen here against the palette in use, so a
dark or high-contrast theme gets a light marker and a light theme a dark one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor

AA = 4.5  # WCAG 2 AA for text; markers are held to it too, though 3:1 would do for graphics


def luminance(colour: QColor) -> float:
    """Relative luminance, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def ratio(one: QColor, other: QColor) -> float:
    """Contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(choices: Sequence[str], background: QColor, minimum: float = AA) -> QColor:
    """The first of ``choices`` with ``minimum`` contrast against ``background``; else the best of them."""
    colours = [QColor(choice) for choice in choices]
    for colour in colours:
        if ratio(colour, background) >= minimum:
            return colour
    return max(colours, key=lambda colour: ratio(colour, background))
