from __future__ import annotations

from app.storage.database import Database
from tests.conftest import PASSPHRASE
from tests.crash_drill import drill


def test_killed_writers_lose_nothing_reported_saved(db: Database) -> None:
    db.close()
    report = drill(db.path, PASSPHRASE, rounds=9, seed=11, max_delay=1.5)
    assert report.rounds == 9
    assert report.failures == [] and report.lost == []
    assert report.saved > 0 and report.imports > 0  # the drill really wrote and imported before it killed
