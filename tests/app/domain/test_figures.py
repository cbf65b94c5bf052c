"""The small-numbers rule: one function, applied when a figure is shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.figures import Count, Interval, Rate, Stat, Text, show


@pytest.mark.parametrize(("n", "shared"), [(0, "0"), (1, "<5"), (4, "<5"), (5, "5"), (1234, "1,234")])
def test_counts_from_1_to_4_are_shown_as_under_5(n: int, shared: str) -> None:
    assert show(Count(n)).text == shared
    assert show(Count(n), exact=True).text == f"{n:,}"


def test_a_suppressed_count_gives_a_chart_nothing_to_draw() -> None:
    assert show(Count(3)).number is None and show(Count(3)).withheld
    assert show(Count(3), exact=True).number == 3.0


@pytest.mark.parametrize(("rate", "shared", "internal"), [
    (Rate(5, 10), "50%", "50%"),
    (Rate(3, 10), "[c]", "30%"),   # built on a count under 5
    (Rate(6, 4), "[c]", "150%"),   # over a count under 5
    (Rate(0, 4), "[c]", "0%"),
    (Rate(0, 12), "0%", "0%"),
    (Rate(0, 0), "–", "–"),        # nothing to count
    (Rate(2, 3), "[c]", "67%"),
])
def test_rates_built_on_small_counts_are_withheld(rate: Rate, shared: str, internal: str) -> None:
    assert show(rate).text == shared
    assert show(rate, exact=True).text == internal


def test_averages_and_intervals_of_fewer_than_5_are_withheld() -> None:
    assert show(Stat(2.25, 4)).text == "[c]" and show(Stat(2.25, 4), exact=True).text == "2.2"
    assert show(Stat(2.25, 5)).text == "2.2"
    assert show(Stat(None, 0)).text == "–"
    assert show(Stat(1.26, 5, signed=True)).text == "+1.3"
    assert show(Stat(-0.04, 5, signed=True)).text == "0.0"  # never "-0.0"
    assert show(Interval(-1.26, 0.44, 4)).text == "[c]"
    assert show(Interval(-1.26, 0.44, 9)).text == "-1.3 to +0.4"
    assert show(Interval(None, None, 1), exact=True).text == "–"  # one value has no interval


def test_words_are_never_suppressed() -> None:
    assert show(Text("temporarily closed")).text == "temporarily closed"


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_shared_figures_never_reveal_a_count_from_1_to_4(numerator: int, denominator: int) -> None:
    for figure in (Count(numerator), Rate(numerator, denominator), Stat(1.0, numerator)):
        shown = show(figure)
        if 1 <= numerator <= 4:
            assert shown.number is None and str(numerator) not in shown.text
