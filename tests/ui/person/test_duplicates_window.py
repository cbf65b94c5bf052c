"""The duplicates window (issue 16 item 1): a pair side by side with what differs, a field chosen by
keyboard, Merge, Undo while the window is open, and the merge standing once it closes."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from app.core import Linkwell
from ui.person.duplicates import DuplicatesWindow
from ui.runner import InlineRunner

from tests.ui.mnemonics import clashes


def _people(core: Linkwell) -> tuple[str, str]:
    add = core.caseload.add_person
    kept = add(given_name="Ŵyn <&>", family_name="Kowalczyk-Łuczak 🌷", date_of_birth=date(1977, 4, 1),
               phone="07700 900321").created_id
    other = add(given_name="Wyn <&>", family_name="Kowalczyk Luczak 🌷", date_of_birth=date(1977, 4, 1),
                postcode="SA1 1AA", phone="07700 900999").created_id
    assert kept and other
    core.caseload.refer(other, referral_date=date(2026, 10, 1), referral_source="self", reasons=["loneliness"])
    return kept, other


def _window(qtbot: Any, core: Linkwell, runner: InlineRunner) -> DuplicatesWindow:
    window = DuplicatesWindow(core, runner)
    qtbot.addWidget(window)
    window.show()
    window.load()
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=5000)
    return window


def _row(window: DuplicatesWindow, label: str) -> int:
    return next(r for r in range(window.fields.rowCount()) if window.fields.item(r, 0).text() == label)


def test_pair_side_by_side_choose_a_field_merge_and_undo(qtbot: Any, core: Linkwell,
                                                         inline_runner: InlineRunner) -> None:
    kept, other = _people(core)
    window = _window(qtbot, core, inline_runner)
    assert window.pair_list.count() == 1
    assert "Same date of birth" in window.pair_list.item(0).text()
    ids = {window.comparison.kept.person_id, window.comparison.other.person_id}
    assert ids == {kept, other}
    if window.comparison.kept.person_id != kept:  # keep the record without a referral, so the other's moves
        window.swap_button.click()
        qtbot.waitUntil(lambda: window.comparison.kept.person_id == kept, timeout=5000)
    shown = {window.fields.item(r, 0).text(): (window.fields.item(r, 1).text(), window.fields.item(r, 2).text())
             for r in range(window.fields.rowCount())}
    assert shown["Phone"] == ("07700 900321", "07700 900999")
    assert shown["Postcode"] == ("not recorded", "SA1 1AA")
    assert "Kowalczyk-Łuczak 🌷" in window.kept_title.text() and "(0 referrals)" in window.kept_title.text()
    assert "Date of birth 01-Apr-1977" in window.same.text()
    assert window.choices()["postcode"] == "other" and window.choices()["phone"] == "kept"  # the defaults
    # Keyboard: to the Phone row, Space ticks it to take the other record's phone.
    window.fields.setFocus()
    window.fields.setCurrentCell(_row(window, "Phone"), 0)
    qtbot.keyClick(window.fields, Qt.Key.Key_Space)
    assert window.choices()["phone"] == "other"
    assert not window.undo_button.isEnabled()

    window.merge_button.setFocus()
    qtbot.keyClick(window.merge_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.undo_button.isEnabled(), timeout=5000)
    assert "Merged Wyn <&> Kowalczyk Luczak 🌷 into Ŵyn <&> Kowalczyk-Łuczak 🌷" in window.done.text()
    assert window.pair_list.count() == 0 and "No records look like" in window.count.text()
    detail = core.caseload.person_detail(kept)
    assert (detail["phone"], detail["postcode"], len(detail["episodes"])) == ("07700 900999", "SA1 1AA", 1)
    assert other not in [p["id"] for p in core.caseload.summaries()]

    window.undo_button.click()
    qtbot.waitUntil(lambda: window.pair_list.count() == 1, timeout=5000)
    assert not window.undo_button.isEnabled()
    assert "undone" in window.done.text()
    assert len(core.caseload.person_detail(other)["episodes"]) == 1
    assert core.caseload.person_detail(kept)["phone"] == "07700 900321"
    assert core.audit.verify().ok


def test_closing_the_window_lets_the_merge_stand(qtbot: Any, core: Linkwell, inline_runner: InlineRunner) -> None:
    kept, other = _people(core)
    window = _window(qtbot, core, inline_runner)
    window.merge_button.click()
    qtbot.waitUntil(lambda: window.undo_button.isEnabled(), timeout=5000)
    window.close()
    again = _window_empty(qtbot, core, inline_runner)
    assert not again.undo_button.isEnabled() and again.pair_list.count() == 0
    trail = [e.detail for e in core.audit.events(person_id=window_kept(core, kept, other))]
    assert any(d.startswith("merged in the record of") for d in trail)
    again.close()


def _window_empty(qtbot: Any, core: Linkwell, runner: InlineRunner) -> DuplicatesWindow:
    window = DuplicatesWindow(core, runner)
    qtbot.addWidget(window)
    window.show()
    window.load()
    qtbot.waitUntil(lambda: "No records look like" in window.count.text(), timeout=5000)
    return window


def window_kept(core: Linkwell, a: str, b: str) -> str:
    """Whichever of the two is still on the caseload."""
    listed = {p["id"] for p in core.caseload.summaries()}
    (found,) = listed & {a, b}
    return found


def test_every_control_has_an_accessible_name(qtbot: Any, core: Linkwell, inline_runner: InlineRunner) -> None:
    _people(core)
    window = _window(qtbot, core, inline_runner)
    for widget in (window.pair_list, window.fields, window.merge_button, window.undo_button, window.swap_button,
                   window.close_button):
        assert widget.accessibleName(), widget
    assert clashes(window) == {}  # each Alt+letter reaches one control


def test_the_file_menu_opens_the_window_once(qtbot: Any, core: Linkwell, inline_runner: InlineRunner) -> None:
    from PySide6.QtWidgets import QMainWindow

    from ui.person.window import PersonActions

    _people(core)
    main = QMainWindow()
    qtbot.addWidget(main)
    actions = PersonActions(main, core, inline_runner)
    actions.duplicates.trigger()
    window = actions.duplicates_window
    assert isinstance(window, DuplicatesWindow)
    qtbot.waitUntil(lambda: window.pair_list.count() == 1, timeout=5000)
    actions.duplicates.trigger()
    assert actions.duplicates_window is window
    window.close()
    qtbot.waitUntil(lambda: actions.duplicates_window is None, timeout=5000)


def test_not_the_same_person_leaves_the_pair_out(qtbot: Any, core: Linkwell, inline_runner: InlineRunner) -> None:
    kept, other = _people(core)
    window = _window(qtbot, core, inline_runner)
    window.not_same_button.click()
    qtbot.waitUntil(lambda: window.pair_list.count() == 0, timeout=5000)
    assert "kept apart as two people" in window.done.text()
    assert [p for p in core.caseload.duplicates() if set(p.people) == {kept, other}] == []
    assert {p["id"] for p in core.caseload.summaries()} == {kept, other}  # nothing merged
    trail = [e.detail for e in core.audit.events(person_id=other)]
    assert "marked as not the same person as a possible duplicate" in trail
    assert clashes(window) == {}
