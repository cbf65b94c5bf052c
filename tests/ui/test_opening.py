from __future__ import annotations

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from app.errors import StorageError, WrongPassphrase
from app.services.caseload.listing import CaseloadList
from app.storage.database import Database
from tests.conftest import PASSPHRASE
from tests.ui.conftest import add_people
from ui.opening import PAGE_SIZE, open_db, open_for_window


def test_reads_the_first_page_before_the_window_and_leaves_the_check(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_people(db)
    checks: list[Database] = []
    monkeypatch.setattr(Database, "check_integrity", lambda self: checks.append(self))
    opened = open_for_window(db.path, passphrase=PASSPHRASE, demo=True)
    assert not opened.checked and checks == []  # left for the worker, after the first paint
    assert opened.db.demo
    assert opened.first_page is not None and opened.ids is not None
    assert [r.name for r in opened.first_page] == [
        "Adeyemi, Amara",
        "Kowalski, Tomasz",
        "O'Brien, Siân",
    ]
    assert opened.ids == [r.person_id for r in opened.first_page] and PAGE_SIZE >= 3
    opened.db.close()


def test_a_read_error_ends_in_the_integrity_sentence(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def malformed(self: CaseloadList, **_: object) -> list[str]:
        raise sqlcipher.DatabaseError("database disk image is malformed")

    def damaged(self: Database) -> None:
        raise StorageError(f"{self.path.name} failed its integrity check.")

    monkeypatch.setattr(CaseloadList, "person_ids", malformed)
    with pytest.raises(
        sqlcipher.DatabaseError
    ):  # an intact file: the error is a bug, reported as one
        open_for_window(db.path, passphrase=PASSPHRASE, demo=False)
    monkeypatch.setattr(Database, "check_integrity", damaged)
    with pytest.raises(StorageError, match="failed its integrity check"):
        open_for_window(db.path, passphrase=PASSPHRASE, demo=False)


def test_wrong_passphrase_is_the_app_error(db: Database) -> None:
    with pytest.raises(WrongPassphrase):
        open_db(db.path, passphrase="not it at all", demo=False)
