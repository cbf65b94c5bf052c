"""The dashboard against Reports.build on the hand-computed quarter, suppression, and the people behind
each figure; the report dialog writing the PDF and CSV; the Reports menu in the main window."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core import Linkwell
from app.domain.figures import show
from app.services.reports.facade import Reports
from tests.app.services.report_fixture import END, Q3, START
from ui.outcomes.dashboard import Dashboard
from ui.outcomes.report_dialog import ReportDialog
from ui.runner import Runner

IN_Q3 = date(2026, 8, 15)  # "today" for the dashboard, so its current quarter is the fixture's



def _dashboard(qtbot: Any, q3: Q3, runner: Runner, opened: list[str]) -> Dashboard:
    dash = Dashboard(Linkwell(q3.db), runner, opened.append, today=IN_Q3)
    qtbot.addWidget(dash)
    with qtbot.waitSignal(dash.built, timeout=30_000):
        dash.show()
    return dash


def test_the_dashboard_shows_the_reports_figures_with_small_numbers_suppressed(
        qtbot: Any, q3: Q3, runner: Runner) -> None:
    dash = _dashboard(qtbot, q3, runner, [])
    assert dash.span == (START, END)
    report = Reports(q3.db).build(START, END)
    shown = dash.current_figures()
    assert set(shown) == {k for s in report.sections for p in s.parts if p.startswith("table:")
                          for k in [p.split(":", 1)[1]]}
    for key, rows in shown.items():
        table = report.table(key)
        expected = [[r.label, *(show(c).text for c in r.cells)]
                    for r in (*table.rows, *((table.total,) if table.total else ()))]
        assert rows == expected, key
    # by hand: 9 referrals in the quarter (E1 to E9), 1 declined (Bob) is "<5", its rate withheld
    assert shown["headline"][0] == ["Referrals received", "9"]
    declined = dash.tables["access_by_sex"]
    total_row = declined.rowCount() - 1
    assert declined.item(total_row, 6).text() == "<5"
    assert declined.item(total_row, 7).text() == "[c]"
    name = declined.item(total_row, 6).data(Qt.ItemDataRole.AccessibleTextRole)
    assert name == "All referrals, Declined: fewer than 5. Enter lists the 1 person behind it"
    assert len(dash.svgs) == 10 and all(w.renderer().isValid() for w in dash.svgs.values())
    # exact figures for internal use
    qtbot.mouseClick(dash.exact, Qt.MouseButton.LeftButton)
    declined = dash.tables["access_by_sex"]
    assert declined.item(total_row, 6).text() == "1"
    assert declined.item(total_row, 7).text() == "17%"  # 1 of the 6 offered


def test_a_figure_lists_exactly_the_people_behind_it_and_enter_opens_a_record(
        qtbot: Any, q3: Q3, runner: Runner) -> None:
    opened: list[str] = []
    dash = _dashboard(qtbot, q3, runner, opened)
    dash.activateWindow()
    qtbot.waitUntil(dash.isActiveWindow)
    table = dash.tables["access_by_sex"]
    female = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Female")
    # keyboard: to the "Accepted" figure of the Female row, then Enter
    table.setFocus()
    table.setCurrentCell(female, 4)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    people = dash.people_list
    assert people is not None
    qtbot.waitUntil(lambda: people.table.rowCount() == 4)
    names = [people.table.item(r, 0).text() for r in range(people.table.rowCount())]
    assert names == ["Ann Test", "Cat Test", "Fay Test", "Hana Test"]  # Eve was never offered
    assert "Female, Accepted" in people.windowTitle()
    qtbot.waitUntil(people.isActiveWindow)
    people.table.setCurrentCell(2, 0)
    qtbot.keyClick(people.table, Qt.Key.Key_Return)
    assert opened == [q3.people["Fay"]]
    assert people.isVisible()  # Enter opened the record; the list stays for the next one

    # a click on a count: unmet needs for walking (the third was recorded with no person)
    people.close()
    needs = dash.tables["unmet_needs_by_category"]
    row = next(r for r in range(needs.rowCount()) if needs.item(r, 0).text() == "Walking")
    rect = needs.visualItemRect(needs.item(row, 1))
    qtbot.mouseClick(needs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    people = dash.people_list
    assert people is not None
    qtbot.waitUntil(lambda: people.table.rowCount() == 2)
    assert sorted(p["name"] for p in people.people) == ["Ann Test", "Hana Test"]
    # a rate lists the people of the count it is built on: contacts per person, "2 or 3"
    people.close()
    dash.list_people(report_table := dash.tables["contacts_per_person"].table,
                     report_table.row("2 or 3"), 0)
    qtbot.waitUntil(lambda: dash.people_list is not None and dash.people_list.table.rowCount() == 2)


def test_tabbing_into_a_table_lands_on_a_figure_that_enter_opens(qtbot: Any, q3: Q3, runner: Runner) -> None:
    dash = _dashboard(qtbot, q3, runner, [])
    dash.activateWindow()
    qtbot.waitUntil(dash.isActiveWindow)
    first = dash.tables["headline"]
    first.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab from the bar above brings it
    qtbot.waitUntil(first.hasFocus)
    assert (first.currentRow(), first.currentColumn()) == (0, 1)  # the first figure, highlighted
    assert first.item(0, 1).isSelected()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert dash.people_list is not None
    # the 9 referrals of the quarter were made for 8 people: Hana was referred twice (E8 and E9)
    qtbot.waitUntil(lambda: dash.people_list.table.rowCount() == 8)
    assert "Referrals received" in dash.people_list.windowTitle()


def test_the_practice_filter_rebuilds_for_one_practice(qtbot: Any, q3: Q3, runner: Runner) -> None:
    dash = _dashboard(qtbot, q3, runner, [])
    with qtbot.waitSignal(dash.built, timeout=30_000):
        dash.practice.setCurrentIndex(dash.practice.findData("B82002"))
    assert dash.current_figures()["headline"][0] == ["Referrals received", "<5"]  # Hana's two
    assert "Birch Surgery" in dash.status.text()


def test_the_report_dialog_writes_the_pdf_and_the_csv(qtbot: Any, q3: Q3, runner: Runner, tmp_path: Path) -> None:
    dialog = ReportDialog(Linkwell(q3.db), runner, today=IN_Q3, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.practices.count() == 2)
    assert dialog.start.text() == "01-Jul-2026" and dialog.end.text() == "30-Sep-2026"
    dialog.csv.setText(str(tmp_path / "episodes.csv"))
    qtbot.mouseClick(dialog.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.outcome.isVisible, timeout=60_000)
    pdf = tmp_path / "commissioner-report-2026-07-01.pdf"
    assert pdf.exists() and f"is in {pdf}" in dialog.outcome.text()
    assert "CSV of 9 referrals" in dialog.outcome.text()  # E1 to E9, dated in the quarter
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for heading in ("At a glance", "Referrals", "Equity of access", "Waiting times", "Wellbeing and loneliness"):
        assert heading in text
    lines = (tmp_path / "episodes.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + 9
    assert dialog.open_folder.isVisible()


def test_bad_dates_get_a_sentence_and_nothing_is_written(
        qtbot: Any, q3: Q3, runner: Runner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialog = ReportDialog(Linkwell(q3.db), runner, today=IN_Q3, folder=out)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.practices.count() == 2)
    dialog.start.setText("31/02/2026")
    qtbot.mouseClick(dialog.make, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("The first date: '31/02/2026' is not a date Linkwell understands")
    dialog.start.setText("01/10/2026")
    qtbot.mouseClick(dialog.make, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == ("The report ends (30-Sep-2026) before it starts (01-Oct-2026): "
                                     "check the dates.")
    assert QApplication.focusWidget() in (dialog.end, None)
    assert list(out.iterdir()) == []
