"""Recording ONS4 and UCLA-3 in the person's record by keyboard, and seeing the change in the report."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import clock
from app.core import Linkwell
from app.domain.figures import show
from app.domain.instruments import load_instruments
from app.services.caseload.facade import Caseload
from app.services.measures import Measures
from app.services.reports.facade import Reports
from app.storage.database import Database
from tests.ui.conftest import open_record
from ui.outcomes.measure_dialog import MeasureDialog
from ui.person.tabs.measures import MeasuresTab
from ui.person.record import PersonRecord
from ui.runner import InlineRunner

TODAY = clock.today()


def _person(db: Database, status: str = "what_matters") -> tuple[str, str]:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Siân", family_name="O'Brien", date_of_birth=date(1948, 3, 2)).created_id
    eid = caseload.refer(pid, referral_date=TODAY - timedelta(days=40), referral_source="gp",
                         reasons=["loneliness"]).created_id
    assert pid and eid
    for step in ("contacted", "accepted", "what_matters", "planned", "connecting", "review", "closed"):
        caseload.move_episode(eid, step, closure_reason="goals_met" if step == "closed" else None)
        if step == status:
            break
    return pid, eid


def _record(qtbot: Any, core: Linkwell, runner: InlineRunner, pid: str) -> PersonRecord:
    record = open_record(qtbot, core, runner, pid)
    record.tabs.setCurrentWidget(record.measures)
    return record


def _open_form(qtbot: Any, record: PersonRecord) -> MeasureDialog:
    tab = record.measures
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)  # shortcuts reach the active window only
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _answer_by_keyboard(qtbot: Any, dialog: MeasureDialog, day: date | None, keys: list[str]) -> None:
    """The form opens on question 1. If a date is given: type it, then Tab into the questions. One answer
    each (digits), Tab between them; Enter saves."""
    if day is not None:
        dialog.when.setFocus()
        dialog.when.selectAll()
        qtbot.keyClicks(dialog.when, day.strftime("%d/%m/%Y"))
        qtbot.keyClick(dialog.when, Qt.Key.Key_Tab)
    for k, answer in enumerate(keys):
        focused = QApplication.focusWidget()
        assert focused is dialog.pickers[k], f"question {k + 1} should have the focus, not {focused}"
        qtbot.keyClicks(focused, answer)
        if k < len(keys) - 1:
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_ons4_baseline_and_follow_up_by_keyboard_then_counted_in_the_report(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db, "what_matters")
    record = _record(qtbot, core, inline_runner, pid)
    tab = record.measures
    assert "No measures recorded" in tab.summary.text()

    dialog = _open_form(qtbot, record)
    assert dialog.timepoint.currentData() == "baseline"  # suggested at the what matters conversation
    assert dialog.definition is not None and dialog.definition.id == "ons4"
    # the form is the definition's own words, and anxiety says it reads the other way
    texts = [p.accessibleName() for p in dialog.pickers]
    assert texts[0] == "1. Overall, how satisfied are you with your life nowadays?"
    assert dialog.findChild(type(dialog.introduction), "") is not None
    notes = [w.text() for w in dialog.findChildren(type(dialog.introduction)) if "other way" in w.text()]
    assert notes == ["This one reads the other way: a lower number is better."]
    _answer_by_keyboard(qtbot, dialog, TODAY - timedelta(days=30), ["4", "5", "3", "8"])
    assert not dialog.isVisible()
    [baseline] = Measures(db).for_episode(eid)
    assert baseline.timepoint == "baseline" and baseline.answers == {
        "satisfied": 4, "worthwhile": 5, "happy": 3, "anxious": 8}

    # the follow-up: "1" then "0" is 10; the review is suggested now that there is a baseline
    dialog = _open_form(qtbot, record)
    assert dialog.timepoint.currentData() == "review"
    _answer_by_keyboard(qtbot, dialog, None, ["7", "10", "6", "3"])
    views = Measures(db).for_episode(eid)
    assert [v.timepoint for v in views] == ["baseline", "review"]
    assert views[1].answers == {"satisfied": 7, "worthwhile": 10, "happy": 6, "anxious": 3}

    # the tab shows each item on its own with the change from the baseline; anxiety down is better
    follow = tab.tree.topLevelItem(1)
    rows = {follow.child(i).text(0): (follow.child(i).text(1), follow.child(i).text(2))
            for i in range(follow.childCount())}
    assert rows["Life satisfaction"] == ("7 (High)", "+3 (better)")
    assert rows["Worthwhile"] == ("10 (Very high)", "+5 (better)")
    assert rows["Anxiety (lower is better)"] == ("3 (Low)", "-5 (better)")

    # the report over the period counts the change for this person: n 1, mean change as computed by hand
    report = Reports(db).build(TODAY - timedelta(days=60), TODAY)
    table = report.table("wellbeing")
    for score, change in (("satisfied", "+3.0"), ("worthwhile", "+5.0"), ("happy", "+3.0"), ("anxious", "-5.0")):
        assert table.cell(f"ons4.{score}", "People").n == 1  # type: ignore[attr-defined]
        assert show(table.cell(f"ons4.{score}", "Mean change"), exact=True).text == change
        assert show(table.cell(f"ons4.{score}", "Improved %"), exact=True).text == "100%"
    assert show(table.cell("ons4.satisfied", "People")).text == "<5"  # suppressed unless exact


def test_ucla3_with_the_direct_question_and_a_correction(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db, "review")
    record = _record(qtbot, core, inline_runner, pid)
    dialog = _open_form(qtbot, record)
    dialog.instrument.setCurrentIndex(dialog.instrument.findData("ucla3"))
    assert [p.item.id for p in dialog.pickers] == ["companionship", "left_out", "isolated", "lonely"]
    assert dialog.pickers[3].accessibleName().endswith("How often do you feel lonely?")
    _answer_by_keyboard(qtbot, dialog, TODAY - timedelta(days=20), ["3", "2", "3", "4"])
    [view] = Measures(db).for_episode(eid)
    assert view.answers == {"companionship": 3, "left_out": 2, "isolated": 3, "lonely": 4}
    assert record.measures.tree.topLevelItem(0).child(0).text(1) == "8"  # the UCLA-3 total

    # a mistake put right: the selected response's answers, through Measures.correct
    tab = record.measures
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    qtbot.mouseClick(tab.correct_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.correcting is not None
    assert not dialog.instrument.isEnabled() and dialog.pickers[0].value() == 3
    dialog.pickers[0].setFocus()
    qtbot.keyClicks(dialog.pickers[0], "2")
    qtbot.keyClick(dialog.pickers[0], Qt.Key.Key_Return)
    [view] = Measures(db).for_episode(eid)
    assert view.answers["companionship"] == 2 and view.timepoint == "baseline"
    assert tab.tree.topLevelItem(0).child(0).text(1) == "7"
    # with a baseline: a review is suggested (closure when the form is opened from closing the referral)
    assert tab.suggested_timepoint("ucla3") == "review"


def test_a_question_left_out_is_named_and_nothing_is_saved(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid, eid = _person(db)
    record = _record(qtbot, core, inline_runner, pid)
    dialog = _open_form(qtbot, record)
    dialog.pickers[0].setFocus()
    qtbot.keyClicks(dialog.pickers[0], "5")
    qtbot.keyClick(dialog.pickers[0], Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "Questions 2, 3, 4 need an answer."
    assert QApplication.focusWidget() is dialog.pickers[1]
    assert Measures(db).for_episode(eid) == []


def test_a_broken_instrument_definition_is_named_in_plain_words(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner, tmp_path: Path) -> None:
    folder = tmp_path / "instruments"
    folder.mkdir()
    (folder / "wemwbs.json").write_text(json.dumps({"format": 1, "id": "wemwbs", "name": "Broken", "items": []}))
    good = {"format": 1, "id": "sprightly", "name": "Sprightliness scale", "answer_sets": {"agree": {"options": [
        {"value": 1, "label": "Not at all"}, {"value": 2, "label": "A little"}, {"value": 3, "label": "A lot"}]}},
        "items": [{"id": "bounce", "text": "I have felt bouncy.", "answers": "agree"}],
        "scores": [{"id": "bounce", "label": "Bounce", "rule": "item", "items": ["bounce"], "better": "higher"}]}
    (folder / "sprightly.json").write_text(json.dumps(good))
    pid, _ = _person(db)
    record = _record(qtbot, core, inline_runner, pid)
    tab: MeasuresTab = record.measures
    tab.instruments = load_instruments([folder])
    tab.show_episode(tab.episode)
    assert tab.problems.isVisible()
    assert tab.problems.text().startswith("The instrument definition wemwbs.json cannot be used:")
    dialog = _open_form(qtbot, record)
    assert "wemwbs.json cannot be used" in dialog.problems.text()
    # the definition that loads gets a form of its own
    dialog.instrument.setCurrentIndex(dialog.instrument.findData("sprightly"))
    assert [p.accessibleName() for p in dialog.pickers] == ["1. I have felt bouncy."]
    assert [b.text() for b in dialog.pickers[0].buttons.values()] == ["1  Not at all", "2  A little", "3  A lot"]
