"""Report figures, kept exact, and the one rule that decides how each is shown.

Figures are computed exactly and suppressed only at output time, by ``show``: in anything meant to
leave the practice a count from 1 to 4 is shown as "<5", and a rate, average or interval built on
such a count is withheld ("[c]", the Government Statistical Service mark for confidential). With
``exact=True`` (internal use) every figure is shown as it is. Zero is never suppressed.

Only primary suppression is applied: where a table also shows its total, a single "<5" cell can
sometimes be worked out by subtraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SMALL_LOW, SMALL_HIGH = 1, 4
SMALL_COUNT = "<5"
WITHHELD = "[c]"
NOTHING = "–"  # no data (nothing to count or average)


def is_small(n: int) -> bool:
    return SMALL_LOW <= n <= SMALL_HIGH


@dataclass(frozen=True)
class Count:
    n: int
    # The people behind the count (person ids), kept only when asked for (the dashboard lists them);
    # never part of equality, and never shown or exported.
    who: frozenset[str] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Rate:
    """A share, shown as a percentage: ``numerator`` of ``denominator``."""

    numerator: int
    denominator: int


@dataclass(frozen=True)
class Stat:
    """An average or percentile of ``n`` values (``value`` None when there were none)."""

    value: float | None
    n: int
    decimals: int = 1
    signed: bool = False  # show "+" on positive values (changes)


@dataclass(frozen=True)
class Interval:
    low: float | None
    high: float | None
    n: int
    decimals: int = 1


@dataclass(frozen=True)
class Text:
    """Words in a table (a status, a direction): never suppressed."""

    text: str


Figure = Count | Rate | Stat | Interval | Text


@dataclass(frozen=True)
class Shown:
    text: str
    number: float | None  # for charts: None when withheld or empty (draw no bar)
    withheld: bool = False


def show(figure: Figure, *, exact: bool = False) -> Shown:
    """How ``figure`` appears in a report: the suppression rule, applied in one place."""
    if isinstance(figure, Text):
        return Shown(figure.text, None)
    if isinstance(figure, Count):
        if not exact and is_small(figure.n):
            return Shown(SMALL_COUNT, None, withheld=True)
        return Shown(f"{figure.n:,}", float(figure.n))
    if isinstance(figure, Rate):
        if figure.denominator == 0:
            return Shown(NOTHING, None)
        if not exact and (is_small(figure.numerator) or is_small(figure.denominator)):
            return Shown(WITHHELD, None, withheld=True)
        percent = 100 * figure.numerator / figure.denominator
        return Shown(f"{percent:.0f}%", percent)
    if isinstance(figure, Stat):
        if figure.value is None or figure.n == 0:
            return Shown(NOTHING, None)
        if not exact and is_small(figure.n):
            return Shown(WITHHELD, None, withheld=True)
        text = _signed(figure.value, figure.decimals) if figure.signed else f"{figure.value:,.{figure.decimals}f}"
        return Shown(text, figure.value)
    if isinstance(figure, Interval):
        if figure.low is None or figure.high is None:
            return Shown(NOTHING, None)
        if not exact and is_small(figure.n):
            return Shown(WITHHELD, None, withheld=True)
        return Shown(f"{_signed(figure.low, figure.decimals)} to {_signed(figure.high, figure.decimals)}", None)
    raise TypeError(f"not a report figure: {figure!r}")


def _signed(value: float, decimals: int) -> str:
    text = f"{value:.{decimals}f}"
    if text.lstrip("-").strip("0.") == "":
        return f"{0:.{decimals}f}"  # no "-0.0"
    return text if value < 0 else f"+{text}"
