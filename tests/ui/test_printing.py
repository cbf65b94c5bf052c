"""The Qt print path, offscreen: a letter printed to a PDF file through QPrinter, read back with poppler."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

from app.io.letters import load_template, sample
from app.io.letters.pdf import LARGE_SIZE, Layout, pdf_value
from app.services.letters import Letter
from ui.printing import a4_printer, letter_font_family, preview_dialog, print_letter, print_to_pdf

NOTE = "Likes <b>tea</b> & cake </font> <para>"


def _letter(template: str = "referral", size: float = 11.0) -> Letter:
    episode = dataclasses.replace(sample.EPISODE, what_matters=NOTE)
    context = sample.SAMPLES[template](episode=episode)
    return Letter(template, "p1", load_template(template).render(context, pdf_value), Layout(size=size))


def _text(path: Path) -> str:
    """The words in reading order; easy read's symbols (level with the middle of their rows) taken out."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(re.sub("[☺♥★⌂☀⚑➜✉☎]", " ", text).split())


def _pages(path: Path) -> int:
    return int(next(line.split()[-1] for line in _info(path).splitlines() if line.startswith("Pages:")))


def _info(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def test_referral_letter_prints_to_pdf_through_qt(qapp: object, tmp_path: Path) -> None:
    path = print_to_pdf(_letter(), tmp_path / "printed.pdf")
    text = _text(path)
    for expected in ("Referral: Siân Łukasiewicz-O'Brien", "Dear Małgorzata Nowak", "Gwenllïan Rhys", NOTE,
                     "Millbrook Primary Care Network", "22 November 2026"):
        assert expected in text, expected
    assert "595 x 842 pts (A4)" in _info(path) and _pages(path) == 1


def test_the_shipped_font_is_what_qt_prints_with(qapp: object, tmp_path: Path) -> None:
    assert "DejaVu" in letter_font_family()
    path = print_to_pdf(_letter("plan-easy-read", LARGE_SIZE), tmp_path / "easy.pdf")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts
    text = _text(path)
    assert "Your goal:" in text and "Go to the tea group every" in text and "Gwenllïan Rhys" in text


def test_print_preview_paints_the_letter(qapp: object, tmp_path: Path) -> None:
    letter = _letter("gp-letter")
    dialog = preview_dialog(letter)
    try:
        assert dialog.windowTitle() == "Print preview: Social prescribing: Siân Łukasiewicz-O'Brien"
        printer = a4_printer(tmp_path / "preview.pdf")
        dialog.paintRequested.emit(printer)  # what the dialog does to draw its pages
        assert "871731000000106" in _text(tmp_path / "preview.pdf")
    finally:
        dialog.deleteLater()


def test_a_long_letter_runs_to_more_pages(qapp: object, tmp_path: Path) -> None:
    long = dataclasses.replace(sample.EPISODE, what_matters="Many words about what matters. " * 400)
    letter = Letter("referral", "p1", load_template("referral").render(sample.referral(episode=long), pdf_value),
                    Layout())
    printer = a4_printer(tmp_path / "long.pdf")
    print_letter(letter, printer)
    assert _pages(tmp_path / "long.pdf") >= 2


def test_the_logo_prints_through_qt(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(200, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    logo = tmp_path / "logo.png"
    assert image.save(str(logo), "PNG")
    letter = dataclasses.replace(_letter(), layout=Layout(logo=logo.read_bytes()))
    path = print_to_pdf(letter, tmp_path / "logo.pdf")
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) >= 3  # two heading lines, then at least the logo
    assert "Millbrook Primary Care Network" in _text(path)
