"""UI fixtures: a real runner (one worker thread) and a synchronous one, both with error boxes
captured instead of shown, and a caseload filled through the Caseload façade."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from ui.runner import InlineRunner, Runner

if TYPE_CHECKING:
    from ui.person.record import PersonRecord

HERE = Path(__file__).parent
# Qt's offscreen platform warns whenever a window's size limits change; it means nothing there.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(OFFSCREEN_NOISE)


@dataclass
class ShownErrors:
    """What the runner would have put in message boxes: (sentence, detail) pairs."""

    shown: list[tuple[str, str]] = field(default_factory=list)

    def __call__(self, parent: object, text: str, detail: str = "") -> None:
        self.shown.append((text, detail))

    @property
    def texts(self) -> list[str]:
        return [text for text, _ in self.shown]


@pytest.fixture(autouse=True)
def app_wide_keys(qapp: Any) -> None:
    """What the main window installs on the application (no wheel edits, Ctrl+Enter saves), in every UI
    test, so a dialog tested alone behaves as it does in the app whatever ran before it."""
    from ui.widgets import form_keys, wheel_guard

    wheel_guard.install(qapp)
    form_keys.install(qapp)


@pytest.fixture
def shown_errors() -> ShownErrors:
    return ShownErrors()


@pytest.fixture
def runner(qtbot: object, shown_errors: ShownErrors) -> Iterator[Runner]:
    worker = Runner()
    worker.show_error = shown_errors
    yield worker
    worker.shutdown()


@pytest.fixture
def inline_runner(qtbot: object, shown_errors: ShownErrors) -> Iterator[InlineRunner]:
    inline = InlineRunner()
    inline.show_error = shown_errors
    yield inline
    inline.shutdown()


PEOPLE = [  # (given, family, born, referred)
    ("Siân", "O'Brien", date(1948, 3, 2), True),
    ("Tomasz", "Kowalski", date(1990, 7, 15), True),
    ("Amara", "Adeyemi", date(1975, 11, 30), False),
]


def add_people(db: Database, people: list[tuple[str, str, date, bool]] = PEOPLE) -> list[str]:
    """People through the façade (some with a referral); their ids in the order given."""
    caseload = Caseload(db)
    ids = []
    for given, family, born, referred in people:
        pid = caseload.add_person(
            given_name=given, family_name=family, date_of_birth=born
        ).created_id
        assert pid is not None
        if referred:
            caseload.refer(
                pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness"]
            )
        ids.append(pid)
    return ids


def open_record(qtbot: Any, core: Linkwell, runner: Runner | InlineRunner, person_id: str) -> PersonRecord:
    """A person's record loaded, shown and active (shortcuts reach the active window only)."""
    from ui.person.record import PersonRecord

    record = PersonRecord(core, runner, person_id)
    qtbot.addWidget(record)
    record.load()
    record.show()
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    return record
