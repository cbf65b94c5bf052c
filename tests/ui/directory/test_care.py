"""Keeping the directory right from the window: the worklist's one keystroke, editing an informal group,
closing a service (who it affects, and Today until each connection is moved on), unmet needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app import clock
from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.services.directory.facade import Directory
from app.services.caseload.today import Today
from app.storage.database import Database
from tests.ui.conftest import add_people
from ui.directory.editor import ServiceEditor
from ui.directory.window import DirectoryWindow
from ui.runner import Runner
from ui.today import PERSON_ROLE, TodayView


def _verified_on(db: Database, service_id: str) -> tuple[str | None, str]:
    con = db.connect()
    try:
        return con.execute("SELECT last_verified_on, verified_by FROM service WHERE id = ?",
                           (service_id.replace("-", ""),)).fetchone()
    finally:
        con.close()


def test_space_marks_verified_today_and_moves_on(qtbot: Any, demo_db: Database,
                                                 directory_window: DirectoryWindow) -> None:
    window = directory_window
    worklist = window.worklist
    with qtbot.waitSignal(worklist.loaded, timeout=5000):
        window.show_tab(1)
    assert "Space" in worklist.hint.text()
    first, second = worklist.model.hits[0], worklist.model.hits[1]
    assert (first.last_verified_on or "") <= (second.last_verified_on or "9999")  # oldest first
    before = worklist.model.rowCount()
    assert worklist.view.currentIndex().row() == 0
    with qtbot.waitSignal(worklist.verified, timeout=5000):
        qtbot.keyClick(worklist.view, Qt.Key.Key_Space)
    assert _verified_on(demo_db, first.id)[0] == clock.today().isoformat()
    assert _verified_on(demo_db, first.id)[1] == window.directory.actor
    assert worklist.model.rowCount() == before - 1
    assert worklist.model.hit_at(worklist.view.currentIndex().row()).id == second.id  # on to the next
    assert "marked as verified today" in worklist.status.text()
    with qtbot.waitSignal(worklist.verified, timeout=5000):
        qtbot.keyClick(worklist.view, Qt.Key.Key_Space)
    assert _verified_on(demo_db, second.id)[0] == clock.today().isoformat()


def test_editing_an_informal_group_saves_and_survives_reopening(qtbot: Any, demo_db: Database, demo_core: Linkwell,
                                                                runner: Runner) -> None:
    editor = ServiceEditor(demo_core, runner, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.load()
    qtbot.keyClicks(editor.lines["name"], "Knit and Natter")
    qtbot.keyClicks(editor.lines["organisation"], "Knit and Natter (informal)")
    editor.informal.setChecked(True)
    qtbot.keyClicks(editor.lines["phone"], "07700 900461")
    qtbot.keyClicks(editor.lines["contact_name"], "Brenda")
    editor.lines["place_name"].insert("The Kettle Café")  # QTest types ASCII only
    qtbot.keyClicks(editor.lines["when"], "Wed 14:00-16:00")
    qtbot.keyClicks(editor.lines["categories"], "Arts and crafts, Befriending")
    qtbot.keyClicks(editor.lines["email"], "not an email")
    editor.save()
    qtbot.waitUntil(editor.message.isVisible, timeout=5000)
    assert "email address" in editor.message.text()
    assert editor.lines["name"].text() == "Knit and Natter"  # nothing typed is lost
    editor.lines["email"].clear()
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClick(editor.lines["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    service_id = saved.args[0]
    reopened = ServiceEditor(demo_core, runner, service_id)
    qtbot.addWidget(reopened)
    reopened.show()
    reopened.load()
    qtbot.waitUntil(lambda: reopened.loaded_fields.get("id") == service_id, timeout=5000)
    assert reopened.informal.isChecked()
    assert reopened.lines["charity_number"].text() == ""
    assert reopened.lines["phone"].text() == "07700 900461"
    assert reopened.lines["place_name"].text() == "The Kettle Café"
    assert reopened.lines["when"].text() == "Wed 14:00-16:00"
    assert reopened.lines["categories"].text() == "Arts and crafts, Befriending"
    hits = Directory(demo_db).search("knit natter")
    assert hits[0].id == service_id and hits[0].where == "The Kettle Café"
    # An edit to the group is kept too, and a charity number on an informal group is refused in words.
    reopened.edit()
    qtbot.keyClicks(reopened.lines["charity_number"], "1234567")
    reopened.save()
    qtbot.waitUntil(reopened.message.isVisible, timeout=5000)
    assert "informal group has no charity number" in reopened.message.text()


def test_closing_a_service_lists_the_people_and_today_keeps_them_until_moved_on(
        qtbot: Any, db: Database, core: Linkwell, runner: Runner) -> None:
    directory, caseload = Directory(db), Caseload(db)
    walk = directory.add_service({"name": "Riverside Walk", "categories": ["Walking"], "area": "Riverside"}).created_id
    other = directory.add_service({"name": "Park Strollers", "categories": ["Walking"], "area": "Riverside"}).created_id
    assert walk and other
    ids = add_people(db)[:2]
    connections = []
    for pid in ids:
        episode = caseload.person_detail(pid)["episodes"][0]["id"]
        connections.append(caseload.connect(episode, walk).created_id)
    window = DirectoryWindow(core, runner, lambda _pid: None)
    qtbot.addWidget(window)
    window.show()
    today = TodayView(core, runner)
    qtbot.addWidget(today)
    assert Today(db).lists().affected == []
    window.open_service(walk)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.loaded_fields.get("id") == walk, timeout=5000)
    editor.edit()
    editor.choices["status"].setCurrentText("Closed for now")  # the label; "temporarily closed" is kept
    with qtbot.waitSignal(window.impact_shown, timeout=5000) as shown:
        editor.save()
    impact = shown.args[0]
    people = [impact.people.item(i).text() for i in range(impact.people.count())]
    assert sorted(people) == ["Kowalski, Tomasz — Not sent yet", "O'Brien, Siân — Not sent yet"]
    assert "Park Strollers" in impact.alternatives.item(0).text() and "nearby" in impact.alternatives.item(0).text()
    opened: list[str] = []
    impact._open_person = opened.append
    impact.people.setCurrentRow(0)
    qtbot.keyClick(impact.people, Qt.Key.Key_Return)
    assert opened and opened[0] in ids
    impact.reject()

    with qtbot.waitSignal(today.refreshed, timeout=5000):
        today.refresh()
    affected = today.lists["affected"]
    assert sorted(affected.item(i).data(PERSON_ROLE) for i in range(affected.count())) == sorted(ids)
    assert "Riverside Walk is closed for now" in affected.item(0).text()
    caseload.move_connection(connections[0], "cancelled")  # dealt with: moved on
    with qtbot.waitSignal(today.refreshed, timeout=5000):
        today.refresh()
    assert [affected.item(i).data(PERSON_ROLE) for i in range(affected.count())] == [ids[1]]
    episode = caseload.person_detail(ids[1])["episodes"][0]["id"]
    caseload.connect(episode, other)  # dealt with: connected elsewhere
    with qtbot.waitSignal(today.refreshed, timeout=5000):
        today.refresh()
    assert affected.item(0).data(PERSON_ROLE) is None  # the "no one" line
    with qtbot.waitSignal(runner.op_finished, timeout=5000):
        runner.op(lambda: None).run()


def test_ctrl_z_puts_the_last_verified_service_back_as_it_was(qtbot: Any, demo_db: Database,
                                                              directory_window: DirectoryWindow) -> None:
    window = directory_window
    worklist = window.worklist
    with qtbot.waitSignal(worklist.loaded, timeout=5000):
        window.show_tab(1)
    first = worklist.model.hits[0]
    before = _verified_on(demo_db, first.id)
    count = worklist.model.rowCount()
    with qtbot.waitSignal(worklist.verified, timeout=5000):
        qtbot.keyClick(worklist.view, Qt.Key.Key_Space)
    assert _verified_on(demo_db, first.id)[0] == clock.today().isoformat()
    assert "Ctrl+Z" in worklist.status.text()
    with qtbot.waitSignal(worklist.verified, timeout=5000):
        qtbot.keyClick(worklist.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _verified_on(demo_db, first.id) == before  # the earlier check (or none) is back
    assert worklist.model.rowCount() == count
    assert worklist.model.hit_at(worklist.view.currentIndex().row()).id == first.id
    assert f"Undone: {first.name}" in worklist.status.text()
    qtbot.keyClick(worklist.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert worklist.status.text() == "Nothing to undo."
