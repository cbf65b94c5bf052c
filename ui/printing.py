"""Printing letters through Qt: print, print preview and "save as PDF" from the same laid-out letter.

The saved-PDF path of record is reportlab (``Letter.pdf()``); a printer gets the same blocks as a
QTextDocument (``Letter.html()``) in the shipped DejaVu Sans, so names like Łukasiewicz print on any
machine. Rendering happens here on the GUI thread; gathering the letter (database work) does not:
call ``Letters.prepare`` through the runner and hand the result in.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.core import FONT_BOLD, FONT_REGULAR, LOGO_URL, Letter, font_bytes
from app.i18n import translate

MARGIN_MM = 20.0
LAYOUT_DPI = 96.0


@cache
def letter_font_family() -> str:
    """Register the shipped letter font with Qt once; the family name Qt knows it by."""
    families: list[str] = []
    for name in (FONT_REGULAR, FONT_BOLD):
        font_id = QFontDatabase.addApplicationFontFromData(font_bytes(name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else "DejaVu Sans"


def letter_document(letter: Letter, printer: QPrinter | None = None) -> QTextDocument:
    """The letter as a QTextDocument in the letter font, laid out for ``printer``'s page when given."""
    document = QTextDocument()
    # QTextDocument lays out at 96 units an inch (print_ scales to the printer); sizes here are in those units.
    point = LAYOUT_DPI / 72
    if printer is not None:
        page = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
        document.setPageSize(QSizeF(page.width() * point, page.height() * point))
    font = QFont(letter_font_family())
    font.setPointSizeF(letter.layout.size)
    document.setDefaultFont(font)
    size = letter.layout.size
    document.setDefaultStyleSheet(
        f"p {{ margin-top: 0px; margin-bottom: {size * 0.45 * point:.0f}px; }} "
        f"p.heading {{ margin-top: {size * 0.5 * point:.0f}px; margin-bottom: {size * 0.2 * point:.0f}px; }} "
        f"td {{ padding-bottom: {size * 0.25 * point:.0f}px; }}"
    )
    document.setDocumentMargin(0)
    document.setIndentWidth(size * 1.4 * point)  # bullets
    if letter.layout.logo:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_URL),
                             QImage.fromData(letter.layout.logo))
    document.setHtml(letter.html())
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, letter.document.title)
    return document




def job_title() -> str:
    """What the print queue and a PDF printer's file name see: no one's name."""
    return translate("printing", "Linkwell letter")


def a4_printer(pdf_path: Path | None = None) -> QPrinter:
    """A printer set up for letters: A4 portrait, 20 mm margins; a PDF file when ``pdf_path`` is given."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(job_title())
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                      QPageLayout.Unit.Millimeter))
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_path))
    return printer


def print_letter(letter: Letter, printer: QPrinter) -> None:
    """Print ``letter`` on ``printer`` (a real printer, or a PDF file set up by ``a4_printer``)."""
    document = letter_document(letter, printer)
    printer.setDocName(job_title())  # never the letter's title ("Referral: June Bradshaw")
    document.print_(printer)


def print_to_pdf(letter: Letter, path: Path) -> Path:
    """The Qt print path into a PDF file (what "Print to PDF" in the print dialog does)."""
    print_letter(letter, a4_printer(path))
    return path


def preview_dialog(letter: Letter, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview of ``letter``; printing from it goes through ``print_letter``."""
    printer = a4_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ = printer  # type: ignore[attr-defined]  # the dialog does not own it: keep it alive
    title = letter.document.title or translate("printing", "letter")
    dialog.setWindowTitle(translate("printing", "Print preview: {title}").format(title=title))
    dialog.paintRequested.connect(lambda printer: print_letter(letter, printer))
    return dialog
