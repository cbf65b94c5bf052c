"""The lock: Ctrl+L and the idle timer hide every person's data; a wrong passphrase slows down; the
right one brings back the same view, the typed text and the dialogs that were open."""

from __future__ import annotations

import re

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import Linkwell
from app.services.caseload.listing import CaseloadList
from app.storage.database import Database
from tests.conftest import PASSPHRASE
from tests.ui.conftest import PEOPLE, add_people
from ui.lock import LOCKED_TITLE, Lock, Protection, delay_after, install
from ui.main_window import MainWindow
from ui.runner import Runner

WAIT_MS = 10_000
NAMES = [part for given, family, _born, _ref in PEOPLE for part in (given, family)]


def _model_text(model: QAbstractItemModel, limit: int = 500) -> list[str]:
    texts = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model (QStringListModel hides columnCount): one column
        columns = 1
    for row in range(min(model.rowCount(QModelIndex()), limit)):
        for column in range(columns):
            value = model.data(model.index(row, column))
            if value is not None:
                texts.append(str(value))
    return texts


def _has_word(text: str, word: str) -> bool:
    """``word`` as a whole word: the family name "Li" is not in "Linkwell"."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def visible_text() -> str:
    """Every piece of text a person could see on screen now: titles, labels, fields, buttons,
    tooltips and the cells of every visible table."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts.append(widget.toolTip())
            if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                texts.extend(_model_text(widget.model()))
    return "\n".join(texts)


@pytest.fixture
def shown(qtbot: Any, inline_runner: Runner) -> Iterator[Callable[[Linkwell], tuple[MainWindow, Protection]]]:
    """A window on ``db`` with the lock, backups and Security menu installed as ``ui.main`` does."""
    windows: list[MainWindow] = []

    def show(core: Linkwell) -> tuple[MainWindow, Protection]:
        window = MainWindow(core, inline_runner)
        qtbot.addWidget(window)
        windows.append(window)
        window.load()
        window.show()
        protection = install(window, QApplication.instance(), core, inline_runner)  # type: ignore[arg-type]
        protection.backups._may_close = True  # closing in these tests needs no backup
        return window, protection

    yield show
    for window in windows:
        window.close()


def _unlock(qtbot: Any, lock: Lock, passphrase: str = PASSPHRASE) -> None:
    lock.panel.passphrase.setText(passphrase)
    qtbot.mouseClick(lock.panel.unlock_button, Qt.MouseButton.LeftButton)


def test_delays_grow_and_stop_at_thirty_seconds() -> None:
    assert [delay_after(n) for n in range(1, 9)] == [0, 1, 2, 4, 8, 16, 30, 30]


def test_ctrl_l_locks_and_hides_every_name(qtbot: Any, db: Database, core: Linkwell, shown: Any) -> None:
    add_people(db)
    window, protection = shown(core)
    with qtbot.waitActive(window, timeout=WAIT_MS):
        window.activateWindow()
    assert "Kowalski" in visible_text()  # the check below can see names when they are there

    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert protection.lock.is_locked
    assert window.windowTitle() == LOCKED_TITLE
    text = visible_text()
    assert not [name for name in NAMES if name in text], text
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    assert protection.lock.panel.isVisible() and protection.lock.panel.passphrase.hasFocus()


def test_locks_itself_after_the_idle_time(qtbot: Any, db: Database, core: Linkwell, shown: Any) -> None:
    add_people(db)
    window, protection = shown(core)
    protection.lock.set_idle_seconds(0.2)
    protection.lock.idle_timer.start()
    assert not protection.lock.is_locked
    qtbot.waitUntil(lambda: protection.lock.is_locked, timeout=WAIT_MS)
    assert window.windowTitle() == LOCKED_TITLE
    assert "O'Brien" not in visible_text()


def test_wrong_passphrases_say_so_and_the_wait_grows(qtbot: Any, db: Database, core: Linkwell, shown: Any) -> None:
    window, protection = shown(core)
    lock = protection.lock
    lock.lock()

    _unlock(qtbot, lock, "not the passphrase")
    assert lock.is_locked and lock.seconds_to_wait == 0
    assert lock.panel.message.text() == "That passphrase is not right. Try again."
    assert lock.panel.unlock_button.isEnabled()

    _unlock(qtbot, lock, "still not it")
    assert lock.is_locked and lock.seconds_to_wait == 1
    assert lock.panel.message.text() == "That passphrase is not right. You can try again in 1 second."
    assert not lock.panel.unlock_button.isEnabled() and not lock.panel.passphrase.isEnabled()
    qtbot.waitUntil(lambda: lock.panel.unlock_button.isEnabled(), timeout=WAIT_MS)

    _unlock(qtbot, lock, "wrong a third time")
    assert lock.seconds_to_wait == 2
    assert "try again in 2 seconds" in lock.panel.message.text()
    qtbot.waitUntil(lambda: lock.panel.unlock_button.isEnabled(), timeout=WAIT_MS)

    _unlock(qtbot, lock)  # no lockout: the right passphrase still opens it
    assert not lock.is_locked and lock.failures == 0


def test_unlocking_returns_the_same_view_typed_text_and_dialogs(qtbot: Any, db: Database, core: Linkwell, shown: Any) -> None:
    add_people(db)
    window, protection = shown(core)
    title = window.windowTitle()
    draft = QLineEdit(window)
    dock = QDockWidget("Note", window)
    dock.setWidget(draft)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.show()
    qtbot.keyClicks(draft, "Rang Tomasz Kowalski about the walking group")
    dialog = QDialog(window)
    dialog_field = QLineEdit("Amara Adeyemi asked for a call back", dialog)
    QVBoxLayout(dialog).addWidget(dialog_field)
    dialog.show()
    window.table.setCurrentIndex(window.model.index(2, 0))

    assert dialog.isVisible() and dock.isVisible()
    protection.lock.lock()
    assert not dialog.isVisible() and not dock.isVisible()
    text = visible_text()
    assert "Tomasz" not in text and "Amara" not in text and title not in text

    _unlock(qtbot, protection.lock)
    assert not protection.lock.is_locked and not protection.lock.panel.isVisible()
    assert window.windowTitle() == title
    assert window.centralWidget().isVisible() and window.menuBar().isVisible()
    assert dock.isVisible() and draft.text() == "Rang Tomasz Kowalski about the walking group"
    assert dialog.isVisible() and dialog_field.text() == "Amara Adeyemi asked for a call back"
    assert window.table.currentIndex().row() == 2
    assert protection.lock.panel.passphrase.text() == ""  # the passphrase is not kept


def test_a_dialog_finished_while_locked_does_not_come_back(qtbot: Any, db: Database, core: Linkwell, shown: Any) -> None:
    window, protection = shown(core)
    dialog = QDialog(window)
    dialog.show()
    protection.lock.lock()
    dialog.accept()  # by code, e.g. when its work finished on the runner
    _unlock(qtbot, protection.lock)
    assert not dialog.isVisible()


def test_tooltips_are_not_shown_while_locked(qtbot: Any, db: Database, core: Linkwell, shown: Any) -> None:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent

    window, protection = shown(core)
    protection.lock.lock()
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1), window.mapToGlobal(QPoint(1, 1)))
    assert protection.lock.eventFilter(window.table, event) is True
    _unlock(qtbot, protection.lock)
    assert protection.lock.eventFilter(window.table, event) is False


def test_locked_demo_window_grab_shows_no_one(qtbot: Any, demo_db: Database, demo_core: Linkwell, shown: Any) -> None:
    """The offscreen half of the Xvfb proof: the window as grabbed, and every visible text."""
    listing = CaseloadList(demo_db)
    rows = listing.rows(listing.person_ids())
    listing.close()
    family_names = {row.name.split(",")[0] for row in rows}
    assert len(family_names) > 10
    window, protection = shown(demo_core)
    window.resize(900, 600)
    before = window.grab().toImage()
    assert any(_has_word(visible_text(), name) for name in family_names)

    protection.lock.lock()
    after = window.grab().toImage()
    assert not after.isNull() and after != before
    text = visible_text()
    assert not [name for name in family_names if _has_word(text, name)]
    assert "DEMO" not in text  # the banner is part of the hidden view
