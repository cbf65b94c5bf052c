"""The import dialog: a file read on the worker, columns guessed and changed, check, then import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from app.core import Linkwell
from app.storage.database import Database
from ui.dialogs.import_people import ImportPeopleDialog
from ui.runner import Runner

WAIT_MS = 10_000
SHEET = ("Surname,First name,DOB,NHS,Referred,Why,Comments\n"
         "Wiśniewski,Łukasz,17/05/1980,943 476 5919,2026-11-01,loneliness,Lives alone\n"
         "Lee,Ann,31/02/1950,,,,\n"
         "Adeyemi,Amara,1975-11-30,,2026-11-02,housing;debt,\n")


def count(db: Database) -> int:
    con = db.connect()
    try:
        return int(con.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        con.close()


def test_map_check_then_import(qtbot: Any, db: Database, core: Linkwell, runner: Runner, tmp_path: Path) -> None:
    path = tmp_path / "caseload.csv"
    path.write_text(SHEET, encoding="utf-8")
    dialog = ImportPeopleDialog(core, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.table_loaded, timeout=WAIT_MS):
        dialog.load_file(path)
    # Guessed from the headings: Surname, First name, DOB, NHS; "Referred"/"Why"/"Comments" too.
    assert dialog.columns["family_name"].currentText() == "Surname"
    assert dialog.columns["nhs_number"].currentText() == "NHS"
    assert dialog.columns["referral_date"].currentText() == "Referred"
    assert dialog.preview.rowCount() == 3
    assert dialog.preview.item(0, 1).text() == "Łukasz"
    dialog.columns["reasons"].setCurrentText("Why")  # the user points Reasons at "Why"
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.finished_run, timeout=WAIT_MS):
        dialog.check_button.click()
    assert count(db) == 0  # a check changes nothing
    assert "Would add 2 people" in dialog.result.toPlainText()
    assert "Line 3, Date of birth" in dialog.result.toPlainText()

    with qtbot.waitSignals([dialog.finished_run, dialog.imported], timeout=WAIT_MS):
        dialog.import_button.click()
    assert count(db) == 2
    assert "Added 2 people" in dialog.result.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_without_name_columns_import_is_not_offered(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner,
                                                    tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("A,B\nLee,Ann\n", encoding="utf-8")
    dialog = ImportPeopleDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    assert not dialog.import_button.isEnabled()
    assert "given name" in dialog.result.toPlainText()
    dialog.columns["family_name"].setCurrentText("A")
    dialog.columns["given_name"].setCurrentText("B")
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert count(db) == 1


def test_an_unreadable_file_says_why(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner,
                                     tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    dialog = ImportPeopleDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    assert "not a readable Excel workbook" in dialog.result.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_every_control_is_named(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> None:
    dialog = ImportPeopleDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar
    unnamed = [type(w).__name__ for w in dialog.findChildren(QWidget)
               if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
               and not isinstance(w, QScrollBar) and not isinstance(w.parent(), QAbstractScrollArea)
               and not w.accessibleName()]
    assert unnamed == []


def test_rows_set_aside_changed_or_already_there_are_shown_in_words(qtbot: Any, db: Database, core: Linkwell,
                                                                      inline_runner: Runner,
                                                                      tmp_path: Path) -> None:
    from datetime import date

    from app.services.caseload.facade import Caseload

    Caseload(db).add_person(given_name="Ann", family_name="Lee", nhs_number="9434765919",
                            date_of_birth=date(1950, 1, 1))
    path = tmp_path / "caseload.csv"
    path.write_text("NHS,First name,Surname,DOB,Referred,Reason\n"
                    "9434765919,Bob,Smith,1960-02-02,2026-11-01,housing\n"
                    ",Amara,Adeyemi,1975-11-30,2026-11-02,isolation;flying kites\n", encoding="utf-8")
    dialog = ImportPeopleDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    dialog.import_button.click()
    shown = dialog.result.toPlainText()
    assert "Added 1 person; matched 0 people already known; added 1 referral; set aside 1 row" in shown
    assert "Rows set aside for you to check (nothing from them was imported):\nLine 2, NHS number: NHS number " \
           "943 476 5919 is already on the caseload for someone with a different name" in shown
    assert "Rows imported with a change:\nLine 3, Reasons: 'flying kites' is not one of Linkwell's" in shown
    assert "9434765919" not in shown and "Ann" not in shown  # no raw ids, nothing about the other person
    dialog.load_file(path)  # the same sheet again
    dialog.import_button.click()
    assert "matched 1 person already known; added 0 referrals; 1 referral already there" \
        in dialog.result.toPlainText()
