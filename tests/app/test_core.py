"""The one core object: every aggregate from ``Linkwell(db)``, and the use cases that lived in the window."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from app import clock
from app.core import Linkwell
from app.storage import keys as key_files
from app.storage.database import Database
from tests.conftest import PASSPHRASE


def test_each_aggregate_answers_from_one_object(db: Database) -> None:
    core = Linkwell(db)
    changes = core.caseload.add_person(given_name="Gwenllïan", family_name="Nuñez")
    assert changes.created_id and changes.caseload
    assert [p["family_name"] for p in core.caseload.summaries()] == ["Nuñez"]
    assert [h.person_id for h in core.find.search("gwenllian nunez")] == [changes.created_id]
    assert core.directory.search("walking") == []  # an empty directory
    today = core.today.lists()
    assert not today.new_referrals and [i.name for i in today.activity] == ["Nuñez, Gwenllïan"]


def test_backups_daily_and_restore(db: Database) -> None:
    core = Linkwell(db)
    with clock.pinned(date(2027, 1, 4)):
        first = core.backups.take_if_due()
        assert first is not None and first.reason == "daily"
        assert core.backups.take_if_due() is None  # the same day: not due
    with clock.pinned(date(2027, 1, 6)):
        assert core.backups.take_if_due() is not None
    assert len(core.backups.list()) == 2
    core.caseload.add_person(given_name="Siân", family_name="Price")
    restored, set_aside = core.backups.restore(None)
    assert set_aside is not None and set_aside.exists()
    assert core.caseload.summaries() == []  # the newest backup was taken before Siân was added
    assert core.backups.verify(restored.path) == 0


def test_recovery_code_is_audited_and_rotation_carries_on(db: Database) -> None:
    core = Linkwell(db)
    core.caseload.add_person(given_name="Łukasz", family_name="Nowak")
    code = core.keys.recovery_code()
    assert key_files.KeyFile.read(key_files.key_file_path(db.path)) and len(code) > 20
    assert any("showed the recovery key" in e.detail for e in core.audit.events())
    old_key = core.db.key
    core.rotate_key(PASSPHRASE)
    assert core.db.key != old_key and core.db is not db
    assert [p["given_name"] for p in core.caseload.summaries()] == ["Łukasz"]
    assert core.audit.verify().ok
    assert timedelta(0) <= clock.now() - core.backups.take().taken_at < timedelta(minutes=5)


def test_every_type_the_core_hands_out_resolves() -> None:
    """The window imports these from ``app.core`` alone; each name must reach a real object."""
    import app.core

    missing = [name for name in app.core.TYPES if getattr(app.core, name, None) is None]
    assert missing == []


def test_the_use_cases_that_left_the_window(db: Database, tmp_path: Path) -> None:
    """A person's record, a referral taken, the duplicate check, batch letters and the report's
    export are the core's: the window and the command line call the same code."""
    core = Linkwell(db)
    person_id, episode_id = core.caseload.take_referral(
        {"given_name": "Siân", "family_name": "O'Brien", "date_of_birth": date(1948, 3, 2)}, None,
        {"referral_date": date(2026, 11, 1), "referral_source": "gp", "reasons": ["loneliness"]})
    record = core.caseload.record(person_id)
    assert record.id == person_id and record.person.name == "Siân O'Brien"
    assert [e.id for e in record.episodes] == [episode_id] and record.episodes[0].connections == ()
    assert record.episodes[0].plan.goals == ()
    assert [m.person_id for m in core.caseload.find_matches(
        given_name="Sian", family_name="OBrien", date_of_birth=date(1948, 3, 2))] == [person_id]
    outcome = core.letters.write_batch("plan", {}, [person_id], None, tmp_path / "letters.pdf", one_file=True)
    assert outcome.letters == 1 and outcome.skipped == 0 and (tmp_path / "letters.pdf").exists()
    written = core.reports.export_counted(date(2026, 10, 1), date(2026, 12, 31), pdf=tmp_path / "r.pdf",
                                          csv=tmp_path / "r.csv")
    assert written is not None and written[1] == 1
    assert core.reports.export_counted(date(2026, 10, 1), date(2026, 12, 31), pdf=tmp_path / "s.pdf",
                                       progress=lambda *_: True) is None  # stopped: nothing written
    assert not (tmp_path / "s.pdf").exists()
