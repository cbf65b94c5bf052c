"""``Database.one_connection``: a run of short reads on one thread shares one connection (each new one parses
the whole schema again), other threads keep their own, and the shared one is closed when the run ends."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from app.storage.database import Database


class CountingDatabase(Database):
    """The same file, counting the connections really opened."""

    opened = 0

    def _raw_connect(self) -> Any:
        self.opened += 1
        return super()._raw_connect()


def test_one_connection_is_lent_on_its_thread_only_and_closed_after(db: Database) -> None:
    db.write_setting("demo", "true")
    counting = CountingDatabase(db.path, db.key)
    elsewhere: list[Any] = []
    with counting.one_connection():
        first = counting.connect()
        assert counting.read_setting("demo") == "true"
        assert counting.schema_revision() is not None
        first.close()  # a reader closing it does not end the run
        again = counting.connect()
        assert again.execute("SELECT value FROM setting WHERE key = 'demo'").fetchone()[0] == "true"
        worker = threading.Thread(target=lambda: elsewhere.append(counting.connect()))
        worker.start()
        worker.join()
        assert counting.opened == 2  # the lent one, and the other thread's own
        lent = again._raw
    elsewhere[0].close()
    with pytest.raises(sqlcipher.ProgrammingError):
        lent.execute("SELECT 1")  # closed as the run ended
    after = counting.connect()
    assert after.execute("SELECT 1").fetchone()[0] == 1 and counting.opened == 3
    after.close()
