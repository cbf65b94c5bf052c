"""The letter's language chosen in the window (issue 17): Letters → Letter language in the person window,
and the language box of the batch letters dialog, each making a PDF read back with pdftotext."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from app import clock
from app.core import Linkwell
from app.io.letters.language import CHOICES
from app.storage.database import Database
from tests.ui.letters.conftest import make_journey, pdf_text
from tests.ui.letters.test_letter_actions import _batch, _main
from tests.ui.letters.test_person_letters import _save_through_dialog, _trigger, _window
from tests.ui.mnemonics import clashes
from tests.ui.test_welsh import welsh  # noqa: F401 - a fixture
from ui.letters import language
from ui.runner import InlineRunner

NAME = "Siân Łukasiewicz-O'Brien"


@pytest.fixture(autouse=True)
def fresh_session() -> Iterator[None]:
    """Each test starts, and leaves the next, with no letter language chosen yet."""
    language.forget()
    with clock.pinned("2026-12-05T10:00:00+00:00"):
        yield
    language.forget()


def _labelled(dialog: QWidget, field: QWidget) -> str:
    return next(label.text() for label in dialog.findChildren(QLabel) if label.buddy() is field)


def test_the_window_offers_the_core_s_four_languages() -> None:
    assert tuple(code for code, _ in language.CHOICES) == CHOICES


def test_letters_menu_chooses_cymraeg_then_both_for_the_session(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner, tmp_path: Path) -> None:
    journey = make_journey(db)
    window = _window(qtbot, core, inline_runner, journey.person_id)
    menu = window.letters.language_menu
    assert menu.title() == "Letter la&nguage" and menu.accessibleName() == "Letter language"
    actions = {a.data(): a for a in menu.actions()}
    assert list(actions) == ["en", "cy", "bilingual", "cy-first"]
    assert [a.text() for a in actions.values()] == [
        "&English", "&Cymraeg", "&Bilingual: Welsh and English side by side", "&Welsh first, then English"]
    assert actions["en"].isChecked() and all(a.isCheckable() for a in actions.values())

    actions["cy"].trigger()
    assert actions["cy"].isChecked() and not actions["en"].isChecked()
    _trigger(window, "My plan letter", "Save as PDF")
    in_welsh = tmp_path / "cynllun.pdf"
    _save_through_dialog(window, in_welsh)
    text = pdf_text(in_welsh)
    assert "Fy nghynllun" in text and "Annwyl Siân" in text and "5 Rhagfyr 2026" in text and NAME in text
    assert "Dear " not in text and "5 December 2026" not in text

    actions["bilingual"].trigger()
    _trigger(window, "Referral letter to a service", "Save as PDF")
    chooser = window.letters.chooser
    assert chooser is not None and chooser.isVisible()
    qtbot.keyClick(chooser, Qt.Key.Key_Return)
    both = tmp_path / "referral.pdf"
    _save_through_dialog(window, both)
    text = pdf_text(both)
    assert "Hoffwn atgyfeirio" in text and "I would like to refer" in text
    assert "Annwyl Małgorzata Nowak" in text and "Dear Małgorzata Nowak" in text
    assert "5 Rhagfyr 2026" in text and "5 December 2026" in text

    # Remembered for the session: a second person window shows the same choice.
    again = _window(qtbot, core, inline_runner, journey.person_id)
    again.letters.language_menu.aboutToShow.emit()
    ticked = [a.data() for a in again.letters.language_menu.actions() if a.isChecked()]
    assert ticked == ["bilingual"]


def test_batch_letters_in_welsh_first_from_the_language_box(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner, tmp_path: Path) -> None:
    make_journey(db)
    window = _main(qtbot, core, inline_runner)
    dialog = _batch(window)
    box = dialog.language
    assert box.accessibleName() == "Letter language" and _labelled(dialog, box) == "Lan&guage:"
    assert box.currentData() == "en" and box.count() == 4
    assert clashes(dialog) == {}
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)  # the last choice: Welsh first, then English
    assert box.currentData() == "cy-first" and language.chosen() == "cy-first"
    dialog.kind.setCurrentIndex(dialog.kind.findText("My plan letter"))
    out = tmp_path / "plans.pdf"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    text = pdf_text(out)
    assert "Dyma'r cynllun" in text and "This is the plan we made" in text
    assert text.index("Dyma'r cynllun") < text.index("This is the plan we made")


@pytest.mark.usefixtures("welsh")
def test_with_the_window_in_welsh_letters_start_in_cymraeg(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = language.language_box(parent)
    assert language.chosen() == "cy" and box.currentData() == "cy"
    assert box.itemText(2) == "Dwyieithog: Cymraeg a Saesneg ochr yn ochr"
    assert box.accessibleName() == "Iaith y llythyr"
