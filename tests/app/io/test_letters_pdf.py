"""PDF letters read back with poppler (pdftotext, pdfinfo): text, A4, page count, sizes, logo."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from pathlib import Path

import pytest

from app.io.letters import load_template, sample
from app.io.letters.pdf import LARGE_SIZE, Layout, pdf_value, render_pdf
from app.io.letters.template import Document

MARKUP_NOTE = "Likes <b>tea</b> & cake; said </font> then <para> and &amp; &lt; ]]> <br/> \"quotes\""
NAMES = ("Siân Łukasiewicz-O'Brien", "Gwenllïan", "Seán", "Małgorzata")


def pdftotext(data: bytes, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdfinfo(data: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def flat(text: str) -> str:
    return " ".join(text.split())


def letter(name: str, context: object, size: float = 11.0) -> bytes:
    return render_pdf([load_template(name).render(context, pdf_value)], Layout(size=size))


def assert_a4(info: dict[str, str], pages: int) -> None:
    assert info["Page size"].startswith("595.276 x 841.89 pts (A4)")
    assert int(info["Pages"]) == pages


def test_typical_referral_is_one_a4_page_with_everything_a_service_needs(tmp_path: Path) -> None:
    data = letter("referral", sample.referral())
    assert_a4(pdfinfo(data, tmp_path), 1)
    text = flat(pdftotext(data, tmp_path))
    for expected in ("Millbrook Primary Care Network", "Dear Małgorzata Nowak,", "Referral: Siân Łukasiewicz-O'Brien",
                     "07700 900456", "Loneliness or isolation, Debt or money worries", "chapel choir",
                     "meet her at the door", "How to reply", "01632 960002", "Gwenllïan Rhys", "22 November 2026"):
        assert expected in text, expected
    assert "Page 1" not in text  # page numbers only when there is a second page


def test_long_notes_flow_to_a_second_page_with_a_running_header(tmp_path: Path) -> None:
    long = " ".join(f"Sentence {n} about what matters to Siân." for n in range(40))
    data = letter("referral", sample.referral(episode=dataclasses.replace(sample.EPISODE, what_matters=long)))
    info = pdfinfo(data, tmp_path)
    assert_a4(info, 2)
    pages = pdftotext(data, tmp_path).split("\f")
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
    assert "Referral for Siân Łukasiewicz-O'Brien (continued)" in pages[1]
    assert "(continued)" not in pages[0]
    assert "Sentence 39 about" in flat(pages[1]) and "Yours sincerely" in pages[1]


@pytest.mark.parametrize("name", ["referral", "plan", "plan-easy-read", "gp-letter"])
def test_markup_in_notes_and_names_print_literally(name: str, tmp_path: Path) -> None:
    person = dataclasses.replace(sample.PERSON, name=NAMES[0], preferred_name=NAMES[2], addressed_to=NAMES[0],
                                 salutation=NAMES[2])
    episode = dataclasses.replace(sample.EPISODE, what_matters=MARKUP_NOTE)
    context = sample.SAMPLES[name](person=person, episode=episode,
                                   worker=dataclasses.replace(sample.WORKER, name=f"{NAMES[1]} {NAMES[3]}"))
    data = letter(name, context)
    # Easy read's symbols sit level with the middle of their text, so pdftotext reads them mid-sentence.
    text = flat(re.sub("[☺♥★⌂☀⚑➜✉☎]", " ", pdftotext(data, tmp_path)))
    assert flat(MARKUP_NOTE) in text
    for name_ in NAMES:
        assert name_ in text, name_
    assert pdfinfo(data, tmp_path)["Page size"].startswith("595.276 x 841.89")


def test_fonts_are_embedded(tmp_path: Path) -> None:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(letter("referral", sample.referral()))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = {line.split()[0].partition("+")[2]: line.split() for line in fonts.splitlines()[2:] if "+" in line}
    # Both weights of DejaVu, embedded as subsets (the "emb" and "sub" columns).
    assert set(rows) == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(row[-5:-3] == ["yes", "yes"] for row in rows.values())


def _word_heights(data: bytes, tmp_path: Path) -> list[float]:
    html = pdftotext(data, tmp_path, "-bbox")
    return [float(y2) - float(y1) for y1, y2 in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', html)]


@pytest.mark.parametrize("name", ["plan", "plan-easy-read"])
def test_large_print_and_easy_read_are_at_least_16_pt_everywhere(name: str, tmp_path: Path) -> None:
    large = letter(name, sample.plan(), size=LARGE_SIZE)
    normal = letter(name, sample.plan())
    # poppler's word boxes are as tall as the type's point size.
    assert min(_word_heights(large, tmp_path)) >= LARGE_SIZE - 0.01
    assert min(_word_heights(normal, tmp_path)) < LARGE_SIZE
    assert "Tuesday Tea & Chat" in flat(pdftotext(large, tmp_path))


def test_easy_read_has_a_symbol_beside_each_point(tmp_path: Path) -> None:
    text = pdftotext(letter("plan-easy-read", sample.plan(), size=LARGE_SIZE), tmp_path)
    for symbol in "☺♥★⌂☎":
        assert symbol in text


def test_plan_gives_day_time_place_and_how_to_get_there(tmp_path: Path) -> None:
    text = flat(pdftotext(letter("plan", sample.plan()), tmp_path))
    for expected in ("What matters to me", "Go to the tea group every week", ("Phone the group to say I am coming "
                                                                               "(by 30 November 2026)"), "Every Tuesday, 10:00 to 12:00", "St Mary's Hall", "Bus 7 to Church",
                     "8 December 2026", "Gwenllïan Rhys", "01632 960002"):
        assert expected in text, expected


def test_gp_letter_without_consent_holds_only_identifiers_dates_and_codes(tmp_path: Path) -> None:
    from app.io.letters.fields import EpisodeFields

    context = sample.gp(shares_detail=False, goals=[], connections=[], measures=[],
                        episode=EpisodeFields(referral_date=sample.EPISODE.referral_date))
    text = flat(pdftotext(letter("gp-letter", context), tmp_path))
    assert "871731000000106" in text and "943 476 5919" in text and "1 November 2026" in text
    assert "not agreed to share more detail" in text
    for detail in ("chapel choir", "Loneliness", "Tuesday Tea", "ONS4"):
        assert detail not in text


def test_logo_is_drawn_in_the_letterhead(tmp_path: Path) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (20, 90, 160)).save(buffer, "PNG")
    typical = dataclasses.replace(sample.PERSON, nhs_number="", date_of_birth=None)  # the default share
    document = load_template("referral").render(sample.referral(person=typical), pdf_value)
    path = tmp_path / "logo.pdf"
    path.write_bytes(render_pdf([document], Layout(logo=buffer.getvalue())))
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    assert len(images.splitlines()) == 3  # two header lines and one image
    assert pdfinfo(path.read_bytes(), tmp_path)["Pages"] == "1"


def test_a_batch_in_one_pdf_numbers_each_letter_on_its_own(tmp_path: Path) -> None:
    long = dataclasses.replace(sample.EPISODE, what_matters="Long. " * 1200)
    documents: list[Document] = [
        load_template("referral").render(sample.referral(), pdf_value),
        load_template("referral").render(sample.referral(episode=long), pdf_value),
        load_template("referral").render(sample.referral(), pdf_value),
    ]
    data = render_pdf(documents)
    pages = pdftotext(data, tmp_path).split("\f")[:-1]
    info = pdfinfo(data, tmp_path)
    assert int(info["Pages"]) == len(pages) >= 4
    assert "Page" not in pages[0] and "Page" not in pages[-1]
    middle = pages[1:-1]
    assert [re.search(r"Page (\d+) of (\d+)", p).groups() for p in middle] == [
        (str(n), str(len(middle))) for n in range(1, len(middle) + 1)]
    assert "(continued)" not in pages[1] and "(continued)" in pages[2] and "(continued)" not in pages[-1]


def test_pdf_metadata_names_the_letter(tmp_path: Path) -> None:
    info = pdfinfo(letter("referral", sample.referral()), tmp_path)
    assert info["Title"] == "Referral: Siân Łukasiewicz-O'Brien" and info["Creator"] == "Linkwell"
