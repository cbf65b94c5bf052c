"""A community connector's window (issue 16 item 4): opened by the real start-up on a connector's database, it
says so in its title, offers the directory, unmet needs and waiting-room capture, and shows nobody's record."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

import ui.main
from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.services.profile import write
from app.storage.database import Database
from tests.conftest import PASSPHRASE
from ui.connector import CaptureDialog, ConnectorWindow
from ui.runner import InlineRunner

SECRET_GIVEN, SECRET_FAMILY = "Ŵyneth", "Łazarz-Secret"


def _connector(db: Database) -> str:
    pid = Caseload(db).add_person(given_name=SECRET_GIVEN, family_name=SECRET_FAMILY, phone="07700 900111",
                                  date_of_birth=date(1950, 5, 5)).created_id
    assert pid
    Linkwell(db).directory.record_unmet_need("transport <&>", person_id=pid, note="No bus 🚌")
    write(db, "connector")
    return pid


def _all_text(window: QWidget) -> str:
    texts = [window.windowTitle()]
    for child in window.findChildren(QWidget):
        for attr in ("text", "toPlainText", "windowTitle"):
            value = getattr(child, attr, None)
            if callable(value):
                try:
                    texts.append(str(value()))
                except TypeError:
                    pass
    return "\n".join(texts)


def test_start_up_opens_the_connector_window(qapp: QApplication, db: Database) -> None:
    _connector(db)
    qapp.setQuitOnLastWindowClosed(False)
    seen: list[Any] = []

    def hook(window: Any) -> None:
        seen.append(window)
        QTimer.singleShot(300, lambda: QApplication.exit(0))

    try:
        assert ui.main.launch(db.path, demo=False, passphrase=PASSPHRASE, on_window=hook) == 0
    finally:
        for window in seen:
            window.close()
        qapp.setQuitOnLastWindowClosed(True)
    [window] = seen
    assert isinstance(window, ConnectorWindow)
    assert window.windowTitle() == "Linkwell — community connector"
    text = _all_text(window)
    assert SECRET_FAMILY not in text and "07700" not in text


def test_capture_is_handed_in_and_nothing_of_anyone_is_shown(qtbot: Any, db: Database,
                                                              inline_runner: InlineRunner) -> None:
    _connector(db)
    core = Linkwell(db)
    window = ConnectorWindow(core, inline_runner)
    qtbot.addWidget(window)
    window.show()
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == ["Search", "Verification worklist", "Unmet needs"]
    window.tabs.setCurrentWidget(window.unmet)
    window.unmet.refresh()
    qtbot.waitUntil(lambda: window.unmet.detail.topLevelItemCount() == 1, timeout=5000)
    need = window.unmet.detail.topLevelItem(0)
    assert [need.text(c) for c in (1, 2)] == ["—", "No bus 🚌"]  # the need, not whom it was about
    assert SECRET_FAMILY not in _all_text(window)
    window.capture_action.trigger()
    dialog = window.last_dialog
    assert isinstance(dialog, CaptureDialog)
    qtbot.keyClicks(dialog.given, "Tom")
    dialog.family.insert("Hughes <&> ŵ")
    qtbot.keyClicks(dialog.reach, "07700 900222")
    dialog.accept()
    assert "1 capture handed in" in window.handed_in.text()
    assert dialog.given.text() == "" and dialog.family.text() == ""
    with db.connect() as con:
        assert con.execute("SELECT count(*) FROM person WHERE family_name = 'Hughes <&> ŵ'").fetchone()[0] == 1
    assert "Hughes" not in _all_text(window)
    assert all(label.text().find(SECRET_GIVEN) < 0 for label in window.findChildren(QLabel))
