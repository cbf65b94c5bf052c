"""Team → Conflicts…, its Set aside tab, against the real hub: what a sync could not take here (the same
NHS number added on two laptops) is listed in words, and choosing it says what to do."""

from __future__ import annotations

from datetime import date

from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.sync import engine
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn
from ui.runner import Runner
from ui.sync.conflicts_dialog import ConflictsDialog


def test_the_set_aside_tab_says_what_was_set_aside_and_what_to_do(hub: Hub, laptop: Laptop, runner: Runner,
                                                                  qtbot: object) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    for db, who in ((ann, "ann"), (bob, "bob")):
        Caseload(db, actor=who).refer_new_person(
            {"given_name": "Gwen", "family_name": "Ó Dálaigh", "nhs_number": "9434765919"},
            {"referral_date": date(2026, 11, 2), "referral_source": "gp", "reasons": ["loneliness"]})
    engine.sync_now(ann)
    engine.sync_now(bob)

    dialog = ConflictsDialog(Linkwell(bob), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.aside.count() == 1)
    assert dialog.tabs.tabText(1) == "&Set aside (1)"
    assert dialog.intro.text() == "No conflicts are waiting: every laptop agrees."
    dialog.tabs.setCurrentIndex(1)
    text = dialog.aside.item(0).text()
    assert text.startswith("Gwen Ó Dálaigh (NHS number 943 476 5919) added on ann's laptop, with ")
    assert dialog.aside_resolve.text().startswith("What to do: If they are the same person, open their record")
    assert dialog.aside.accessibleName() == "Records set aside"
    assert dialog.aside_intro.text().startswith("A sync could not take these records here")


def test_with_nothing_set_aside_the_tab_says_so(hub: Hub, laptop: Laptop, runner: Runner, qtbot: object) -> None:
    dialog = ConflictsDialog(Linkwell(laptop(new_pcn(hub), "ann")), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.aside_intro.text() != "Loading…")
    assert dialog.aside_intro.text() == "Nothing has been set aside on this laptop."
    assert dialog.tabs.tabText(1) == "&Set aside" and dialog.aside.count() == 0
