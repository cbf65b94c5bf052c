"""No two visible controls in a window share an Alt+letter: the main window, the person window at
every step of the journey and on every tab, and the forms opened from them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from app.core import Linkwell
from app.domain.status import EpisodeStatus
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from tests.ui.mnemonics import clashes, letter
from ui.person.close_episode import CloseEpisodeDialog
from ui.person.connect import ConnectDialog
from ui.person.contact import ContactDialog
from ui.dialogs.intake import IntakeDialog
from ui.dialogs.waiting_room import WaitingRoomDialog
from ui.main_window import MainWindow
from ui.person.window import PersonWindow
from ui.runner import InlineRunner

JOURNEY = [EpisodeStatus.CONTACTED, EpisodeStatus.ACCEPTED, EpisodeStatus.WHAT_MATTERS,
           EpisodeStatus.PLANNED, EpisodeStatus.CONNECTING, EpisodeStatus.REVIEW]


def test_the_checker_finds_a_clash(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    QPushButton("&Save", window)
    QPushButton("&Send", window)
    QPushButton("&Other", window)
    window.show()
    assert letter("Re&view") == "v" and letter("Fish && &chips") == "c"
    assert clashes(window) == {"s": ["&Save", "&Send"]}


def test_the_main_window(qtbot: Any, demo_db: Database, demo_core: Linkwell, inline_runner: InlineRunner) -> None:
    window = MainWindow(demo_core, inline_runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    assert clashes(window) == {}


def test_the_person_window_at_every_step_and_tab(qtbot: Any, demo_db: Database, demo_core: Linkwell, inline_runner: InlineRunner) -> None:
    caseload = Caseload(demo_db)
    pid = caseload.add_person(given_name="Gwenllian", family_name="Kowalczyk", date_of_birth=date(1950, 5, 5)).created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="self", reasons=["loneliness"]).created_id
    assert pid and eid
    found: dict[str, dict[str, list[str]]] = {}
    for status in [None, *JOURNEY]:
        if status is not None:
            caseload.move_episode(eid, status.value)
        window = PersonWindow(demo_core, inline_runner, pid)
        qtbot.addWidget(window)
        window.show()
        for tab in range(window.record.tabs.count()):
            window.record.tabs.setCurrentIndex(tab)
            where = f"{status.value if status else 'referred'} / {window.record.tabs.tabText(tab)}"
            if problem := clashes(window):
                found[where] = problem

    assert found == {}


@pytest.mark.parametrize("make", [
    lambda core, runner, eid: IntakeDialog(core, runner),
    lambda core, runner, eid: WaitingRoomDialog(core, runner),
    lambda core, runner, eid: ContactDialog(core, runner, eid),
    lambda core, runner, eid: ConnectDialog(core, runner, eid),
    lambda core, runner, eid: CloseEpisodeDialog(core, runner, eid),
], ids=["intake", "waiting room", "contact", "connect", "close"])
def test_the_forms(qtbot: Any, demo_db: Database, inline_runner: InlineRunner, make: Any, demo_core: Linkwell) -> None:
    caseload = Caseload(demo_db)
    pid = caseload.add_person(given_name="Siân", family_name="Łukasiewicz", date_of_birth=date(1960, 1, 1)).created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["debt"]).created_id
    dialog = make(demo_core, inline_runner, eid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert clashes(dialog) == {}


def _main(qtbot: Any, core: Linkwell, runner: InlineRunner) -> MainWindow:
    window = MainWindow(core, runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    return window


def test_the_directory_window_and_its_forms(qtbot: Any, demo_db: Database, demo_core: Linkwell, inline_runner: InlineRunner) -> None:
    main = _main(qtbot, demo_core, inline_runner)
    directory = main.directory_actions.open_directory()
    found = {}
    for tab in range(directory.tabs.count()):
        directory.show_tab(tab)
        if problem := clashes(directory):
            found[directory.tabs.tabText(tab)] = problem
    directory.open_service(None)  # a new service: every field of the editor
    directory.record_need()
    directory.import_open_referral()
    for name in ("editor", "need_dialog", "import_dialog"):
        if problem := clashes(getattr(directory, name)):
            found[name] = problem
    assert found == {}


def test_the_letters_and_reports_dialogs(qtbot: Any, demo_db: Database, demo_core: Linkwell, inline_runner: InlineRunner) -> None:
    main = _main(qtbot, demo_core, inline_runner)
    main.letter_actions.batch_action.trigger()
    main.letter_actions.letterhead_action.trigger()
    main.outcome_actions.report_action.trigger()
    main.outcome_actions.dashboard_action.trigger()
    caseload = Caseload(demo_db)
    pid = caseload.add_person(given_name="Rhiannon", family_name="Zielińska").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="self", reasons=["debt"]).created_id
    assert pid and eid
    person = PersonWindow(demo_core, inline_runner, pid)
    qtbot.addWidget(person)
    person.show()
    person.record.measures.record()
    dialogs = {
        "measures": person.record.measures.dialog,
        "batch letters": main.letter_actions.batch_dialog,
        "letterhead": main.letter_actions.letterhead_dialog,
        "report": main.outcome_actions.report_dialog,
        "dashboard": main.outcome_actions.dashboard,
    }
    assert {name: clashes(d) for name, d in dialogs.items() if clashes(d)} == {}
