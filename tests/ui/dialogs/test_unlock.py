from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.errors import WrongPassphrase
from app.storage.database import Database
from tests.conftest import PASSPHRASE
from ui.dialogs.unlock import UnlockDialog
from ui.runner import Runner

WAIT_MS = 20_000  # two Argon2id derivations on a busy 2-core machine


@pytest.fixture
def dialog(qtbot: Any, runner: Runner, db: Database) -> UnlockDialog:
    unlock = UnlockDialog(db.path, runner)
    qtbot.addWidget(unlock)
    unlock.show()
    return unlock


def test_passphrase_is_hidden_and_named(dialog: UnlockDialog) -> None:
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.passphrase.accessibleName() == "Passphrase"
    assert not dialog.unlock_button.isEnabled()  # nothing typed yet
    assert dialog.message.isHidden()


def test_wrong_passphrase_shows_the_sentence_then_the_right_one_unlocks(
    qtbot: Any, dialog: UnlockDialog, runner: Runner, db: Database
) -> None:
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    with qtbot.waitSignal(runner.op_finished, timeout=WAIT_MS):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        assert dialog.busy and dialog.message.text() == "Unlocking…"  # the event loop keeps running
    assert dialog.isVisible() and dialog.database is None
    assert dialog.message.isVisible() and dialog.message.text() == str(WrongPassphrase())
    assert (
        dialog.passphrase.isEnabled() and dialog.passphrase.selectedText() == "not the passphrase"
    )

    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.database is not None and dialog.database.path == db.path
    assert not dialog.isVisible()
    dialog.database.close()


def test_an_error_from_before_is_shown_when_it_opens(
    qtbot: Any, runner: Runner, db: Database
) -> None:
    unlock = UnlockDialog(db.path, runner, error=str(WrongPassphrase()))
    qtbot.addWidget(unlock)
    unlock.show()
    assert unlock.message.isVisible() and "does not unlock" in unlock.message.text()
