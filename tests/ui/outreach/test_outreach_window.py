"""The Outreach window: the call list's model passes Qt's model tester, a call's outcome is recorded by keyboard
alone (Enter on a line, a letter for the outcome, Enter to save), the progress bar and its words follow, and
every control has an accessible name. A picture of it is saved to look at."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTableView,
    QWidget,
)

from app import clock
from app.core import Linkwell
from tests.app.services.test_outreach import cohort_rows, nhs_numbers, search_export
from tests.ui.mnemonics import clashes
from ui.models.call_model import PLACEHOLDER, CallListModel
from ui.outreach.outcome_form import OutcomeForm
from ui.outreach.window import OutreachWindow
from ui.runner import Runner


@pytest.fixture
def pinned() -> Any:
    with clock.pinned("2026-12-04T09:30:00+00:00"):
        yield


@pytest.fixture
def listed(core: Linkwell, tmp_path: Path, pinned: None) -> str:
    report = core.outreach.import_people(search_export(tmp_path / "c.csv", cohort_rows(12, nhs_numbers(37))),
                                         name="Shielding & ŵ <north>", reason="Told to shield <now>")
    return report.cohort_id


def test_the_call_model_passes_the_model_tester_and_loads_lazily(qtmodeltester: Any, qtbot: Any, core: Linkwell,
                                                                runner: Runner, listed: str) -> None:
    model = CallListModel(runner, core.outreach.call_rows, page_size=5)
    qtmodeltester.check(model)
    ids = core.outreach.call_ids(listed)
    model.set_ids(ids)
    assert model.data(model.index(7, 0)) == PLACEHOLDER  # not fetched yet: never waits
    with qtbot.waitSignal(model.page_loaded, timeout=10000):
        pass
    qtbot.waitUntil(lambda: model.is_loaded(7), timeout=10000)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "Siân O'Brien 0"
    assert model.data(model.index(0, 1)) == "07700 900000"
    assert model.data(model.index(0, 3)) == "Not tried yet" and model.data(model.index(0, 4)) == "Never"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == ids[0]
    assert model.loaded_pages if hasattr(model, "loaded_pages") else True
    assert not model.is_loaded(11) or model.data(model.index(11, 0)) != PLACEHOLDER


def test_an_outcome_is_recorded_by_keyboard_alone(qtbot: Any, core: Linkwell, runner: Runner, listed: str,
                                                  tmp_path: Path) -> None:
    window = OutreachWindow(core, runner)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() == 12 and window.model.is_loaded(0), timeout=10000)
    assert window.words.text() == "0 of 12 reached, 0 to try again today, 12 not tried yet."
    assert window.reason.text() == "Why: Told to shield <now>"
    window.table.setFocus()
    window.table.selectRow(0)
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.form is not None and window.form.isVisible(), timeout=5000)
    form = window.form
    assert form is not None
    form.activateWindow()  # as the window manager does for a dialog that opens
    qtbot.waitUntil(form.isActiveWindow, timeout=5000)
    assert clashes(form) == {}
    # Alt+S: spoke to them; Tab to the needs, Space ticks the first (loneliness); Enter saves
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.outcome() == "spoke", timeout=5000)  # a mnemonic clicks as a hand would
    assert form.needs.isEnabled() and not form.retry.isEnabled()
    form.needs.setFocus()
    form.needs.setCurrentRow(0)
    qtbot.keyClick(form.needs, Qt.Key.Key_Space)
    assert form.chosen_needs() == ["loneliness"]
    with qtbot.waitSignal(form.recorded, timeout=10000):
        qtbot.keyClick(form.needs, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.words.text().startswith("1 of 12 reached"), timeout=10000)
    assert window.bar.value() == 1 and window.bar.maximum() == 12
    (reached,) = [r for r in core.outreach.call_rows(core.outreach.call_ids(listed)) if r.state == "reached"]
    assert reached.name == "Siân O'Brien 0" and reached.needs == ("loneliness",)

    # the next person: no answer, try again in 0 days, by keys alone
    qtbot.waitUntil(lambda: window.model.is_loaded(0), timeout=10000)
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.form is not form and window.form is not None and window.form.isVisible(),
                    timeout=5000)
    second = window.form
    assert second is not None and second.outcome() == "no_answer"
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # try again in…
    assert QApplication.focusWidget() is second.retry
    second.retry.selectAll()
    qtbot.keyClicks(second.retry, "0")
    _every_control_is_named(second)
    with qtbot.waitSignal(second.recorded, timeout=10000):
        qtbot.keyClick(second.retry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.words.text() == "1 of 12 reached, 1 to try again today, 10 not tried yet.",
                    timeout=10000)
    qtbot.waitUntil(lambda: window.model.is_loaded(0), timeout=10000)
    assert window.model.data(window.model.index(0, 3)) == "Try again today (1 try so far)"  # due retries first

    _every_control_is_named(window)
    picture = Path(os.environ.get("LINKWELL_SCREENSHOTS", tmp_path)) / "outreach-window.png"
    assert window.grab().save(str(picture))
    assert picture.stat().st_size > 5000


def test_a_refused_outcome_is_a_sentence_in_the_form(qtbot: Any, core: Linkwell, runner: Runner,
                                                     listed: str) -> None:
    (row,) = core.outreach.call_rows(core.outreach.call_ids(listed)[:1])
    form = OutcomeForm(core, runner, row)
    qtbot.addWidget(form)
    form.show()
    form.choose("support_offered")  # neither a service nor a letter
    form.submit()
    qtbot.waitUntil(lambda: form.problem.text() != "", timeout=10000)
    assert "what support was offered" in form.problem.text() and form.isVisible()
    assert form.save.isEnabled()


def _every_control_is_named(widget: Any) -> None:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QListWidget, QSpinBox, QTableView)
    unnamed = [type(w).__name__ for w in widget.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()
               and not w.accessibleName() and w.objectName() != "qt_spinbox_lineedit"]
    assert unnamed == []


def test_letters_to_everyone_from_the_window(qtbot: Any, core: Linkwell, runner: Runner, listed: str,
                                             tmp_path: Path) -> None:
    from tests.app.services.test_outreach_letters import pdftotext, service

    service(core, "Chatty Café & Tea", "befriending", "CF10 2AB")
    window = OutreachWindow(core, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=10000)
    window.open_letters()
    dialog = window.letters
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.kinds.count() == 1, timeout=10000)
    dialog.kinds.setFocus()
    dialog.kinds.setCurrentRow(0)
    qtbot.keyClick(dialog.kinds, Qt.Key.Key_Space)
    assert dialog.chosen_kinds() == ["Befriending"]
    dialog.large.setChecked(True)
    dialog.path.setText(str(tmp_path / "letters"))
    _every_control_is_named(dialog)
    assert clashes(dialog) == {}
    with qtbot.waitSignal(dialog.done, timeout=20000) as said:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert said.args == ["Wrote 12 letters in letters.pdf."]
    text = pdftotext(tmp_path / "letters.pdf")
    assert text.count("Dear ") == text.count("Where Chatty Café & Tea hall") == 12 and "Dear Seán" in text
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Wrote 12 letters in letters.pdf.", timeout=5000)


def test_the_dashboard_has_an_outreach_section_with_small_numbers_suppressed(
        qtbot: Any, core: Linkwell, runner: Runner, listed: str) -> None:
    from datetime import date

    from ui.outcomes.dashboard import Dashboard

    ids = core.outreach.call_ids(listed)
    for member in ids[:6]:
        core.outreach.record(member, "spoke", needs=["loneliness"])
    core.outreach.record(ids[6], "support_offered", letter=True)
    dash = Dashboard(core, runner, lambda _p: None, today=date(2026, 12, 4))
    qtbot.addWidget(dash)
    with qtbot.waitSignal(dash.built, timeout=30_000):
        dash.show()
    shown = dash.current_figures()
    assert shown["outreach_by_list"][0] == ["Shielding & ŵ <north>", "12", "7", "6", "<5", "0"]
    assert shown["outreach_by_list"][-1][0] == "All lists"
    cell = dash.tables["outreach_by_list"].item(0, 4)
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Shielding & ŵ <north>, Support offered: fewer than 5"


def test_only_my_share_and_a_warning_when_someone_called_today(qtbot: Any, core: Linkwell, runner: Runner,
                                                               listed: str) -> None:
    from app.services.outreach.facade import Outreach

    me = core.outreach.actor
    core.outreach.split(listed, [me, "Ann Shaw"])
    anns = Outreach(core.db, actor="Ann Shaw").call_ids(listed, worker="Ann Shaw")
    Outreach(core.db, actor="Ann Shaw").record(anns[0], "no_answer", retry_in_days=0)
    window = OutreachWindow(core, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=10000)
    window.only_mine.setChecked(True)
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=10000)
    assert not set(window.model.ids) & set(anns)
    window.only_mine.setChecked(False)
    qtbot.waitUntil(lambda: window.model.rowCount() == 12 and window.model.is_loaded(0), timeout=10000)
    assert window.model.ids[0] == anns[0]  # her call came to nothing: due again today, first
    window._open_form(window.model.index(0, 0))
    form = window.form
    assert form is not None and form.warning.isVisible()
    assert form.warning.text().startswith("Ann Shaw already called ") and "(no answer)" in form.warning.text()


def test_go_outreach_calls_opens_one_window_and_import_brings_a_list_in(
        qtbot: Any, core: Linkwell, runner: Runner, tmp_path: Path, pinned: None, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow

    from ui.outreach.actions import OutreachActions

    main = QMainWindow()
    qtbot.addWidget(main)
    go = main.menuBar().addMenu("&Go")
    actions = OutreachActions(main, core, runner)
    assert actions.open_action in go.actions() and actions.open_action.shortcut().toString() == "Ctrl+5"
    actions.open_action.trigger()
    window = actions.outreach_window
    assert window is not None and window.isVisible()
    actions.open_action.trigger()
    assert actions.outreach_window is window  # one per main window
    qtbot.waitUntil(lambda: window.words.text().startswith("No outreach lists yet"), timeout=10000)
    assert clashes(window) == {}
    path = search_export(tmp_path / "search.csv", cohort_rows(4, nhs_numbers(61)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    answers = iter([("Over 75s & <alone>", True), ("Living alone, winter", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    window.import_list()
    qtbot.waitUntil(lambda: window.lists.currentText() == "Over 75s & <alone>", timeout=10000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=10000)
    assert window.statusBar().currentMessage() == \
        "Added 4 people to 'Over 75s & <alone>'; 0 people of them already on the caseload."
    assert window.reason.text() == "Why: Living alone, winter"


def test_delete_takes_a_person_off_the_list_after_asking(qtbot: Any, core: Linkwell, runner: Runner, listed: str,
                                                         monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = OutreachWindow(core, runner)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() == 12 and window.model.is_loaded(0), timeout=10000)
    first = window.model.ids[0]
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.model.rowCount() == 11, timeout=10000)
    assert asked == ["Take Siân O'Brien 0 off this list, with the calls made to them? Their caseload record, "
                     "if any, stays."]
    assert first not in core.outreach.call_ids(listed)
    assert window.words.text().startswith("0 of 11 reached")


def test_a_new_list_from_the_caseload_by_its_filters(qtbot: Any, core: Linkwell, runner: Runner,
                                                     pinned: None) -> None:
    from datetime import date

    for given, reason in (("Siân", "carer_support"), ("Łukasz", "debt"), ("Żaneta", "carer_support")):
        core.caseload.refer_new_person({"given_name": given, "family_name": "ap Llŷr", "phone": "01632 960000"},
                                       {"referral_date": date(2026, 11, 2), "referral_source": "gp",
                                        "reasons": [reason]})
    window = OutreachWindow(core, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.words.text().startswith("No outreach lists yet"), timeout=10000)
    window.build_from_caseload()
    dialog = window.builder
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    assert clashes(dialog) == {}
    _every_control_is_named(dialog)
    qtbot.keyClicks(dialog.name, "Carers & <friends>")
    dialog.need.setCurrentIndex(dialog.need.findData("carer_support"))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter makes the list
    qtbot.waitUntil(lambda: window.lists.currentText() == "Carers & <friends>", timeout=10000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2 and window.model.is_loaded(0), timeout=10000)
    names = {window.model.data(window.model.index(r, 0)) for r in range(2)}
    assert names == {"Siân ap Llŷr (on the caseload)", "Żaneta ap Llŷr (on the caseload)"}
