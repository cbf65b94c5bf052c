"""Team sync in the window, against a real hub: the status bar says the state in words, Sync now (F9)
runs on the runner and broadcasts what it pulled, the schedule syncs by itself, and the Conflicts list
lets a person choose."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMainWindow

from app import clock
from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from app.sync import conflicts, engine
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, accepted_here_declined_there, new_pcn, rows
from ui.runner import Runner
from ui.sync.actions import SyncActions
from ui.sync.words import NOT_REACHABLE, describe


class Window(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.core = Linkwell(db)


@pytest.fixture
def window(qtbot: object) -> object:
    def make(db: object, runner: Runner, **kwargs: object) -> tuple[Window, SyncActions]:
        win = Window(db)
        qtbot.addWidget(win)
        sync = SyncActions(win, runner, **kwargs)
        win.show()
        return win, sync
    return make


def test_the_words(hub: Hub) -> None:
    now = clock.now()
    joined = {"hub": "https://hub", "pending": 0, "last_synced": (now - timedelta(minutes=2)).isoformat()}
    assert describe(joined, now) == "Synced 2 minutes ago"
    assert describe(joined | {"pending": 14}, now) == "14 changes waiting"
    assert describe(joined | {"pending": 1}, now) == "1 change waiting"
    assert describe(joined, now, problem="Hub not reachable: working offline") == "Hub not reachable: working offline"
    assert describe(joined | {"pending": 3}, now, problem="Hub not reachable: working offline") == (
        "Hub not reachable: working offline; 3 changes waiting")
    assert describe(joined | {"conflicts": 2}, now) == "Synced 2 minutes ago; 2 conflicts to settle"
    assert describe(joined | {"last_synced": None}, now) == "Not synced yet"
    assert describe({"hub": None}, now) == ""


def test_status_bar_sync_now_and_pulled_changes_broadcast(hub: Hub, laptop: Laptop, runner: Runner, window: object,
                                                           qtbot: object) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    win, sync = window(ann, runner)
    qtbot.waitUntil(lambda: sync.label.text() == "Not synced yet")
    assert sync.label.isVisible() and sync.label.accessibleName() == "Team sync"
    assert sync.sync_action.shortcut().toString() == "F9" and sync.sync_action.isEnabled()
    person = Caseload(ann, actor="ann").add_person(given_name="Glenys", family_name="Window")
    runner.broadcast(person)  # as the window's own op would
    qtbot.waitUntil(lambda: sync.label.text() == "2 changes waiting")
    sync.sync_action.trigger()
    qtbot.waitUntil(lambda: sync.label.text() == "Synced just now")
    assert rows(ann, "SELECT count(*) FROM sync_outbox") == [(0,)]

    arrived = Caseload(bob, actor="bob").add_person(given_name="Huw", family_name="Elsewhere").created_id
    engine.sync_now(bob)
    with qtbot.waitSignal(runner.changed, check_params_cb=lambda c, _o: arrived in c.person_ids) as heard:
        sync.sync_action.trigger()
    assert heard.args[0].caseload
    assert sorted(r[0] for r in rows(ann, "SELECT given_name FROM person")) == ["Glenys", "Huw"]


def test_the_schedule_syncs_by_itself(hub: Hub, laptop: Laptop, runner: Runner, window: object,
                                      qtbot: object) -> None:
    ann = laptop(new_pcn(hub), "ann")
    Caseload(ann, actor="ann").add_person(given_name="Iolo", family_name="Timer")
    win, sync = window(ann, runner, every_ms=100)
    qtbot.waitUntil(lambda: sync.label.text().startswith("Synced"), timeout=15000)
    assert engine.status(ann)["pending"] == 0


def test_hub_not_reachable_says_working_offline(hub: Hub, laptop: Laptop, runner: Runner, window: object,
                                                qtbot: object, shown_errors: object) -> None:
    from tests.hub.pg_cluster import free_port

    ann = laptop(new_pcn(hub), "ann")
    con = ann.connect()
    con.execute("UPDATE sync_state SET hub_url = ?", (f"http://127.0.0.1:{free_port()}",))
    con.commit()
    con.close()
    Caseload(ann, actor="ann").add_person(given_name="Jac", family_name="Offline")
    win, sync = window(ann, runner)
    qtbot.waitUntil(lambda: sync.label.text() == "2 changes waiting")
    sync.sync_action.trigger()
    qtbot.waitUntil(lambda: sync.label.text() == "Hub not reachable: working offline; 2 changes waiting")
    assert shown_errors.shown == []  # no box in anyone's face: the status bar says it
    assert "working offline" in win.statusBar().currentMessage()


def test_the_conflicts_list_lets_a_person_choose_and_the_choice_syncs(hub: Hub, laptop: Laptop, runner: Runner,
                                                                       window: object, qtbot: object,
                                                                       tmp_path: object) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    accepted_here_declined_there(ann, bob, "Mali", "Conflict")
    engine.sync_now(bob)
    win, sync = window(ann, runner)
    qtbot.waitUntil(lambda: sync.label.text() == "3 changes waiting")
    sync.sync_action.trigger()
    qtbot.waitUntil(lambda: sync.label.text() == "Synced just now; 1 conflict to settle")
    sync.conflicts_action.trigger()
    dialog = sync.dialog
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.list.item(0).text().startswith("Mali Conflict's referral was moved two ways from the same step")
    choices = dialog.moves.buttons()
    assert [b.text() for b in choices][0].startswith("ann moved it from contacted, offer made to accepted on ")
    assert choices[0].text().endswith(", on this laptop.") and choices[1].text().endswith(", on another laptop.")
    win.resize(900, 600)
    dialog.grab().save(str(tmp_path / "conflicts.png"))
    choices[1].setChecked(True)  # Bob's: declined
    with qtbot.waitSignal(runner.changed):
        dialog.keep.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    assert dialog.intro.text() == "No conflicts are waiting: every laptop agrees."
    dialog.close()
    qtbot.waitUntil(lambda: sync.label.text() == "1 change waiting" or "waiting" in sync.label.text())
    sync.sync_action.trigger()
    qtbot.waitUntil(lambda: sync.label.text() == "Synced just now")
    engine.sync_now(bob)
    assert conflicts.listing(bob) == [] and rows(bob, "SELECT status FROM episode") == [("declined",)]
    assert rows(ann, "SELECT status FROM episode") == [("declined",)]


def test_typing_goes_on_while_a_sync_waits_on_a_silent_hub(hub: Hub, laptop: Laptop, runner: Runner,
                                                           window: object, qtbot: object) -> None:
    import socket

    from PySide6.QtWidgets import QLineEdit

    ann = laptop(new_pcn(hub), "ann")
    silent = socket.create_server(("127.0.0.1", 0))  # takes connections, never answers
    con = ann.connect()
    con.execute("UPDATE sync_state SET hub_url = ?", (f"http://127.0.0.1:{silent.getsockname()[1]}",))
    con.commit()
    con.close()
    win, sync = window(ann, runner)
    note = QLineEdit(win)
    win.setCentralWidget(note)
    qtbot.waitUntil(lambda: sync.label.text() == "Not synced yet")
    sync.sync_action.trigger()
    assert sync.label.text() == "Syncing…"
    qtbot.keyClicks(note, "Called about the walking group")
    assert note.text() == "Called about the walking group"
    assert sync.syncing and sync.label.text() == "Syncing…"  # the sync is still waiting on the hub
    silent.close()  # the hub goes away: the sync ends, and says so
    qtbot.waitUntil(lambda: not sync.syncing, timeout=20000)
    assert sync.label.text() == NOT_REACHABLE
