"""One change broadcast: a change made anywhere reaches every open window without reopening it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItemIterator

from app import clock
from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.services.changes import Changes
from app.services.directory.facade import Directory
from app.storage.database import Database
from ui.main_window import MainWindow
from ui.runner import Runner


def _tree_text(tree: QTreeWidget) -> str:
    texts, it = [], QTreeWidgetItemIterator(tree)
    while it.value() is not None:
        item = it.value()
        texts.extend(item.text(c) for c in range(tree.columnCount()))
        it += 1
    return "\n".join(texts)


def _open_referral(db: Database) -> tuple[str, str]:
    """Someone whose current referral is open: (person id, episode id)."""
    caseload = Caseload(db)
    for person in caseload.summaries():
        if person["status"] not in (None, "closed", "declined"):
            episode = caseload.person_detail(person["id"])["episodes"][-1]
            return person["id"], episode["id"]
    raise AssertionError("the demo has no open referral")


def test_open_windows_show_changes_made_elsewhere(qtbot: Any, demo_db: Database, demo_core: Linkwell, runner: Runner) -> None:
    person_id, episode_id = _open_referral(demo_db)
    main = MainWindow(demo_core, runner)
    qtbot.addWidget(main)
    main.load()
    main.show()
    person = main.person_actions.open_person(person_id)
    qtbot.waitUntil(lambda: person.record.detail is not None and person.record.detail.id == person_id)
    directory = main.directory_actions.open_directory()
    qtbot.keyClicks(directory.query, "walking")
    qtbot.waitUntil(lambda: directory.model.rowCount() > 0 and directory.status.text() != "")
    hit = directory.model.hit_at(0)
    assert hit is not None and "temporarily closed" not in hit.badges

    note = "Rang from the café: Zoë will come on Tuesday & bring a friend"
    heard: list[Changes] = []
    runner.changed.connect(lambda changes, _origin: heard.append(changes))
    # From elsewhere: not through either window (as a second window, or a sync, would).
    runner.op(Caseload(demo_db).add_contact, episode_id, kind="phone", contact_at=clock.now(),
              duration_minutes=5, notes=note).run()
    runner.op(Directory(demo_db).set_availability, hit.id, status="temporarily closed").run()

    qtbot.waitUntil(lambda: note in _tree_text(person.record.contacts), timeout=10000)
    # the directory shows it closed now, and below the open ones (issue 18 item 11)
    qtbot.waitUntil(lambda: any(h.id == hit.id and h.status == "temporarily closed" for h in directory.model.hits)
                    and directory.model.hits[0].id != hit.id, timeout=10000)
    assert any(person_id in c.person_ids for c in heard)
    assert any(hit.id in c.service_ids for c in heard)
    person.close()
    directory.close()
    with qtbot.waitSignal(runner.op_finished, timeout=5000):
        runner.op(lambda: None).run()
