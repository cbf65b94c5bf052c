"""Unlocking and opening a database for the window. No Qt here: ``ui.main`` runs it in a thread
while PySide6 is still importing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import LinkwellError
from app.core import CaseloadRow, Database, Linkwell, open_database

PAGE_SIZE = (
    100  # rows the caseload fetches at a time; the first page is read before the window exists
)


def open_db(
    path: Path, *, passphrase: str | None, demo: bool, check: bool = True, key: bytes | None = None
) -> Database:
    """Unlock (with the passphrase, else from the OS keyring; or with ``key``, unlocked already), check
    and open the database.

    Raises ``PassphraseNeeded``, ``WrongPassphrase`` or another ``LinkwellError`` with a sentence.
    """
    db = open_database(path, passphrase=passphrase, check=check, key=key)
    db.demo = db.demo or demo
    return db


@dataclass(frozen=True)
class Opened:
    core: Linkwell  # the one core the window holds
    checked: bool  # integrity checked already
    ids: list[str] | None = None  # the caseload in the window's first order (by name), if read
    first_page: list[CaseloadRow] | None = None

    @property
    def db(self) -> Database:
        return self.core.db


def open_for_window(path: Path, *, passphrase: str | None, demo: bool, key: bytes | None = None) -> Opened:
    """Open the database and read the first screenful of the caseload, before the window exists.

    The integrity check is left to the caller, to run on the worker after the first paint (it
    reads the whole file). Reading a damaged file still ends in the check's sentence.
    """
    db = open_db(path, passphrase=passphrase, demo=demo, check=False, key=key)
    try:
        with db.one_connection():  # the profile and the first page: one parse of the schema, not two
            core = Linkwell(db)
            if core.connector:  # a community connector's window holds no caseload (app.services.profile)
                return Opened(core, checked=False)
            listing = core.caseload_list  # closed below: its connection belongs to this thread
            try:
                ids = listing.person_ids()
                return Opened(core, checked=False, ids=ids, first_page=listing.rows(ids[:PAGE_SIZE]))
            finally:
                listing.close()
    except LinkwellError:
        raise
    except Exception:
        db.check_integrity()  # raises StorageError with a sentence if the file is damaged
        raise
