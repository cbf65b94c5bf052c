"""Dates and times typed as people say them, read against a pinned now."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.when import format_when, parse_when, say_when
from app.errors import InvalidInput

NOW = datetime(2026, 12, 4, 15, 20)  # a Friday afternoon
KEEP = datetime(2026, 12, 1, 9, 45)


@pytest.mark.parametrize(("typed", "meant"), [
    ("20/11 14:30", datetime(2026, 11, 20, 14, 30)),
    ("20/11/2026 14:30", datetime(2026, 11, 20, 14, 30)),
    ("20/11/26 2pm", datetime(2026, 11, 20, 14, 0)),
    ("today 2pm", datetime(2026, 12, 4, 14, 0)),
    ("Today 2:15 PM", datetime(2026, 12, 4, 14, 15)),
    ("yesterday 9.15", datetime(2026, 12, 3, 9, 15)),
    ("14:30", datetime(2026, 12, 4, 14, 30)),
    ("1430", datetime(2026, 12, 4, 14, 30)),
    ("12am", datetime(2026, 12, 4, 0, 0)),
    ("12pm", datetime(2026, 12, 4, 12, 0)),
    ("now", datetime(2026, 12, 4, 15, 20)),
    ("20-Nov-2026 10:00", datetime(2026, 11, 20, 10, 0)),
    ("20 November 2026 10:00", datetime(2026, 11, 20, 10, 0)),
    ("20 nov 10am", datetime(2026, 11, 20, 10, 0)),
    ("2026-11-20 08:05", datetime(2026, 11, 20, 8, 5)),
    ("20/12", datetime(2025, 12, 20, 9, 45)),  # no year and later than today: last year's; the time kept
    ("04/12", datetime(2026, 12, 4, 9, 45)),
    ("tomorrow 10:00", datetime(2026, 12, 5, 10, 0)),
    ("heddiw 2pm", datetime(2026, 12, 4, 14, 0)),  # the Welsh words the Welsh hint offers
    ("ddoe 9.15", datetime(2026, 12, 3, 9, 15)),
    ("yfory 10:00", datetime(2026, 12, 5, 10, 0)),
    ("nawr", datetime(2026, 12, 4, 15, 20)),
])
def test_what_people_type_is_read_as_meant(typed: str, meant: datetime) -> None:
    assert parse_when(typed, now=NOW, keep=KEEP) == meant


@pytest.mark.parametrize("typed", ["", "31/02 10:00", "25:00", "13pm", "next week", "20/11 14:30 extra",
                                   "<script>", "jutro 10:00", "20/13/2026"])
def test_anything_else_gets_a_sentence_with_examples(typed: str) -> None:
    with pytest.raises(InvalidInput) as said:
        parse_when(typed, now=NOW, keep=KEEP)
    assert "20/11/2026 14:30" in str(said.value)


def test_the_shown_value_types_back_to_itself() -> None:
    value = datetime(2026, 3, 7, 8, 5)
    assert parse_when(format_when(value), now=NOW) == value
    assert say_when(value) == "Sat 07-Mar-2026 08:05"


def test_the_hint_is_in_the_chosen_language_and_its_examples_parse() -> None:
    from app import i18n
    from app.domain.when import help_text

    assert help_text().startswith("Type a date and time such as")
    try:
        i18n.use_language("cy")
        welsh = help_text()
    finally:
        i18n.use_language("en")
    assert welsh.startswith("Teipiwch ddyddiad")
    for example in ("heddiw 14:30", "ddoe 9am", "20/11 2pm"):
        assert example in welsh
        parse_when(example, now=NOW)
