"""The report's statistics against published values."""

from __future__ import annotations

import pytest

from app.domain.stats import mean_with_ci, median, percentile, t_cdf, t_critical


@pytest.mark.parametrize(("df", "t"), [(1, 12.706), (2, 4.303), (4, 2.776), (10, 2.228), (30, 2.042),
                                       (120, 1.980)])
def test_t_critical_values_match_the_tables(df: int, t: float) -> None:
    assert t_critical(df) == pytest.approx(t, abs=0.0006)


def test_t_cdf_is_symmetric() -> None:
    assert t_cdf(0, 5) == pytest.approx(0.5)
    assert t_cdf(-2.0, 7) == pytest.approx(1 - t_cdf(2.0, 7))


def test_percentiles_interpolate_as_excel_percentile_inc() -> None:
    values = [1, 2, 4, 7, 7, 20]
    assert median(values) == 5.5
    assert percentile(values, 90) == pytest.approx(13.5)
    assert percentile([3], 90) == 3
    assert percentile([], 50) is None
    assert median([5, 1, 3]) == 3


def test_mean_with_a_paired_t_interval() -> None:
    found = mean_with_ci([3, 0, 2])
    assert found.mean == pytest.approx(5 / 3)
    # sd 1.5275, se 0.8819, t(0.975, 2) 4.3027
    assert (found.low, found.high) == (pytest.approx(-2.1279, abs=1e-3), pytest.approx(5.4612, abs=1e-3))
    assert mean_with_ci([4]).low is None and mean_with_ci([]).mean is None
