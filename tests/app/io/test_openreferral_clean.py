"""The field cleaners: what they keep, and the warning they leave when they drop something."""

from __future__ import annotations

import pytest

from app.io.openreferral import clean, common
from app.io.openreferral.records import Notes, Problem


def _clean(fn, *args):  # noqa: ANN001, ANN202
    found: list[Problem] = []
    return fn(*args, Notes("s1", found), "f"), [p.message for p in found]


def test_html_becomes_text_with_a_warning() -> None:
    value, warned = _clean(clean.text, "<p>Tea &amp; <b>cake</b></p><ul><li>one</li><li>two</li></ul>", )
    assert warned == []  # html=False: text is kept as written
    value, warned = _clean(lambda v, n, f: clean.text(v, n, f, html=True),
                           "<p>Tea &amp; <b>cake</b></p><ul><li>one</li><li>two</li></ul>")
    assert value == "Tea & cake\n\none\n\ntwo" and warned == ["held HTML; only its text was kept"]
    assert _clean(lambda v, n, f: clean.text(v, n, f, html=True), "Fish &amp; chips")[0] == "Fish & chips"
    assert _clean(clean.text, {"a": 1})[1] == ["is an object, not text; it was left out"]


@pytest.mark.parametrize("raw, kept, warns", [
    ("https://example.org/x", "https://example.org/x", False),
    ("example.org", "https://example.org", True),
    ("example/counselling", "", True),
    ("javascript:alert(1)", "", True),
    ("http://[::1", "", True),
    (12345, "", True),
])
def test_url(raw: object, kept: str, warns: bool) -> None:
    value, warned = _clean(clean.url, raw)
    assert value == kept and bool(warned) == warns


@pytest.mark.parametrize("raw, kept", [("a@b.org", "a@b.org"), ("mailto:a@b.org", "a@b.org"),
                                       ("email-example_com", ""), ("a@b", ""), (False, "")])
def test_email(raw: object, kept: str) -> None:
    assert _clean(clean.email, raw)[0] == kept


def test_coordinates_both_or_neither() -> None:
    found: list[Problem] = []
    notes = Notes("s1", found)
    assert clean.coordinates(53.8, -1.5, notes, "latitude") == (53.8, -1.5)
    assert clean.coordinates("53.8", "-1.5", notes, "latitude") == (53.8, -1.5)
    assert found == []
    for lat, lon in ((100, 101), (0, 0), ("north", 1), (53.8, None), (float("nan"), 1)):
        assert clean.coordinates(lat, lon, notes, "latitude") == (None, None)
    assert len(found) == 5 and all(p.field == "latitude" for p in found)


def test_times_days_postcodes_ages() -> None:
    assert _clean(clean.clock, "9.30")[0] == "09:30"
    assert _clean(clean.clock, "10:00:00Z")[0] == "10:00"
    assert _clean(clean.clock, "25:00") == ("", ["'25:00' is not a time of day; it was left out"])
    assert _clean(clean.byday, "FR, mo ,Tuesday")[0] == "MO,TU,FR"
    assert _clean(clean.byday, "MO,XX")[1] == ["'XX' is not a day of the week; it was left out"]
    assert [clean.weekday(v) for v in ("1MO", "sun", 3, "Thurs", "x", True)] == ["MO", "SU", "WE", "TH", None, None]
    assert _clean(clean.postcode, "ls61aa")[0] == "LS6 1AA"
    assert _clean(clean.postcode, "ABC 1234") == ("ABC 1234", ["'ABC 1234' is not a UK postcode; it was kept as written"])
    assert (clean.district("LS6 1AA"), clean.district("EC1A1BB"), clean.district("nowhere")) == ("LS6", "EC1A", "")
    assert _clean(clean.age, "12")[0] == 12
    assert _clean(clean.age, -1)[0] is None and _clean(clean.age, 12.5)[0] is None


def test_status_and_access_words() -> None:
    assert _clean(common.status, "Temporarily_Closed")[0] == "temporarily closed"
    assert _clean(common.status, "open-ish")[1][0].startswith("'open-ish' is not a service status")
    assert common.access_from_text("Please ask your GP for a referral") == "referral needed"
    assert common.access_from_text("Just turn up") == "drop-in"
    assert common.access_from_text("You can self-refer online") == "self-refer"
    assert common.access_from_text("") is None
    assert common.attend_from_text("in-person or remotely via video") == {"in person", "online"}
