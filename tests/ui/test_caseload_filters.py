"""Caseload filters: the read model's new parameters, and the filter bar driving the window."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app import clock
from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.services.caseload.listing import CaseloadList
from app.storage.database import Database
from ui.main_window import MainWindow
from ui.runner import Runner


def _names(listing: CaseloadList, **filters: Any) -> list[str]:
    return [r.name for r in listing.rows(listing.person_ids(**filters))]


def test_read_model_filters_by_worker_overdue_and_reason(demo_db: Database) -> None:
    listing = CaseloadList(demo_db)
    everyone = listing.person_ids()
    choices = listing.choices()
    worker_id = choices["workers"][0][0]
    by_worker = listing.person_ids(worker_id=worker_id)
    assert 0 < len(by_worker) < len(everyone)
    overdue = listing.rows(listing.person_ids(overdue=True))
    assert overdue and all(r.next_contact_due and r.next_contact_due < clock.today()
                           and r.status != "closed" for r in overdue)
    lonely = listing.person_ids(reason="loneliness")
    assert 0 < len(lonely) < len(everyone)
    both = listing.person_ids(reason="loneliness", overdue=True)
    assert set(both) <= set(lonely) and set(both) <= {r.person_id for r in overdue}
    assert listing.person_ids(sort="name") == everyone  # unfiltered: as before
    listing.close()


def test_reason_filter_on_a_hand_built_caseload(db: Database) -> None:
    caseload = Caseload(db)
    for given, reasons, due in (("Ann", ["debt"], -3), ("Bob", ["housing", "debt"], 5),
                                ("Cat", ["housing"], -1)):
        pid = caseload.add_person(given_name=given, family_name="X").created_id
        assert pid
        caseload.refer(pid, referral_date=clock.today(), referral_source="gp", reasons=reasons,
                       next_contact_due=clock.today() + timedelta(days=due))
    listing = CaseloadList(db)
    assert _names(listing, reason="debt") == ["X, Ann", "X, Bob"]
    assert _names(listing, overdue=True) == ["X, Ann", "X, Cat"]
    assert _names(listing, reason="housing", overdue=True) == ["X, Cat"]
    listing.close()


def test_the_filter_bar_narrows_the_table(qtbot: Any, demo_db: Database, demo_core: Linkwell,
                                          inline_runner: Runner) -> None:
    window = MainWindow(demo_core, inline_runner)
    qtbot.addWidget(window)
    window.load()
    total = window.model.rowCount()
    filters = window.filters
    assert filters.worker.count() > 1 and filters.practice.count() > 1  # filled from the database
    filters.overdue.setChecked(True)
    overdue = window.model.rowCount()
    assert 0 < overdue < total
    assert window.count_label.text().endswith("(filtered)")
    filters.reason.setCurrentIndex(filters.reason.findData("loneliness"))
    assert window.model.rowCount() <= overdue
    filters.status.setCurrentIndex(filters.status.findData("closed"))
    assert window.model.rowCount() == 0  # closed and overdue: no one
    assert window.table.empty_text == "No one matches these filters."
    filters.clear()
    assert window.model.rowCount() == total
    assert window.count_label.text() == f"{total} people"
