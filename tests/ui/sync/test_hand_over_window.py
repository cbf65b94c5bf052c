"""Handing a person over in the window, against the real hub: the person record's Team → Hand over to a
colleague… lists the team by name, the hand-over syncs, and the other worker's Today shows it under
"Handed to you" until they take it up."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core import Linkwell
from app.sync import engine
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn, refer, rows
from ui.person.window import PersonWindow
from ui.runner import Runner
from ui.today import TodayView


def test_hand_over_from_the_record_and_take_up_from_today(hub: Hub, laptop: Laptop, runner: Runner,
                                                          qtbot: object) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    person, _ = refer(ann, "Gwenllian", "Prys-Łukasz", actor="ann")
    engine.sync_now(ann)  # the laptop learns its team

    window = PersonWindow(Linkwell(ann), runner, person)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.team.hand_over.isEnabled())
    assert window.team.menu.menuAction().isVisible()
    assert window.team.hand_over.shortcut().toString() == "Ctrl+Shift+H"
    window.team.hand_over.trigger()
    dialog = window.team.dialog
    qtbot.waitUntil(lambda: dialog.team.count() == 1)
    assert dialog.team.item(0).text() == "bob" and dialog.team.accessibleName()
    qtbot.keyClicks(dialog.note, "Ring after 3pm <please> & ")
    dialog.note.insert("ŵ")  # QTest types ASCII only
    qtbot.mouseClick(dialog.hand, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(ann, "SELECT from_user, to_user, note FROM handover") == [("ann", "bob", "Ring after 3pm <please> & ŵ")]
    engine.sync_now(ann)
    engine.sync_now(bob)

    today = TodayView(Linkwell(bob), runner)
    qtbot.addWidget(today)
    today.show()
    today.refresh()
    handed = today.lists["handed_to_you"]
    qtbot.waitUntil(lambda: handed.isVisible() and handed.count() == 1)
    assert handed.item(0).text().startswith("Prys-Łukasz, Gwenllian — Handed to you by ann on ")
    assert "Ring after 3pm <please> & ŵ" in handed.item(0).text()
    assert today.headings["handed_to_you"].text() == "Handed to you (1)"
    handed.setCurrentRow(0)
    qtbot.mouseClick(today.take_up, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not handed.isVisible())
    assert rows(bob, "SELECT acknowledged_by FROM handover") == [("bob",)]

    # Ann's record window: Team → Who looked at this record… shows Bob's view through the hub.
    from app.services.caseload.facade import Caseload

    Caseload(bob, actor="bob").record(person)
    engine.sync_now(bob)
    window.team.who_looked.trigger()
    looked = window.team.dialog
    qtbot.waitUntil(lambda: looked.views.count() >= 2)
    said = [looked.views.item(i).text() for i in range(looked.views.count())]
    assert said[0].startswith("bob looked at the record on ") and said[0].endswith(", on bob's laptop, in the window.")
    assert any(s.startswith("ann looked at the record on ") and "on this laptop" in s for s in said)
    assert looked.intro.text().startswith("Everyone in the team")


def test_without_a_hub_the_record_has_no_team_menu(db: object, runner: Runner, qtbot: object) -> None:
    person, _ = refer(db, "Ifan", "Jones")
    window = PersonWindow(Linkwell(db), runner, person)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.record.name.text() != "")
    qtbot.wait(50)
    assert not window.team.menu.menuAction().isVisible() and not window.team.hand_over.isEnabled()


def test_the_team_menu_shares_no_alt_letter_with_the_record(hub: Hub, laptop: Laptop, runner: Runner,
                                                            qtbot: object) -> None:
    from tests.ui.mnemonics import clashes

    db = laptop(new_pcn(hub), "ann")
    person, _ = refer(db, "Gwenllian", "Kowalczyk")
    window = PersonWindow(Linkwell(db), runner, person)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.team.menu.menuAction().isVisible())
    found = {}
    for tab in range(window.record.tabs.count()):
        window.record.tabs.setCurrentIndex(tab)
        team = {key: texts for key, texts in clashes(window).items() if window.team.menu.title() in texts}
        if team:
            found[window.record.tabs.tabText(tab)] = team
    assert found == {}


def test_opening_the_record_from_the_caseload_clears_handed_to_you(hub: Hub, laptop: Laptop, runner: Runner,
                                                                   qtbot: object) -> None:
    from app.services.caseload.handover import Handovers
    from ui.main_window import MainWindow

    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    person, _ = refer(ann, "Nia", "Ŷnys", actor="ann")
    engine.sync_now(ann)
    Handovers(ann, actor="ann").hand_over(person, "bob")
    engine.sync_now(ann)
    engine.sync_now(bob)
    window = MainWindow(Linkwell(bob), runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    handed = window.today.lists["handed_to_you"]
    qtbot.waitUntil(lambda: handed.isVisible() and handed.count() == 1)
    window.open_person(person)  # as from the caseload list, not from Today
    qtbot.waitUntil(lambda: not handed.isVisible())
