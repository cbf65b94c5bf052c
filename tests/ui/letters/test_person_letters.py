"""The person window's Letters menu, driven as a user would: the GP summary shortcut, save as PDF,
print preview, printing, and a referral letter for a chosen connection."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit

from app.core import Linkwell
from app.domain.models import Connection
from app.services.audit import Audit
from app.services.letters import Letters
from app.storage.database import Database
from tests.ui.letters.conftest import NOTE, make_journey, pdf_pages, pdf_text
from ui.letters.dialogs import ConnectionChooser, SummaryDialog
from ui.person.window import PersonWindow
from ui.runner import InlineRunner, Runner

NAME = "Siân Łukasiewicz-O'Brien"


def _window(qtbot: Any, core: Linkwell, runner: Runner, pid: str) -> PersonWindow:
    window = PersonWindow(core, runner, pid)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    return window


def _trigger(window: PersonWindow, submenu: str, action: str) -> None:
    window.letters.actions[(submenu, action)].trigger()


def _save_through_dialog(window: PersonWindow, path: Path) -> None:
    dialog = window.letters.output.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def _audit_details(db: Database, pid: str, action: str) -> list[str]:
    return [e.detail for e in Audit(db).events(person_id=pid) if e.action == action]


def test_ctrl_shift_g_copies_the_exact_gp_summary(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    journey = make_journey(db)
    window = _window(qtbot, core, inline_runner, journey.person_id)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    expected = Letters(db).gp_summary(journey.person_id)
    assert QGuiApplication.clipboard().text() == expected
    assert "Singing again" in expected and "\t" not in expected
    assert window.statusBar().currentMessage() == "GP summary copied: paste it into the GP record."


def test_codes_only_summary_says_so(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    journey = make_journey(db, consent=False)
    window = _window(qtbot, core, inline_runner, journey.person_id)
    window.letters.copy_summary.trigger()
    text = QGuiApplication.clipboard().text()
    assert text == Letters(db).gp_summary(journey.person_id)
    assert "Singing again" not in text
    assert "codes and dates only" in window.statusBar().currentMessage()


def test_show_summary_dialog_copies_too(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    journey = make_journey(db)
    window = _window(qtbot, core, inline_runner, journey.person_id)
    window.letters.show_summary.trigger()
    dialog = window.letters.summary_dialog
    assert isinstance(dialog, SummaryDialog) and dialog.isVisible()
    assert dialog.text.isReadOnly() and dialog.text.toPlainText() == Letters(db).gp_summary(journey.person_id)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    dialog.reject()


def test_save_plan_letter_as_pdf(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner, tmp_path: Path) -> None:
    journey = make_journey(db)
    window = _window(qtbot, core, inline_runner, journey.person_id)
    _trigger(window, "My plan, large print", "Save as PDF")
    path = tmp_path / "plan.pdf"
    _save_through_dialog(window, path)
    text = pdf_text(path)
    assert NAME in text and "Join a choir" in text and "Tuesday Tea & Chat" in text
    assert window.statusBar().currentMessage() == f"Saved the large print plan letter as {path}."
    assert "plan letter saved as PDF" in _audit_details(db, journey.person_id, "export")


def test_print_preview_opens_and_paints_pages(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    journey = make_journey(db)
    window = _window(qtbot, core, inline_runner, journey.person_id)
    _trigger(window, "GP letter", "Print preview")
    dialog = window.letters.output.dialog
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    preview = dialog.findChild(QPrintPreviewWidget)
    painted: list[QPrinter] = []
    dialog.paintRequested.connect(painted.append)
    preview.updatePreview()
    assert painted and preview.pageCount() >= 1
    assert "Social prescribing" in dialog.windowTitle() and NAME in dialog.windowTitle()
    assert _audit_details(db, journey.person_id, "print") == []  # looking is not printing
    dialog.reject()


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_print_dialog_prints_and_is_audited(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner,
                                            tmp_path: Path) -> None:
    journey = make_journey(db)
    window = _window(qtbot, core, inline_runner, journey.person_id)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # print the plan letter
    dialog = window.letters.output.dialog
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    path = tmp_path / "printed.pdf"
    # Choose "Print to File (PDF)" as a user would, whatever printers the machine has (with a CUPS default
    # printer the dialog starts on it), and type the file name.
    printers = dialog.findChild(QComboBox, "printers")
    to_file = [i for i in range(printers.count()) if "PDF" in printers.itemText(i) and "File" in printers.itemText(i)]
    assert to_file, [printers.itemText(i) for i in range(printers.count())]
    printers.setCurrentIndex(to_file[0])
    field = dialog.findChild(QLineEdit, "filename")
    field.clear()
    qtbot.keyClicks(field, str(path))
    dialog.accept()
    assert NAME in pdf_text(path) and pdf_pages(path) >= 1
    assert dialog.printer().docName() == "Linkwell letter"  # the job title: no personal data (item 17)
    import subprocess

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Title:" in info and "Linkwell letter" in info and NAME not in info
    assert _audit_details(db, journey.person_id, "print") == ["plan letter"]
    assert window.statusBar().currentMessage() == "The plan letter went to the printer."


def test_referral_letter_for_the_chosen_connection(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner,
                                                   tmp_path: Path) -> None:
    journey = make_journey(db)
    with db.session() as session:  # a note made of markup
        session.get(Connection, uuid.UUID(journey.connection_id)).note = "<b>&</para>"
    window = _window(qtbot, core, inline_runner, journey.person_id)
    _trigger(window, "Referral letter to a service", "Save as PDF")
    chooser = window.letters.chooser
    assert isinstance(chooser, ConnectionChooser) and chooser.isVisible()
    assert chooser.services.count() == 1 and "Tuesday Tea & Chat" in chooser.services.item(0).text()
    assert chooser.share["phone"].isChecked() and not chooser.share["nhs_number"].isChecked()
    chooser.share["phone"].click()  # not this time
    qtbot.keyClick(chooser.services, Qt.Key.Key_Return)
    path = tmp_path / "referral.pdf"
    _save_through_dialog(window, path)
    text = pdf_text(path)
    assert NAME in text and "Dear Małgorzata Nowak" in text
    assert NOTE in text and "<b>&</para>" in text  # markup in what matters and in the note prints literally
    assert "07700 900456" not in text and "RISK-NOTE-TEXT" not in text
    assert "sian@example.org" in text


def test_a_referral_without_connections_says_so(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    from app.services.caseload.facade import Caseload

    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Tomasz", family_name="Kowalski").created_id
    caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness"])
    window = _window(qtbot, core, inline_runner, pid)
    _trigger(window, "Referral letter to a service", "Print")
    assert window.letters.chooser is None
    assert "no connections to a service yet" in window.statusBar().currentMessage()


def test_save_as_pdf_on_the_worker_thread(qtbot: Any, db: Database, core: Linkwell, runner: Runner, tmp_path: Path) -> None:
    journey = make_journey(db)
    window = _window(qtbot, core, runner, journey.person_id)
    qtbot.waitUntil(lambda: window.record.detail is not None)
    _trigger(window, "GP letter", "Save as PDF")
    path = tmp_path / "gp.pdf"
    _save_through_dialog(window, path)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved"), timeout=20000)
    assert NAME in pdf_text(path) and "871731000000106" in pdf_text(path)
