"""Key care from the window: change the passphrase, show and print the recovery key, rotate the key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core import Linkwell
from app.errors import WrongPassphrase
from app.services.audit import Audit
from app.storage import key_care, keys
from app.storage.database import Database
from tests.conftest import PASSPHRASE
from tests.ui.conftest import add_people
from ui.dialogs.key_care import ChangePassphraseDialog, RecoveryKeyDialog, RotateKeyDialog
from ui.printing import a4_printer
from ui.runner import Runner

NEW = "a new passphrase, also fictional"


def _unwraps(db: Database, passphrase: str) -> bool:
    try:
        return keys.unwrap(keys.KeyFile.read(keys.key_file_path(db.path)), passphrase) == db.key
    except WrongPassphrase:
        return False


def test_change_passphrase(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner) -> None:
    dialog = ChangePassphraseDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW + "x")
    dialog.change_button.click()
    assert "not the same" in dialog.message.text() and _unwraps(db, PASSPHRASE)

    dialog.old.setText("wrong old passphrase")
    dialog.repeat.setText(NEW)
    dialog.change_button.click()
    assert dialog.message.text() == str(WrongPassphrase()) and dialog.isVisible()

    dialog.old.setText(PASSPHRASE)
    dialog.repeat.setText(NEW)
    with qtbot.waitSignal(dialog.accepted):
        dialog.change_button.click()
    assert _unwraps(db, NEW) and not _unwraps(db, PASSPHRASE)


def test_recovery_key_is_shown_audited_and_prints(qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner,
                                                  tmp_path: Path) -> None:
    dialog = RecoveryKeyDialog(core, inline_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    code = dialog.code.text()
    assert key_care.key_from_recovery_code(code) == db.key
    assert dialog.code.isReadOnly() and dialog.copy_button.isEnabled()
    assert [e.detail for e in Audit(db).events()][-1] == "showed the recovery key"
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == code
    QGuiApplication.clipboard().clear()
    pdf = tmp_path / "recovery.pdf"
    dialog.print_to(a4_printer(pdf))
    assert pdf.stat().st_size > 1000
    assert code in dialog.document().toPlainText()


def test_rotate_key_keeps_the_data_and_the_core_carries_on_under_the_new_key(
    qtbot: Any, db: Database, core: Linkwell, inline_runner: Runner
) -> None:
    add_people(db)
    old_key = db.key
    released: list[bool] = []
    dialog = RotateKeyDialog(core, inline_runner, release=lambda: released.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("wrong")
    dialog.accept()
    assert dialog.message.text() == str(WrongPassphrase()) and core.db.key == old_key

    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.rotated):
        dialog.accept()
    # Rotation hands the core a new database object (no re-initialising the old one in place).
    assert core.db is not db and core.db.key != old_key and released
    assert _unwraps(core.db, PASSPHRASE)
    con = core.db.connect()
    assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 3
    con.close()
    assert "new key" in dialog.message.text()
