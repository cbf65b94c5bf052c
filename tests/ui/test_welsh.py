"""No English left behind: every window, dialog, tab and menu walked in Cymraeg, and the Welsh window
still fits a 1366×768 screen at 200% text."""

from __future__ import annotations

import subprocess
from pprint import pformat
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app import i18n
from app.core import Linkwell
from app.domain.status import EpisodeStatus
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from tests.ui.english_left import english_in, english_sources
from tests.ui.mnemonics import clashes
from tests.ui.test_large_font import large_font  # noqa: F401 - a fixture
from ui.runner import InlineRunner

ROOT = Path(__file__).resolve().parents[2]
JOURNEY = [EpisodeStatus.CONTACTED, EpisodeStatus.ACCEPTED, EpisodeStatus.WHAT_MATTERS,
           EpisodeStatus.PLANNED, EpisodeStatus.CONNECTING, EpisodeStatus.REVIEW]


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[set[str]]:
    """The window in Cymraeg for one test; the English sources Welsh replaces."""
    from ui.language import install

    subprocess.run(["sh", "scripts/translations.sh", "build"], cwd=ROOT, check=True)
    install(qapp, "cy")
    try:
        yield english_sources()
    finally:
        install(qapp, "en")


def _person(db: Database) -> tuple[str, str]:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Gwenllian", family_name="Kowalczyk", date_of_birth=date(1950, 5, 5)).created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness"]).created_id
    assert pid and eid
    return pid, eid


def test_the_checker_finds_english_and_passes_welsh_and_names(qtbot: Any, welsh: set[str]) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in ["Cadw", "Gwenllian Kowalczyk", "Rhif GIG 943 476 5919", "Save the letter"]:
        layout.addWidget(QLabel(text))
    layout.addWidget(QPushButton("&Print"))
    window.show()
    assert english_in(window, welsh | {"print"}) == ["Save the letter", "&Print"]


def test_the_main_window_and_its_menus(qtbot: Any, demo_core: Linkwell, inline_runner: InlineRunner,
                                       welsh: set[str]) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(demo_core, inline_runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    found = {}
    tabs = getattr(window, "tabs", None)
    for index in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(index)
        if left := english_in(window, welsh):
            found[index] = left
    assert found == {}, pformat(found, width=160)
    assert clashes(window) == {}


def test_the_person_window_at_every_step_and_tab(qtbot: Any, demo_db: Database, demo_core: Linkwell,
                                                 inline_runner: InlineRunner, welsh: set[str]) -> None:
    from ui.person.window import PersonWindow

    pid, eid = _person(demo_db)
    found: dict[str, list[str]] = {}
    for status in [None, *JOURNEY]:
        if status is not None:
            Caseload(demo_db).move_episode(eid, status.value)
        window = PersonWindow(demo_core, inline_runner, pid)
        qtbot.addWidget(window)
        window.show()
        for tab in range(window.record.tabs.count()):
            window.record.tabs.setCurrentIndex(tab)
            if left := english_in(window, welsh):
                found[f"{status.value if status else 'referred'} / {tab}"] = left
            if problem := clashes(window):
                found[f"{status.value if status else 'referred'} / {tab} Alt letters"] = list(problem)
        window.hide()  # closing deletes it, before qtbot's own close
    assert found == {}, pformat(found, width=160)


def _forms() -> dict[str, Callable[[Linkwell, InlineRunner, str, str, Path], QWidget]]:
    """Every dialog and window a link worker can open, built for one person."""
    from ui.connector import CaptureDialog, ConnectorWindow
    from ui.dialogs.audit_log import AuditLogDialog
    from ui.dialogs.backups import BackupsDialog
    from ui.dialogs.import_people import ImportPeopleDialog
    from ui.dialogs.intake import IntakeDialog
    from ui.dialogs.key_care import ChangePassphraseDialog
    from ui.dialogs.unlock import UnlockDialog
    from ui.dialogs.waiting_room import WaitingRoomDialog
    from ui.directory.editor import ServiceEditor
    from ui.directory.import_dialog import ImportDirectoryDialog
    from ui.directory.unmet import RecordNeedDialog
    from ui.directory.window import DirectoryWindow
    from ui.letters.batch import BatchDialog
    from ui.letters.letterhead import LetterheadDialog
    from ui.outcomes.report_dialog import ReportDialog
    from ui.outreach.from_caseload import FromCaseloadDialog
    from ui.outreach.window import OutreachWindow
    from ui.person.close_episode import CloseEpisodeDialog
    from ui.person.connect import ConnectDialog
    from ui.person.contact import ContactDialog
    from ui.person.duplicates import DuplicatesWindow
    from ui.person.safeguarding import SafeguardingDialog
    from ui.quick_find import QuickFindDialog
    from ui.sync.conflicts_dialog import ConflictsDialog
    from ui.sync.hand_over import HandOverDialog
    from ui.sync.who_looked import WhoLookedDialog

    return {
        "intake": lambda c, r, p, e, t: IntakeDialog(c, r),
        "waiting room": lambda c, r, p, e, t: WaitingRoomDialog(c, r),
        "contact": lambda c, r, p, e, t: ContactDialog(c, r, e),
        "connect": lambda c, r, p, e, t: ConnectDialog(c, r, e),
        "close": lambda c, r, p, e, t: CloseEpisodeDialog(c, r, e),
        "duplicates": lambda c, r, p, e, t: DuplicatesWindow(c, r),
        "safeguarding": lambda c, r, p, e, t: SafeguardingDialog(c, r, p),
        "quick find": lambda c, r, p, e, t: QuickFindDialog(c, r),
        "batch letters": lambda c, r, p, e, t: BatchDialog(c, r, [p], False),
        "letterhead": lambda c, r, p, e, t: LetterheadDialog(c, r),
        "outreach": lambda c, r, p, e, t: OutreachWindow(c, r),
        "outreach from caseload": lambda c, r, p, e, t: FromCaseloadDialog(c, r),
        "audit trail": lambda c, r, p, e, t: AuditLogDialog(c, r),
        "backups": lambda c, r, p, e, t: BackupsDialog(c, r),
        "import people": lambda c, r, p, e, t: ImportPeopleDialog(c, r),
        "change passphrase": lambda c, r, p, e, t: ChangePassphraseDialog(c, r),
        "unlock": lambda c, r, p, e, t: UnlockDialog(t / "linkwell.db", r),
        "who looked": lambda c, r, p, e, t: WhoLookedDialog(c, r, p, "Gwenllian Kowalczyk"),
        "hand over": lambda c, r, p, e, t: HandOverDialog(c, r, p, "Gwenllian Kowalczyk"),
        "conflicts": lambda c, r, p, e, t: ConflictsDialog(c, r),
        "record a need": lambda c, r, p, e, t: RecordNeedDialog(c, r, p),
        "directory": lambda c, r, p, e, t: DirectoryWindow(c, r, lambda _id: None),
        "import directory": lambda c, r, p, e, t: ImportDirectoryDialog(c, r),
        "service editor": lambda c, r, p, e, t: ServiceEditor(c, r),
        "report": lambda c, r, p, e, t: ReportDialog(c, r, folder=t),
        "connector": lambda c, r, p, e, t: ConnectorWindow(c, r),
        "capture": lambda c, r, p, e, t: CaptureDialog(c, r),
    }


def test_every_dialog_and_window(qtbot: Any, demo_db: Database, demo_core: Linkwell, inline_runner: InlineRunner,
                                 tmp_path: Path, welsh: set[str]) -> None:
    pid, eid = _person(demo_db)
    categories = frozenset(demo_core.directory.choices()["categories"])  # the directory's own words
    assert "Arts and crafts" in categories
    found: dict[str, list[str]] = {}
    for name, make in _forms().items():
        window = make(demo_core, inline_runner, pid, eid, tmp_path)
        qtbot.addWidget(window)
        window.show()
        if left := english_in(window, welsh, categories):
            found[name] = left
        window.hide()
    assert found == {}, pformat(found, width=160)


@pytest.mark.usefixtures("large_font")
def test_at_200_percent_the_welsh_window_fits_a_1366_by_768_screen(
        qtbot: Any, welsh: set[str], db: Database, core: Linkwell,
        inline_runner: InlineRunner) -> None:
    """Welsh runs longer: the main window, the person record on every tab and the referral forms,
    in Cymraeg at 200% text, fit the laptop screen with nothing cut short (the checks of
    tests/ui/test_large_font.py)."""
    from tests.ui.test_large_font import SCREEN, _check, _lay_out
    from tests.ui.test_large_font import _person as _full_person
    from ui.dialogs.intake import IntakeDialog
    from ui.dialogs.waiting_room import WaitingRoomDialog
    from ui.main_window import MainWindow
    from ui.person.window import PersonWindow

    assert i18n.language() == "cy"
    pid = _full_person(db)
    window = MainWindow(core, inline_runner)
    qtbot.addWidget(window)
    window.load()
    _lay_out(window, SCREEN)
    _check(window, "Y brif ffenestr")
    person = PersonWindow(core, inline_runner, pid)
    qtbot.addWidget(person)
    _lay_out(person, SCREEN)
    for index in range(person.record.tabs.count()):
        person.record.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        _check(person, f"Cofnod y person, tab {index}")
    for dialog_class in (IntakeDialog, WaitingRoomDialog):
        dialog = dialog_class(core, inline_runner)
        qtbot.addWidget(dialog)
        _lay_out(dialog)
        _check(dialog, dialog.windowTitle())
