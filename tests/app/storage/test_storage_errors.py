"""A full disk and other environment failures give a sentence, and lose nothing already saved."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.errors import StorageError
from app.services.caseload.facade import Caseload
from app.storage.database import Database


class FullDiskDatabase(Database):
    """The same file, but SQLite may not grow it: every write that needs a new page fails as SQLITE_FULL
    does on a full disk. (Filling a real filesystem needs a mount this sandbox may not allow.)"""

    def _raw_connect(self) -> Any:
        con = super()._raw_connect()
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        con.execute(f"PRAGMA max_page_count = {pages}")
        return con


def test_full_disk_is_a_sentence_and_saved_data_survives(db: Database) -> None:
    caseload = Caseload(db)
    saved = [caseload.add_person(given_name=f"Eluned {i}", family_name="Prys").created_id for i in range(5)]
    db.close()
    full = FullDiskDatabase(db.path, db.key)
    cramped = Caseload(full)
    with pytest.raises(StorageError, match="The disk is full, so this change was not saved"):
        for i in range(500):
            pid = cramped.add_person(given_name=f"Overflow {i}", family_name="X" * 2000).created_id
            cramped.refer(pid, referral_date=date(2026, 11, 1), referral_source="self", reasons=["other"],
                          what_matters="Y" * 4000)
    full.close()
    reopened = Database(db.path, db.key)
    reopened.check_integrity()
    assert set(saved) <= set(Caseload(reopened).list.person_ids())


def test_unrecognised_errors_are_not_disguised() -> None:
    from app.storage.errors import storage_error

    assert storage_error(ValueError("a bug")) is None


def test_a_raw_write_while_another_process_holds_the_lock_is_a_sentence(db: Database) -> None:
    """Every raw read and write goes through Database.connect's Connection: "locked" arrives as DatabaseBusy,
    a sentence, where it used to be the driver's own error (the window's bug box)."""
    from app.errors import DatabaseBusy
    from tests.locks import lock_held

    con = db.connect()
    con.execute("PRAGMA busy_timeout = 100")  # the test need not wait Linkwell's ten seconds
    try:
        with lock_held(db, "IMMEDIATE"), pytest.raises(DatabaseBusy) as busy, con:
            con.execute("INSERT OR REPLACE INTO setting(key, value) VALUES ('probe', 'x')")
    finally:
        con.close()
    assert "busy" in str(busy.value) and "locked" not in str(busy.value)
    assert db.read_setting("probe") is None
