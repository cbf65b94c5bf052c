"""Property tests: any Unicode and any markup through every template never breaks a letter, and the text
a person typed comes back out of the PDF (for the letters the font has)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io.letters import fonts, load_template, sample
from app.io.letters.fields import TEMPLATE_CONTEXTS
from app.io.letters.html import render_html
from app.io.letters.pdf import Layout, pdf_value, render_pdf
from app.io.letters.template import Template, TemplateError
from app.io.letters.text import render_text, text_value

PIECES = [*"<>&;/=\"'#@*{}-\n bipaфontbr]![", "<b>", "</b>", "<para>", "</font>", "&amp;", "&#0;", "<br/>",
          "**", "{{", "}}", "<font name='x'>", "<img src='x'/>", "\x00", "\ud800", "<![CDATA[", "\r\n", "\t"]
MARKUP = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
ANY_TEXT = st.one_of(st.text(), MARKUP, st.text(alphabet=st.characters(codec=None), max_size=400))


@cache
def _printable() -> list[str]:
    """BMP characters the font has and pdftotext reads back as themselves, left to right."""
    out = []
    for code in range(0x21, 0x10000):
        char = chr(code)
        if (fonts.covers(char) and unicodedata.category(char)[0] in "LNPS"
                and unicodedata.bidirectional(char) in ("L", "EN", "ES", "ET", "CS", "ON")
                and unicodedata.normalize("NFKC", char) == char and not unicodedata.combining(char)):
            out.append(char)
    return out


WORDS = st.lists(st.text(alphabet=st.sampled_from(_printable()), min_size=1, max_size=12), min_size=1, max_size=30)


def _context(name: str, value: str) -> object:
    """The sample context for ``name`` with ``value`` in every free-text field a person or worker types."""
    person = dataclasses.replace(sample.PERSON, name=value, preferred_name=value, address=value,
                                 communication_needs=value)
    episode = dataclasses.replace(sample.EPISODE, what_matters=value, reasons=[value, value])
    service = dataclasses.replace(sample.SERVICE, name=value, contact_name=value)
    connection = dataclasses.replace(sample.CONNECTION, service=service, note=value)
    goals = [dataclasses.replace(sample.GOALS[0], text=value)]
    worker = dataclasses.replace(sample.WORKER, name=value)
    common = {"person": person, "episode": episode, "worker": worker}
    if name == "referral":
        return sample.referral(**common, service=service, connection=connection, note=value)
    if name == "outreach":
        return sample.outreach(person=person, worker=worker, services=[service], note=value)
    if name == "paused":
        return sample.paused(person=person, worker=worker, service=service, connection=connection)
    if name.startswith("plan"):
        return sample.plan(**common, goals=goals, connections=[connection])
    return sample.gp(**common, goals=goals, connections=[connection])


def _pdftotext(data: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "letter.pdf"
        path.write_bytes(data)
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("name", sorted(TEMPLATE_CONTEXTS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=ANY_TEXT)
def test_any_text_through_every_template_never_breaks(name: str, value: str) -> None:
    document = load_template(name).render(_context(name, value), pdf_value)
    data = render_pdf([document], Layout(size=16 if name == "plan-easy-read" else 11))
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    # In the HTML for Qt, the only bold tags are the template's own (bold words, field labels).
    html = render_html(document)
    spans = [s for b in document.blocks for s in (*b.spans, *(x for _, v in b.rows for x in v),
                                                   *(x for line in b.lines for x in line))]
    assert html.count("<b>") == sum(s.bold for s in spans) + sum(len(b.rows) for b in document.blocks)
    text = render_text(load_template(name).render(_context(name, value), text_value))
    assert all(len(line) <= 72 for line in text.splitlines())


@pytest.mark.parametrize("name", sorted(TEMPLATE_CONTEXTS))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=WORDS)
def test_text_the_font_covers_round_trips_through_the_pdf(name: str, words: list[str]) -> None:
    value = " ".join(words)
    document = load_template(name).render(_context(name, value), pdf_value)
    extracted = "".join(_pdftotext(render_pdf([document])).split())
    assert "".join(value.split()) in extracted


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_template_text_parses_or_names_its_line(text: str) -> None:
    try:
        Template("referral", text, TEMPLATE_CONTEXTS["referral"])
    except TemplateError as error:
        assert error.template == "referral" and 0 <= error.line <= max(1, len(text.splitlines()))
        assert str(error).startswith(f"Template 'referral', line {error.line}: ")


if __name__ == "__main__":  # how many characters the round trip draws from
    sys.stdout.write(f"{len(_printable())} characters\n")
