"""Safeguarding in the person window (issue 16 item 3): a banner the worker cannot miss while a concern is open,
the records by keyboard, and every opening of them audited."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.core import Linkwell
from ui.person.safeguarding import SafeguardingDialog
from ui.person.window import PersonWindow
from ui.runner import InlineRunner

from tests.ui.mnemonics import clashes


def _person(core: Linkwell) -> str:
    pid = core.caseload.add_person(given_name="Gwên <&>", family_name="Łazarz 🙂", date_of_birth=date(1960, 2, 2)).created_id
    assert pid
    core.caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness"])
    return pid


def test_banner_shows_while_a_concern_is_open(qtbot: Any, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid = _person(core)
    window = PersonWindow(core, inline_runner, pid)  # deletes itself on close
    window.show()
    qtbot.waitUntil(lambda: window.record.name.text() != "", timeout=5000)
    assert not window.safeguarding.bar.isVisible()
    core.safeguarding.add(pid, category="self_neglect", raised_with="practice_lead")
    inline_runner.broadcast(core.safeguarding.add(pid, category="neglect"))
    qtbot.waitUntil(window.safeguarding.bar.isVisible, timeout=5000)
    text = window.safeguarding.banner.text()
    assert text.startswith("⚠ Open safeguarding concern: Self-neglect, Neglect or acts of omission.")
    assert window.safeguarding.bar.y() < window.record.mapTo(window, window.record.rect().topLeft()).y()  # above
    assert clashes(window) == {}
    window.close()


def test_records_added_and_closed_by_keyboard_and_each_look_audited(qtbot: Any, core: Linkwell,
                                                                     inline_runner: InlineRunner) -> None:
    pid = _person(core)
    dialog = SafeguardingDialog(core, inline_runner, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.records.item(0).text() == "No safeguarding concern recorded."
    assert not dialog.change_button.isEnabled()
    dialog.category.setCurrentIndex(dialog.category.findData("domestic"))
    dialog.raised_with.setCurrentIndex(dialog.raised_with.findData("police"))
    dialog.raised_on.setText("30/11/2026")
    dialog.note.setText("Neighbour heard shouting <&> 📢")
    dialog.add_button.click()
    assert dialog.records.count() == 1
    assert dialog.records.item(0).text() == ("Domestic abuse: raised with the police on 30-Nov-2026. Open.\n"
                                             "Neighbour heard shouting <&> 📢")
    dialog.status_change.setCurrentIndex(dialog.status_change.findData("closed"))
    dialog.change_button.click()
    assert dialog.records.item(0).text().startswith("Domestic abuse: raised with the police on 30-Nov-2026. Closed.")
    dialog.raised_on.setText("31/02/2026")
    dialog.add_button.click()
    assert "is not a date" in dialog.message.text()
    views = [e for e in core.audit.events(person_id=pid) if e.detail.startswith("viewed the safeguarding records")]
    assert len(views) == 3  # opened, after the add, after the status change
    assert clashes(dialog) == {}
