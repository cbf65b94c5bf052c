"""The few statistics the commissioner report needs, written out so their method is plain.

- Percentiles (and the median) interpolate linearly between the two nearest ranks: the method of
  Excel's PERCENTILE.INC, R's type 7 and NumPy's default, so a commissioner can check them.
- The 95% confidence interval of a mean change is the paired Student t interval:
  mean ± t(0.975, n − 1) × sd / √n, with the sample standard deviation (n − 1 divisor).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100) by linear interpolation between closest ranks; None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    lower = math.floor(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def median(values: Sequence[float]) -> float | None:
    return percentile(values, 50)


def _beta_fraction(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny, qab, qap, qam = 1e-300, a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        for numerator in (m * (b - m) * x / ((qam + m2) * (a + m2)),
                          -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))):
            d = 1 + numerator * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + numerator / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1) < 1e-15:
            break
    return h


def _incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_fraction(a, b, x) / a
    return 1 - front * _beta_fraction(b, a, 1 - x) / b


def t_cdf(t: float, df: int) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom."""
    tail = 0.5 * _incomplete_beta(df / 2, 0.5, df / (df + t * t))
    return 1 - tail if t >= 0 else tail


@cache
def t_critical(df: int, confidence: float = 0.95) -> float:
    """The two-sided critical value: t such that P(-t <= T <= t) = ``confidence``."""
    if df < 1:
        raise ValueError("a t interval needs at least one degree of freedom")
    target, low, high = 1 - (1 - confidence) / 2, 0.0, 1000.0
    for _ in range(200):  # bisection: t_cdf rises with t
        mid = (low + high) / 2
        if t_cdf(mid, df) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


@dataclass(frozen=True)
class MeanInterval:
    n: int
    mean: float | None
    low: float | None  # None when n < 2: no interval
    high: float | None


def mean_with_ci(values: Sequence[float], confidence: float = 0.95) -> MeanInterval:
    n = len(values)
    if n == 0:
        return MeanInterval(0, None, None, None)
    mean = math.fsum(values) / n
    if n < 2:
        return MeanInterval(n, mean, None, None)
    sd = math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (n - 1))
    half = t_critical(n - 1, confidence) * sd / math.sqrt(n)
    return MeanInterval(n, mean, mean - half, mean + half)
