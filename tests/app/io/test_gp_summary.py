"""The plain-text GP summary: fixed short structure, 72 columns, no tabs or smart quotes, 22-Nov-2026 dates."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.io.letters import load_template, sample
from app.io.letters.clean import gp_date, plain
from app.io.letters.fields import EpisodeFields, GpContext
from app.io.letters.text import WIDTH, render_text, text_value

SMART = "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2013\u2014\u2026\u00a0"
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"


def summary(context: GpContext) -> str:
    return render_text(load_template("gp-summary").render(context, text_value))


def assert_pasteable(text: str) -> None:
    lines = text.split("\n")
    assert all(len(line) <= WIDTH for line in lines), max(lines, key=len)
    assert "\t" not in text and not set(SMART) & set(text)
    assert all(line == line.rstrip() for line in lines)
    assert "\n\n\n" not in text and text.endswith("\n") and not text.startswith("\n")


def test_full_summary_has_the_fixed_structure_in_order() -> None:
    text = summary(sample.gp())
    assert_pasteable(text)
    order = ["Social prescribing summary", "Date:        22-Nov-2026", "NHS number:  943 476 5919",
             "Referred:    01-Nov-2026", "Referred by: GP", "Reasons:     Loneliness or isolation, Debt or money",
             "Offer:       accepted", "Offer date:  05-Nov-2026", "SNOMED CT codes",
             "- 05-Nov-2026 871731000000106 Referral to social prescribing service", "What matters to the person",
             "Plan", "- Go to the tea group every week (open)", "Connections and outcomes",
             "- Tuesday Tea & Chat: referral, completed", "Measures before and after",
             "ONS4 personal wellbeing, baseline, 05-Nov-2026", "ONS4 personal wellbeing, closure, 10-Feb-2027"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, [p for p, i in zip(order, positions, strict=True) if i < 0]
    assert positions == sorted(positions)


def test_closure_comes_last_with_its_reason() -> None:
    from datetime import date

    episode = dataclasses.replace(sample.EPISODE, closed_on=date(2027, 2, 10), closure_reason="Goals met")
    text = summary(sample.gp(episode=episode))
    assert text.rstrip().endswith("Closure\nClosed: 10-Feb-2027\nReason: Goals met")


def test_dates_are_day_month_year_with_a_short_english_month() -> None:
    text = summary(sample.gp())
    dates = re.findall(r"\b\d{1,2}[-/ ]\w+[-/ ]\d{4}\b", text)
    assert dates and all(re.fullmatch(r"\d\d-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{4}", d) for d in dates)
    assert not re.search(MONTH_NAMES, text) and not re.search(r"\d{4}-\d\d-\d\d", text)


def test_without_consent_only_codes_and_dates_remain() -> None:
    context = sample.gp(shares_detail=False, goals=[], connections=[], measures=[],
                        episode=EpisodeFields(referral_date=sample.EPISODE.referral_date,
                                              offer_date=sample.EPISODE.offer_date))
    text = summary(context)
    assert_pasteable(text)
    assert "Codes and dates only" in text
    assert "871691000000100 Social prescribing offered (finding)" in text
    assert "871731000000106 Referral to social prescribing service" in text
    assert "Referred:    01-Nov-2026" in text
    for detail in ("Loneliness", "GP", "chapel", "Tea", "ONS4", "Plan\n", "accepted", "Siân"):
        assert detail not in text.replace("GP record", ""), detail


def test_long_words_and_notes_wrap_within_72_columns() -> None:
    note = "word " * 40 + "x" * 200 + " https://example.org/" + "a/" * 60
    text = summary(sample.gp(episode=dataclasses.replace(sample.EPISODE, what_matters=note)))
    assert_pasteable(text)
    assert "x" * 72 in text.replace("\n", "")


def test_smart_quotes_tabs_and_odd_spaces_become_plain() -> None:
    note = "She said \u201cI\u2019d love to\u201d \u2013 then\tpaused\u2026 at\u00a0last\u200b."
    text = summary(sample.gp(episode=dataclasses.replace(sample.EPISODE, what_matters=note)))
    assert "She said \"I'd love to\" - then paused... at last." in text
    assert_pasteable(text)


def test_gp_date() -> None:
    from datetime import date

    assert gp_date(date(2026, 11, 22)) == "22-Nov-2026" and gp_date(date(2027, 1, 3)) == "03-Jan-2027"


@settings(max_examples=150, deadline=None)
@given(st.text(), st.text(max_size=80), st.lists(st.text(max_size=40), max_size=4))
def test_any_text_stays_pasteable_and_keeps_its_words(what_matters: str, goal: str, reasons: list[str]) -> None:
    episode = dataclasses.replace(sample.EPISODE, what_matters=what_matters, reasons=reasons)
    context = sample.gp(episode=episode, goals=[dataclasses.replace(sample.GOALS[0], text=goal)])
    text = summary(context)
    assert_pasteable(text)
    squashed = "".join(text.split())
    for value in (what_matters, goal):
        assert "".join(plain(value).split()) in squashed
    assert not any(0xD800 <= ord(c) <= 0xDFFF or (ord(c) < 32 and c != "\n") for c in text)
    assert plain(text) == text
