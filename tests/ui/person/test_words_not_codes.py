"""Issue 18 item 2: every code a person reads has a label in resources/: connection statuses and how
a person was connected, service statuses (in the directory's filters, editor, badges and the connect
warning, which gives the service's own reason), and the closure impact list."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.core import Linkwell, load_json_resource
from app.domain.directory import SERVICE_STATUSES
from app.domain.models import Service
from app.domain.status import ConnectionStatus
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from tests.ui.conftest import open_record
from ui.directory.filters import DirectoryFilters
from ui.models.hits_model import badge_label
from ui.person.connect import ConnectDialog
from ui.runner import InlineRunner

REFERENCE = load_json_resource("reference.json")


def test_every_code_shown_has_a_label_in_resources() -> None:
    assert set(REFERENCE["connection_statuses"]) == {s.value for s in ConnectionStatus}
    assert set(REFERENCE["connection_kinds"]) >= {"refer", "signpost", "accompany"}
    assert set(REFERENCE["service_statuses"]) == set(SERVICE_STATUSES)
    assert badge_label("defunct") == "closed for good" and badge_label("temporarily closed") == "closed for now"


def test_the_connections_tab_says_statuses_and_ways_in_words(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="June", family_name="Bradshaw").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["debt"]).created_id
    with db.session() as session:
        service = Service(name="Riverside Garden <& Café>")
        session.add(service)
    caseload.connect(eid, str(service.id), kind="signpost")
    record = open_record(qtbot, core, inline_runner, pid)
    row = record.connections.topLevelItem(0)
    assert [row.text(c) for c in range(3)] == ["Riverside Garden <& Café>", "Signposted", "Not sent yet"]
    offered = [record.connection_move.itemText(i) for i in range(record.connection_move.count())]
    assert offered == ["Referral sent", "Cancelled", "Recorded by mistake"]  # not 'entered-in-error'
    assert record.connection_move.itemData(2) == "entered-in-error"  # the code stays the data


def test_a_closed_service_says_why_in_connect(qtbot: Any, db: Database, core: Linkwell,
                                              inline_runner: InlineRunner) -> None:
    caseload = Caseload(db)
    pid = caseload.add_person(given_name="June", family_name="Bradshaw").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["debt"]).created_id
    with db.session() as session:
        session.add(Service(name="Canal Walkers", status="defunct", alert="Lost its funding in May — ŵyn & co"))
    dialog = ConnectDialog(core, inline_runner, eid)
    qtbot.addWidget(dialog)
    dialog.search.setText("canal")
    dialog.find()
    assert dialog.hits and dialog.chosen is None  # a closed service is never the default (item 11)
    dialog.results.setCurrentRow(0)
    assert dialog.warning.text() == (
        "Canal Walkers is closed for good. People connected to it may not be seen. "
        "The service says: Lost its funding in May — ŵyn & co")
    assert "defunct" not in dialog.results.item(0).text() and "closed for good" in dialog.results.item(0).text()


def test_the_directory_filter_lists_statuses_by_label_and_filters_by_code(qtbot: Any) -> None:
    filters = DirectoryFilters()
    qtbot.addWidget(filters)
    shown = [filters.status.itemText(i) for i in range(1, filters.status.count())]
    assert shown == ["Open", "Closed for now", "Not running at present", "Closed for good"]
    filters.status.setCurrentIndex(filters.status.findText("Closed for good"))
    assert filters.values()["status"] == "defunct"


def test_the_line_under_the_next_steps_says_what_can_be_done_and_why() -> None:
    """Issue 18 item 4: one short line of what can follow, not a list of the steps that cannot."""
    from app.domain.status import EPISODE_LABELS, EPISODE_NEXT, EpisodeStatus
    from ui.person.record import MOVE_BUTTONS, move_refusal

    for status in EpisodeStatus:
        line = move_refusal(status)
        assert line == EPISODE_NEXT[status] and len(line) <= 90 and "\n" not in line and "not offered" not in line
        assert not any(f"'{EPISODE_LABELS[s]}'" in line for s in EpisodeStatus)  # no list of labels
    assert "(Offer made)" in move_refusal(EpisodeStatus.REFERRED)
    assert MOVE_BUTTONS[EpisodeStatus.CONTACTED].replace("&", "") == "Offer made"  # the button it names


def test_connect_never_defaults_to_a_closed_service_nor_to_connect_anyway(
        qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    """Issue 18 item 11: the first service one can join is highlighted; Enter never connects to a closed
    or full one, as "Connect anyway" is never the default button."""
    from PySide6.QtCore import Qt

    caseload = Caseload(db)
    pid = caseload.add_person(given_name="June", family_name="Bradshaw").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["debt"]).created_id
    with db.session() as session:
        session.add(Service(name="Garden Club A", status="temporarily closed", alert="Flooded"))
        session.add(Service(name="Garden Club B", capacity="full"))
        session.add(Service(name="Garden Club C"))
    dialog = ConnectDialog(core, inline_runner, eid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText("garden club")
    dialog.find()
    assert dialog.chosen is not None and dialog.chosen.name == "Garden Club C"
    assert dialog.connect_button.isDefault() and dialog.connect_button.text() == "&Connect"
    dialog.results.setFocus()
    dialog.results.setCurrentRow(next(n for n, h in enumerate(dialog.hits) if h.name == "Garden Club A"))
    assert dialog.connect_button.text() == "&Connect anyway" and not dialog.connect_button.isDefault()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0  # Enter did not connect to the closed club
    assert caseload.person_detail(pid)["episodes"][0]["connections"] == []
