"""A young person's record (issue 16 item 2): the person window says so, and the Young person menu keeps
their parents and guardians, school, who may be contacted and to whom letters go, all by keyboard."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app import clock
from app.core import Linkwell
from ui.person.guardians import GuardianDialog, YoungPersonDialog
from ui.person.window import PersonWindow
from ui.runner import InlineRunner

from tests.ui.mnemonics import clashes


@pytest.fixture(autouse=True)
def _today() -> Any:
    with clock.pinned(datetime(2026, 12, 4, 10, tzinfo=UTC)):
        yield


def _person(core: Linkwell, born: date) -> str:
    pid = core.caseload.add_person(given_name="Nia <&>", family_name="Ŵilliams-Łoś 🎒", date_of_birth=born).created_id
    assert pid
    core.caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="self", reasons=["loneliness"])
    return pid


def _window(qtbot: Any, core: Linkwell, runner: InlineRunner, pid: str) -> PersonWindow:
    window = PersonWindow(core, runner, pid)  # deletes itself on close, so each test closes it
    window.show()
    qtbot.waitUntil(lambda: window.young.view is not None, timeout=5000)
    return window


def test_the_window_says_young_person_and_when_they_turn_18(qtbot: Any, core: Linkwell,
                                                            inline_runner: InlineRunner) -> None:
    pid = _person(core, date(2009, 2, 10))
    window = _window(qtbot, core, inline_runner, pid)
    assert window.young.age_line.isVisibleTo(window)
    assert window.young.age_line.text().startswith("Young person, 17. Turns 18 on 10-Feb-2027")
    assert window.young.menu.menuAction().isVisible()
    assert clashes(window) == {}
    window.close()


def test_an_adult_has_no_young_person_menu(qtbot: Any, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid = _person(core, date(1970, 1, 1))
    window = _window(qtbot, core, inline_runner, pid)
    assert not window.young.age_line.isVisibleTo(window)
    assert not window.young.menu.menuAction().isVisible()
    window.close()


def test_guardian_added_school_and_letters_chosen(qtbot: Any, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid = _person(core, date(2011, 6, 1))
    dialog = YoungPersonDialog(core, inline_runner, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=5000)
    assert "young person, 15" in dialog.heading.text()
    assert not dialog.edit_button.isEnabled()
    dialog.add_guardian()
    form = dialog.last_form
    assert isinstance(form, GuardianDialog)
    qtbot.keyClicks(form.name, "Rhian Williams")
    form.name.insert(" <&> Ŵ 🙂")  # QTest cannot type these; inserted as an input method would
    form.relationship.setCurrentIndex(form.relationship.findData("mother"))
    form.responsibility.setFocus()
    qtbot.keyClick(form.responsibility, Qt.Key.Key_Space)
    form.phone.setText("07700 900777")
    form.accept()
    qtbot.waitUntil(lambda: dialog.guardians.count() == 1, timeout=5000)
    assert clashes(dialog) == {}  # every button enabled now
    assert dialog.guardians.item(0).text() == ("Rhian Williams <&> Ŵ 🙂 (mother), has parental responsibility, "
                                               "may be contacted, 07700 900777")
    dialog.school.setText("Ysgol Ŵ <&>")
    dialog.contact_directly.setChecked(False)
    dialog.letter_buttons["both"].setFocus()
    qtbot.keyClick(dialog.letter_buttons["both"], Qt.Key.Key_Space)
    dialog.save()
    saved = core.young_people.view(pid)
    assert (saved.school, saved.contact_directly, saved.letters_to) == ("Ysgol Ŵ <&>", False, "both")
    assert [g.relationship for g in saved.guardians] == ["mother"]
    # Edit: no longer to be contacted.
    dialog.edit_guardian()
    dialog.last_form.may_contact.setChecked(False)
    dialog.last_form.accept()
    qtbot.waitUntil(lambda: "do not contact" in dialog.guardians.item(0).text(), timeout=5000)
    dialog.remove_guardian()
    qtbot.waitUntil(lambda: dialog.guardians.count() == 0, timeout=5000)
    assert core.young_people.view(pid).letters_to == "person"
    assert clashes(dialog) == {}


def test_a_guardian_with_no_name_is_refused_in_words(qtbot: Any) -> None:
    form = GuardianDialog(None)
    qtbot.addWidget(form)
    form.show()
    form.accept()
    assert form.message.text() == "A parent or guardian needs a name." and form.isVisible()
