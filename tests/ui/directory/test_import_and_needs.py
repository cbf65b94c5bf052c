"""Open Referral import in the window (a dry run first, then the import; Cancel changes nothing),
unmet needs from a person's record, and the way in from the main window."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.core import Linkwell
from app.services.directory.facade import Directory
from app.storage.database import Database
from tests.ui.conftest import add_people
from ui.directory.import_dialog import ImportDirectoryDialog
from ui.main_window import MainWindow
from ui.person.window import PersonWindow
from ui.runner import InlineRunner, Runner

V1_PAGE = Path(__file__).parents[2] / "app" / "io" / "data" / "oruk_v1_page.json"


def _count(db: Database) -> int:
    con = db.connect()
    try:
        return int(con.execute("SELECT count(*) FROM service").fetchone()[0])
    finally:
        con.close()


def _dialog(qtbot: Any, core: Linkwell, runner: Runner) -> ImportDirectoryDialog:
    dialog = ImportDirectoryDialog(core, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.source, str(V1_PAGE))
    with qtbot.waitSignal(dialog.checked, timeout=10000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    return dialog


def test_import_from_a_file_shows_a_dry_run_then_imports(qtbot: Any, demo_db: Database, demo_core: Linkwell, runner: Runner) -> None:
    before = _count(demo_db)
    dialog = _dialog(qtbot, demo_core, runner)
    assert "2 to add" in dialog.summary.text() and "1 rejected" in dialog.summary.text()
    assert _count(demo_db) == before  # the check saved nothing
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(p.startswith("Rejected:") and "name" in p for p in problems)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_import, timeout=10000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].startswith("Imported: 2 added")
    assert _count(demo_db) == before + 2
    assert Directory(demo_db).search("Tuesday Tea and Chat")[0].name == "Tuesday Tea and Chat"


def test_cancel_leaves_the_directory_unchanged(qtbot: Any, demo_db: Database, demo_core: Linkwell, runner: Runner) -> None:
    before = _count(demo_db)
    dialog = _dialog(qtbot, demo_core, runner)
    gate = threading.Event()
    runner.op(gate.wait, 10).run()  # the worker is busy, so the import waits its turn ...
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled() and dialog.bar.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # ... and is cancelled first
    with qtbot.waitSignal(dialog.finished_import, timeout=10000) as done:
        gate.set()
    assert "cancelled" in done.args[0] and "as it was" in done.args[0]
    assert _count(demo_db) == before
    assert not dialog.bar.isVisible() and dialog.import_button.isEnabled()  # it can be tried again


def test_long_reasons_wrap_and_are_read_whole(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner,
                                              tmp_path: Path) -> None:
    """A warning longer than the dialog is wide wraps onto more lines: never cut, never scrolled sideways."""
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"content": [
        {"id": "1001", "name": "Tuesday Tea & Chat at Canolfan Gymunedol Llanbedr Pont Steffan",
         "email": "ask for Gwenllïan at the desk of the Canolfan on Tuesdays between ten and twelve <or Łucja>"}]}),
        encoding="utf-8")
    dialog = ImportDirectoryDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.resize(420, 500)
    dialog.show()
    dialog.source.setText(str(feed))
    with qtbot.waitSignal(dialog.checked, timeout=10000):
        dialog.check()
    problems = dialog.problems
    warning = next(problems.item(i) for i in range(problems.count()) if "Gwenllïan" in problems.item(i).text())
    qtbot.waitUntil(lambda: problems.visualItemRect(warning).height() > 2 * problems.fontMetrics().height(), timeout=2000)
    assert problems.visualItemRect(warning).right() <= problems.viewport().width()
    assert problems.horizontalScrollBar().maximum() == 0
    assert "<or Łucja>" in warning.text()


def test_unmet_need_from_the_person_window(qtbot: Any, db: Database, core: Linkwell, inline_runner: InlineRunner) -> None:
    pid = add_people(db)[0]
    person = PersonWindow(core, inline_runner, pid)
    qtbot.addWidget(person)
    person.show()
    titles = [a.text() for a in person.menuBar().actions()]
    assert "Servic&es" in titles  # Alt+S is the Contacts tab, Alt+L the Close button
    actions = person.directory
    assert actions.need_action.text() == "Record an &unmet need…"
    actions.need_action.trigger()
    dialog = actions.dialog
    dialog.category.setCurrentText("Choir for people with dementia")
    dialog.area.setCurrentText("Saltings")
    qtbot.keyClicks(dialog.note, "Nearest is 12 miles away")
    dialog.save()
    needs = Directory(db).unmet_needs()
    assert [(n["category"], n["area"], n["person_id"], n["note"]) for n in needs] == [
        ("Choir for people with dementia", "Saltings", pid, "Nearest is 12 miles away")]
    summary = Directory(db).unmet_needs_summary()
    assert summary[0].count == 1 and summary[0].category == "Choir for people with dementia"


def test_the_main_window_opens_one_directory_window(qtbot: Any, demo_db: Database, demo_core: Linkwell,
                                                     inline_runner: InlineRunner) -> None:
    window = MainWindow(demo_core, inline_runner)
    qtbot.addWidget(window)
    window.load()
    actions = window.directory_actions
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    assert [a.text() for a in menus["&Directory"].actions() if a.text()] == [
        "&Service directory", "&Verification worklist", "&Unmet needs", "&Import Open Referral…"]
    assert actions.open_action in menus["&Go"].actions()
    assert actions.open_action.shortcut() == QKeySequence("Ctrl+3")
    actions.open_action.trigger()
    first = actions.directory_window
    assert first is not None and first.isVisible() and first.focusWidget() in (None, first.query)
    Directory(demo_db).record_unmet_need("Choir for people with dementia", area="Saltings")
    actions.unmet_action.trigger()
    assert actions.directory_window is first and first.tabs.currentWidget() is first.unmet
    summary = first.unmet.summary
    rows = [(summary.topLevelItem(i).text(0), summary.topLevelItem(i).text(1)) for i in range(summary.topLevelItemCount())]
    assert ("Choir for people with dementia", "Saltings") in rows
    first.close()
