from __future__ import annotations

from app.storage.database import Database
from tests.conftest import PASSPHRASE
from tests.crash_drill import drill


def test_killed_writers_lose_nothing_reported_saved(db: Database) -> None:
    db.close()
    report = drill(db.path, PASSPHRASE, rounds=8, seed=11)
    assert report.rounds == 8
    assert report.failures == [] and report.lost == []
    assert report.saved > 0  # the drill really wrote before it killed
