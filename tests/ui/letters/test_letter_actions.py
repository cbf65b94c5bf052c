"""The main window's Letters menu: batch letters (filtered caseload or a service's people, one PDF or
one file each, cancel) and the letterhead settings, driven through the dialogs."""

from __future__ import annotations

import subprocess
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton

from app.core import Linkwell
from app.domain.models import Person
from app.services.letters import Letters
from app.storage.database import Database
from tests.ui.letters.conftest import NOTE, Journey, make_journey, pdf_pages, pdf_text
from ui.letters.batch import BatchDialog
from ui.letters.letterhead import LetterheadDialog
from ui.main_window import MainWindow
from ui.runner import InlineRunner, Runner


def _main(qtbot: Any, core: Linkwell, runner: Runner) -> MainWindow:
    window = MainWindow(core, runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    return window


def _batch(window: MainWindow) -> BatchDialog:
    window.letter_actions.batch_action.trigger()
    dialog = window.letter_actions.batch_dialog
    assert isinstance(dialog, BatchDialog) and dialog.isVisible()
    return dialog


def _renamed(db: Database, journey: Journey, given: str) -> Journey:
    with db.session() as session:
        session.get(Person, uuid.UUID(journey.person_id)).given_name = given
    return journey


def _names(db: Database, ids: list[str]) -> list[str]:
    letters = Letters(db)
    return [letters.plan_context(pid).person.name for pid in ids]


def test_batch_gp_letters_for_the_filtered_caseload_into_one_pdf(
        qtbot: Any, demo_db: Database, demo_core: Linkwell, inline_runner: InlineRunner, tmp_path: Path) -> None:
    window = _main(qtbot, demo_core, inline_runner)
    filters = window.filters
    filters.reason.setCurrentIndex(filters.reason.findData("loneliness"))
    shown = list(window.model.ids)
    assert 0 < len(shown) < 60
    dialog = _batch(window)
    assert "matching the caseload's filters" in dialog.from_caseload.text()
    assert f"({len(shown)} people)" in dialog.from_caseload.text()
    dialog.kind.setCurrentIndex(dialog.kind.findText("GP letter"))
    out = tmp_path / "gp letters.pdf"
    dialog.path.setText("")
    qtbot.keyClicks(dialog.path, str(out))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    with_referral = Letters(demo_db).with_referrals(shown, open_only=True)  # the first choice
    assert dialog.result() == QDialog.DialogCode.Accepted
    text = pdf_text(out)
    for name in _names(demo_db, with_referral):
        assert name in text, name
    assert text.count("Social prescribing:") >= len(with_referral)  # each letter's title
    assert pdf_pages(out) >= len(with_referral)
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Wrote {len(with_referral)} GP letters into one PDF, {out}.")


def test_batch_letters_go_to_open_referrals_unless_everyone_is_chosen(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner, tmp_path: Path) -> None:
    _renamed(db, make_journey(db), "Gwenllian")
    _renamed(db, make_journey(db, closed=True), "Zbigniew")
    window = _main(qtbot, core, inline_runner)
    dialog = _batch(window)
    assert dialog.open_only.isChecked()  # the first choice: nobody whose referral has closed
    assert dialog.open_only.text().endswith("(1 person)") and "(2 people)" in dialog.from_caseload.text()
    dialog.kind.setCurrentIndex(dialog.kind.findText("GP letter"))
    dialog.path.setText(str(tmp_path / "open.pdf"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    text = pdf_text(tmp_path / "open.pdf")
    assert "Gwenllian" in text and "Zbigniew" not in text
    dialog = _batch(window)
    dialog.from_caseload.click()
    dialog.kind.setCurrentIndex(dialog.kind.findText("GP letter"))
    dialog.path.setText(str(tmp_path / "everyone.pdf"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    text = pdf_text(tmp_path / "everyone.pdf")
    assert "Gwenllian" in text and "Zbigniew" in text


def test_batch_for_a_services_people_one_file_each(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner, tmp_path: Path) -> None:
    journeys = [_renamed(db, make_journey(db), given) for given in ("Siân", "Zofia", "Aoife")]
    window = _main(qtbot, core, inline_runner)
    dialog = _batch(window)
    assert dialog.service.count() == 3  # each journey made its own "Tuesday Tea & Chat"
    assert "Tuesday Tea & Chat (1 person)" in dialog.service.itemText(0)
    dialog.from_service.click()
    index = dialog.service.findData(journeys[1].service_id)
    dialog.service.setCurrentIndex(index)
    dialog.each_file.click()
    folder = tmp_path / "letters"
    dialog.path.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findText("My plan letter, large print"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 1
    text = pdf_text(files[0])
    assert "Zofia Łukasiewicz-O'Brien" in text and NOTE in text  # markup in what matters prints literally
    assert window.statusBar().currentMessage() == f"Wrote 1 large print plan letter as one file each into {folder}."


def test_cancel_mid_batch_leaves_no_file(qtbot: Any, demo_db: Database, demo_core: Linkwell, runner: Runner, tmp_path: Path) -> None:
    runner.progress_delay_ms = 0
    window = _main(qtbot, demo_core, runner)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    dialog = _batch(window)
    qtbot.waitUntil(lambda: dialog.service.count() > 0)
    dialog.each_file.click()
    folder = tmp_path / "out"
    dialog.path.setText(str(folder))
    hold = threading.Event()
    runner.op(hold.wait, 30).run()  # the worker is busy: the batch waits behind this
    shown: list[QProgressDialog] = []
    runner.progress_shown.connect(shown.append)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    cancel = shown[0].findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # Cancel, before the first letter is done
    hold.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert dialog.outcome.cancelled and dialog.isVisible()
    assert dialog.message.text() == "Batch letters cancelled: no files were written."
    assert list(folder.iterdir()) == []  # the letter written before Cancel was taken away; no temp files
    dialog.reject()


def test_batch_without_a_place_to_save_says_so(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    make_journey(db)
    window = _main(qtbot, core, inline_runner)
    dialog = _batch(window)
    dialog.path.clear()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Say where to save" in dialog.message.text()


def _png(path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    assert image.save(str(path), "PNG")
    return path


def _letterhead(window: MainWindow) -> LetterheadDialog:
    window.letter_actions.letterhead_action.trigger()
    dialog = window.letter_actions.letterhead_dialog
    assert isinstance(dialog, LetterheadDialog) and dialog.isVisible() and dialog.isEnabled()
    return dialog


def test_letterhead_saves_and_the_next_letter_shows_it(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner, tmp_path: Path) -> None:
    journey = make_journey(db)
    window = _main(qtbot, core, inline_runner)
    dialog = _letterhead(window)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Canolfan Iechyd Llanfair & Co")
    qtbot.keyClicks(dialog.phone, "01632 960999")
    dialog.use_logo(str(_png(tmp_path / "logo.png")))
    dialog.share["phone"].setChecked(False)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    letters = Letters(db)
    assert letters.letterhead().name == "Canolfan Iechyd Llanfair & Co" and letters.letterhead().logo
    assert "phone" not in letters.referral_share()
    path = tmp_path / "referral.pdf"
    path.write_bytes(letters.referral_letter(journey.connection_id))
    text = pdf_text(path)
    assert "Canolfan Iechyd Llanfair & Co" in text and "01632 960999" in text
    assert "07700 900456" not in text  # the person's phone: no longer shared
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 3  # two heading lines, then the logo
    assert 'src="linkwell-logo"' in letters.prepare("plan", journey.person_id).html()
    # Opened again, it shows what was saved.
    again = _letterhead(window)
    assert again.name.text() == "Canolfan Iechyd Llanfair & Co" and again.logo_name.text() == "The saved logo"
    again.reject()


@pytest.mark.parametrize("content", [b"not a picture at all", b"\x89PNG\r\n\x1a\n broken"])
def test_an_unreadable_logo_is_a_sentence_and_loses_nothing(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner, tmp_path: Path, content: bytes) -> None:
    window = _main(qtbot, core, inline_runner)
    dialog = _letterhead(window)
    qtbot.keyClicks(dialog.name, "Millbrook Surgery")
    bad = tmp_path / "logo.png"
    bad.write_bytes(content)
    dialog.use_logo(str(bad))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.name.text() == "Millbrook Surgery"
    assert dialog.message.text().startswith("The logo is not a picture Linkwell can print (PNG or JPEG)")
    assert Letters(db).letterhead().name == ""  # nothing half-saved
    dialog.reject()
