"""Letters to everyone on an outreach list in Welsh and English side by side, chosen in the letters
dialog's language box (issue 17) and read back from the PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app import clock
from app.core import Linkwell
from tests.app.services.test_outreach import cohort_rows, nhs_numbers, search_export
from tests.app.services.test_outreach_letters import pdftotext, service
from tests.ui.mnemonics import clashes
from ui.letters import language
from ui.outreach.window import OutreachWindow
from ui.runner import Runner


@pytest.fixture
def listed(core: Linkwell, tmp_path: Path) -> Iterator[str]:
    language.forget()
    with clock.pinned("2026-12-05T09:30:00+00:00"):
        report = core.outreach.import_people(search_export(tmp_path / "c.csv", cohort_rows(3, nhs_numbers(37))),
                                             name="Over 75s & ŵ <north>", reason="Winter")
        yield report.cohort_id
    language.forget()


def test_cohort_letters_in_welsh_and_english_side_by_side(qtbot: Any, core: Linkwell, runner: Runner, listed: str,
                                                          tmp_path: Path) -> None:
    service(core, "Chatty Café & Tea", "befriending", "CF10 2AB")
    window = OutreachWindow(core, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10000)
    window.open_letters()
    dialog = window.letters
    assert dialog is not None
    box = dialog.language
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is box)
    assert label.text() == "Lan&guage:" and box.accessibleName() == "Letter language"
    assert box.currentData() == "en" and clashes(dialog) == {}
    box.setCurrentIndex(box.findData("bilingual"))
    dialog.path.setText(str(tmp_path / "letters.pdf"))
    with qtbot.waitSignal(dialog.done, timeout=20000) as said:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert said.args == ["Wrote 3 letters in letters.pdf."]
    text = pdftotext(tmp_path / "letters.pdf")
    assert text.count("Annwyl ") == text.count("Dear ") == 3
    assert "Dear Siân" in text and "Annwyl Siân" in text
    assert "5 Rhagfyr 2026" in text and "5 December 2026" in text
