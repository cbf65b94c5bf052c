"""An Open Referral import speaks the chosen language in its warnings and rejections (issue 17), while
what --json prints as codes (ids, field names) stays as the feed and the English give them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app import i18n
from app.io.openreferral import Limits, read, read_value
from app.io.openreferral.limits import TooLarge

ORUK = Path(__file__).resolve().parents[3].parent / "shared" / "fixtures" / "oruk"
FAIL = ORUK / "validator-mocks" / "V3.0-UK-Fail"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"
needs_fixtures = pytest.mark.skipif(not ORUK.is_dir(), reason="../shared/fixtures/oruk is not here")


@contextmanager
def welsh() -> Iterator[None]:
    i18n.use_language("cy")
    try:
        yield
    finally:
        i18n.use_language("en")


def _message(problems: list, field: str) -> str:
    (found,) = [p for p in problems if p.id == SERVICE_ID and p.field == field]
    return found.message


@needs_fixtures
def test_a_bad_email_in_a_real_feed_is_warned_about_in_welsh_and_in_english_by_default() -> None:
    with welsh():
        reading = read(FAIL / "service_full.json")
    assert _message(reading.warnings, "email") == "nid yw 'email-example_com' yn gyfeiriad e-bost; fe'i gadawyd allan"
    assert _message(reading.warnings, "url") == "nid yw 'example/counselling' yn gyfeiriad gwe; fe'i gadawyd allan"
    english = read(FAIL / "service_full.json")
    assert _message(english.warnings, "email") == "'email-example_com' is not an email address; it was left out"
    (email,) = [p for p in english.warnings if p.field == "email"]
    assert str(email) == f"{SERVICE_ID} email: 'email-example_com' is not an email address; it was left out"


@needs_fixtures
def test_services_without_a_name_are_rejected_in_welsh() -> None:
    with welsh():
        reading = read(FAIL / "service_list.json")
    assert reading.rejected and {p.message for p in reading.rejected} == {
        "does dim enw ganddo, ac mae ar bob gwasanaeth angen un; ni chafodd ei fewnforio"}
    assert {p.field for p in reading.rejected} == {"name"}


def test_a_record_without_an_id_is_named_in_welsh_but_its_json_keeps_the_english() -> None:
    with welsh():
        (problem,) = read_value(["not a service"], "feed.json").rejected
    assert str(problem) == "cofnod 1: nid yw'n wrthrych gwasanaeth; ni chafodd ei fewnforio"
    assert problem.to_json() == {"id": "record 1", "field": "",
                                 "message": "nid yw'n wrthrych gwasanaeth; ni chafodd ei fewnforio"}
    (english,) = read_value(["not a service"], "feed.json").rejected
    assert str(english) == "record 1: is not a service object; it was not imported"


@needs_fixtures
def test_a_file_over_the_limit_says_so_in_welsh() -> None:
    with welsh(), pytest.raises(TooLarge) as raised:
        read(FAIL / "service_full.json", limits=Limits(max_bytes=10))
    assert str(raised.value).startswith("Mae ") and "yn dal mwy na 10 beit" in str(raised.value)
    with pytest.raises(TooLarge, match=r"holds more than 10 bytes, the most one import reads"):
        read(FAIL / "service_full.json", limits=Limits(max_bytes=10))
