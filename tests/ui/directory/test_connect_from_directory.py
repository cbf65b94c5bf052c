"""Finding a service from a person's record: the directory opens for them, and Connect there connects
them to the highlighted service; their record shows it without reopening."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.services.directory.facade import Directory
from app.storage.database import Database
from ui.main_window import MainWindow
from ui.runner import InlineRunner


def test_connect_from_the_directory_opened_from_a_person(qtbot: Any, db: Database, core: Linkwell,
                                                          inline_runner: InlineRunner) -> None:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="Rhodri", family_name="Nowakowski", date_of_birth=date(1950, 1, 2)).created_id
    assert pid
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness"]).created_id
    assert eid
    service = Directory(db).add_service({"name": "Côr y Cwm Singing & Tea", "categories": ["Singing"]}).created_id
    assert service
    window = MainWindow(core, inline_runner)
    qtbot.addWidget(window)
    person = window.person_actions.open_person(pid)
    qtbot.waitUntil(lambda: person.record.episode is not None, timeout=5000)
    person.directory.find_service()
    directory = window.directory_actions.directory_window
    assert directory is not None and directory.connect_button.isVisible()
    assert "Rhodri Nowakowski" in directory.connect_button.accessibleName()
    directory.query.setText("singing tea")
    qtbot.waitUntil(lambda: any(h.id == service for h in directory.model.hits), timeout=5000)
    row = next(n for n, h in enumerate(directory.model.hits) if h.id == service)
    directory.results.setCurrentIndex(directory.model.index(row, 0))
    directory.connect_person()
    dialog = directory.connect_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.results.currentRow() >= 0, timeout=5000)
    assert dialog.hits[dialog.results.currentRow()].id == service  # the service chosen in the directory
    dialog.accept()
    connections = caseload.person_detail(pid)["episodes"][0]["connections"]
    assert [c["service_id"] for c in connections] == [service]
    qtbot.waitUntil(lambda: person.record.connections.topLevelItemCount() == 1, timeout=5000)  # heard it
    assert "connected" in directory.status.text()
    person.close()
    directory.close()
