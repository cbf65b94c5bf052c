"""Letters in Welsh, English or both (issue 17), written by the letters service from a real encrypted
database to PDF files and read back with poppler: Welsh words and dates, both languages side by side,
Welsh pages before English ones, hostile names exactly, the GP summary always in English."""

from __future__ import annotations

import re
import subprocess
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import clock, i18n
from app.domain.models import Person, Service
from app.errors import InvalidInput
from app.i18n_dates import MONTHS, WEEKDAYS, long_date
from app.services.letters import Letters
from app.storage.database import Database
from tests.app.services.test_letters import Journey, make_journey

GIVEN, FAMILY = "Siân <Ŵyn> & Łucja", "ap Llŷr 🙂"
NAME = "Siân <Ŵyn> & Łucja ap Llŷr"  # as printed: the font has no emoji (resources/templates/README.md)
SERVICE = "Côr Tŷ Gwyn & Grŵp <Canu>"
WELSH_DATE, ENGLISH_DATE = "5 Rhagfyr 2026", "5 December 2026"
# Words of the same paragraph in each language: (Welsh, English), one pair the first page holds.
SAME = {"referral": (("Annwyl Małgorzata Nowak", "Dear Małgorzata Nowak"), ("Hoffwn atgyfeirio", "I would like to refer")),
        "plan": (("Fy nghynllun", "My plan"), ("Dyma'r cynllun a wnaethom", "This is the plan we made"))}


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def page_text(path: Path, number: int) -> str:
    return flat(pdftotext(path, "-f", str(number), "-l", str(number)))


@pytest.fixture
def pinned() -> Iterator[None]:
    with clock.pinned("2026-12-05T10:00:00+00:00"):  # a Saturday
        yield


@pytest.fixture
def journey(db: Database, pinned: None) -> Journey:
    """A person with a plan and a referral to a service, named with markup, an ampersand, an emoji and
    Welsh and Polish letters."""
    found = make_journey(db)
    with db.session() as session:
        person = session.get(Person, uuid.UUID(found.person_id))
        service = session.get(Service, uuid.UUID(found.service_id))
        assert person is not None and service is not None
        person.given_name, person.family_name, service.name = GIVEN, FAMILY, SERVICE
    return found


def write(db: Database, journey: Journey, kind: str, choice: str, tmp_path: Path) -> Path:
    target = journey.connection_id if kind == "referral" else journey.person_id
    return Letters(db).write(kind, target, tmp_path / f"{kind}-{choice}.pdf", language=choice)


@pytest.mark.parametrize("kind", ["referral", "plan"])
def test_a_welsh_letter_is_in_welsh_with_its_letters_and_a_welsh_date(db: Database, journey: Journey, kind: str,
                                                                       tmp_path: Path) -> None:
    path = write(db, journey, kind, "cy", tmp_path)
    text = flat(pdftotext(path))
    for welsh, english in SAME[kind]:
        assert welsh in text and english not in text
    assert "Ffôn 01632 960000" in text  # the letterhead's phone, in Welsh alone
    assert WELSH_DATE in text and ENGLISH_DATE not in text
    assert NAME in text and SERVICE in text
    if kind == "referral":  # the worker's role (free text) in Welsh when it is one of the usual ones
        assert "gweithiwr cyswllt, Millbrook Surgery" in text and "link worker" not in text
    if kind == "plan":  # coded values in Welsh words too
        assert "Dydd Mawrth a Dydd Iau, 10:00 tan 12:00" in text and "erbyn 1 Rhagfyr 2026" in text


@pytest.mark.parametrize("kind", ["referral", "plan"])
def test_bilingual_sets_each_welsh_paragraph_beside_its_english(db: Database, journey: Journey, kind: str,
                                                               tmp_path: Path) -> None:
    path = write(db, journey, kind, "bilingual", tmp_path)
    lines = [" ".join(line.split()) for line in pdftotext(path, "-layout", "-f", "1", "-l", "1").splitlines()]
    for welsh, english in SAME[kind]:
        # Side by side: the Welsh column's words and the English column's on one line of the page.
        assert any(welsh in line and english in line and line.index(welsh) < line.index(english)
                   for line in lines), (welsh, english)
    first = page_text(path, 1)
    assert WELSH_DATE in first and ENGLISH_DATE in first
    assert "Ffôn / Phone 01632 960000" in first
    # Both languages' footers, whole, on every page (not cut short beside the page number).
    footer = {"referral": ("Cadwch ef yn ddiogel.", "Please keep it safe."),
              "plan": ("ffoniwch Gwenllïan Rhys ar 01632 960002.", "call Gwenllïan Rhys on 01632 960002.")}[kind]
    for number in range(1, pages(path) + 1):
        assert all(words in page_text(path, number) for words in footer), number


@pytest.mark.parametrize("kind", ["referral", "plan"])
def test_cy_first_prints_the_welsh_pages_before_the_english(db: Database, journey: Journey, kind: str,
                                                           tmp_path: Path) -> None:
    path = write(db, journey, kind, "cy-first", tmp_path)
    texts = [page_text(path, n) for n in range(1, pages(path) + 1)]
    _, (welsh, english) = SAME[kind]  # a paragraph (the title is in the running header too)
    welsh_pages = [n for n, t in enumerate(texts) if welsh in t]
    english_pages = [n for n, t in enumerate(texts) if english in t]
    assert welsh_pages == [0] and english_pages and english_pages[0] > welsh_pages[-1]
    assert WELSH_DATE in texts[0] and ENGLISH_DATE not in texts[0]
    english_half = " ".join(texts[english_pages[0]:])
    assert ENGLISH_DATE in english_half and welsh not in english_half


@pytest.mark.parametrize("choice", ["en", "cy", "bilingual", "cy-first"])
@pytest.mark.parametrize("kind", ["referral", "plan"])
def test_names_print_exactly_in_every_language(db: Database, journey: Journey, kind: str, choice: str,
                                               tmp_path: Path) -> None:
    text = flat(pdftotext(write(db, journey, kind, choice, tmp_path)))
    assert f"{NAME} " in text and SERVICE in text
    assert "&amp;" not in text and "&lt;" not in text  # printed as typed, never as markup


@pytest.mark.xfail(strict=True, reason="DejaVu Sans has no emoji glyphs: an emoji prints as an empty box "
                                       "and is lost from the text (resources/templates/README.md)")
def test_an_emoji_in_a_name_prints(db: Database, journey: Journey, tmp_path: Path) -> None:
    assert f"{GIVEN} {FAMILY}" in flat(pdftotext(write(db, journey, "plan", "cy", tmp_path)))


def test_gp_summary_stays_english_with_welsh_letters_and_a_welsh_window(db: Database, journey: Journey) -> None:
    letters = Letters(db)
    english = letters.gp_summary(journey.person_id)
    i18n.use_language("cy")
    try:
        letters.prepare("gp", journey.person_id, language="cy")  # a Welsh GP letter first changes nothing
        in_welsh_window = letters.gp_summary(journey.person_id)
    finally:
        i18n.use_language("en")
    assert in_welsh_window == english
    assert "Social prescribing summary" in english and "05-Dec-2026" in english
    assert "Loneliness or isolation" in english
    for welsh in ("Rhagfyr", "Unigrwydd", "Presgripsiynu"):
        assert welsh not in english


def test_an_unknown_language_is_refused_in_plain_english(db: Database, journey: Journey, tmp_path: Path) -> None:
    out = tmp_path / "fr.pdf"
    with pytest.raises(InvalidInput) as raised:
        Letters(db).write("plan", journey.person_id, out, language="fr")
    assert str(raised.value) == "'fr' is not a letter language; choose from en, cy, bilingual, cy-first."
    assert not out.exists()


# --- long_date ----------------------------------------------------------------------------------

WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
                "Tachwedd", "Rhagfyr"]
ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"]


@pytest.mark.parametrize("month", range(1, 13))
def test_long_date_names_every_month_in_both_languages(month: int) -> None:
    day = date(2027, month, 28)
    assert long_date(day, "cy") == f"28 {WELSH_MONTHS[month - 1]} 2027"
    assert long_date(day, "en") == long_date(day) == f"28 {ENGLISH_MONTHS[month - 1]} 2027"


def test_long_date_names_each_day_of_the_week() -> None:
    monday = date(2026, 11, 30)
    welsh = [long_date(monday + timedelta(days=n), "cy", weekday=True) for n in range(7)]
    assert welsh == ["Dydd Llun 30 Tachwedd 2026", "Dydd Mawrth 1 Rhagfyr 2026", "Dydd Mercher 2 Rhagfyr 2026",
                     "Dydd Iau 3 Rhagfyr 2026", "Dydd Gwener 4 Rhagfyr 2026", "Dydd Sadwrn 5 Rhagfyr 2026",
                     "Dydd Sul 6 Rhagfyr 2026"]
    assert long_date(monday, "en", weekday=True) == "Monday 30 November 2026"
    assert long_date(date(2026, 12, 5), "en", weekday=True) == "Saturday 5 December 2026"


def test_long_date_keeps_the_words_unmutated_after_any_number() -> None:
    """Welsh mutates a month's name after some words (ym Mawrth), never after a numeral in a date:
    the radical form every day of the month, and no ordinals (5 Rhagfyr, not 5ed)."""
    for day in range(1, 32):
        said = long_date(date(2027, 3, day), "cy")
        assert said == f"{day} Mawrth 2027"
    assert long_date(date(2027, 3, 2), "cy", weekday=True) == "Dydd Mawrth 2 Mawrth 2027"
    assert all(name[0].isupper() for name in MONTHS["cy"] + WEEKDAYS["cy"])


def test_long_date_refuses_a_language_it_has_no_words_for() -> None:
    with pytest.raises(ValueError, match="no dates in 'fr'"):
        long_date(date(2026, 12, 5), "fr")
