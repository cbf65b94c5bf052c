from __future__ import annotations

import pytest

from app.errors import InvalidInput, StorageError, WrongPassphrase
from app.services.caseload.facade import Caseload
from app.storage import keys
from app.storage.database import Database, open_database
from app.storage.key_care import (
    change_passphrase,
    key_from_recovery_code,
    pending_key_path,
    recover_with_code,
    recovery_code,
    rotate_key,
)
from tests.conftest import PASSPHRASE


def _people(db: Database) -> list[str]:
    caseload = Caseload(db)
    return [r.name for r in caseload.list.rows(caseload.list.person_ids())]


def test_change_passphrase_rewraps_without_rewriting_the_database(db: Database) -> None:
    Caseload(db).add_person(given_name="Rhiannon", family_name="Ellis")
    db.close()
    before = db.path.read_bytes()
    change_passphrase(db.path, PASSPHRASE, "a brand new passphrase")
    assert db.path.read_bytes() == before
    with pytest.raises(WrongPassphrase):
        open_database(db.path, passphrase=PASSPHRASE)
    assert _people(open_database(db.path, passphrase="a brand new passphrase")) == ["Ellis, Rhiannon"]


def test_change_passphrase_needs_the_old_one(db: Database) -> None:
    with pytest.raises(WrongPassphrase):
        change_passphrase(db.path, "not it at all", "a brand new passphrase")


def test_recovery_code_round_trips_and_catches_typos(db: Database) -> None:
    code = recovery_code(db.key)
    groups = code.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups[:-1])
    assert key_from_recovery_code(code.lower().replace("-", " ")) == db.key
    typo = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(InvalidInput, match="not right"):
        key_from_recovery_code(typo)


def test_lost_key_file_and_passphrase_recovered_with_the_code(db: Database) -> None:
    Caseload(db).add_person(given_name="Cerys", family_name="Lloyd")
    code = recovery_code(db.key)
    db.close()
    keys.key_file_path(db.path).unlink()  # the key file is lost and the passphrase forgotten
    recover_with_code(db.path, code, "chosen after recovery")
    assert _people(open_database(db.path, passphrase="chosen after recovery")) == ["Lloyd, Cerys"]


def test_code_of_another_database_is_refused_and_changes_nothing(db: Database) -> None:
    before = keys.key_file_path(db.path).read_bytes()
    with pytest.raises(InvalidInput, match="does not open"):
        recover_with_code(db.path, recovery_code(keys.new_key()), "chosen after recovery")
    assert keys.key_file_path(db.path).read_bytes() == before


def test_rotation_reencrypts_under_a_new_key(db: Database) -> None:
    Caseload(db).add_person(given_name="Tomos", family_name="Price")
    old_key = db.key
    rotated = rotate_key(db, PASSPHRASE)
    assert rotated.key != old_key
    with pytest.raises(StorageError):
        Database(db.path, old_key).connect()
    assert _people(open_database(db.path, passphrase=PASSPHRASE)) == ["Price, Tomos"]
    assert not pending_key_path(db.path).exists()


def test_crash_between_rekey_and_key_file_swap_is_finished_on_open(db: Database) -> None:
    Caseload(db).add_person(given_name="Nia", family_name="Owen")
    db.close()
    new_key = keys.new_key()
    keys.write_key_file(pending_key_path(db.path), keys.wrap(new_key, PASSPHRASE))
    con = db.connect()
    con.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    con.close()  # ... and the process dies before promoting the pending key file
    reopened = open_database(db.path, passphrase=PASSPHRASE)
    assert _people(reopened) == ["Owen, Nia"] and reopened.key == new_key
    assert not pending_key_path(db.path).exists()


def test_crash_before_rekey_keeps_the_old_key(db: Database) -> None:
    Caseload(db).add_person(given_name="Gethin", family_name="Hughes")
    db.close()
    keys.write_key_file(pending_key_path(db.path), keys.wrap(keys.new_key(), PASSPHRASE))
    reopened = open_database(db.path, passphrase=PASSPHRASE)
    assert _people(reopened) == ["Hughes, Gethin"] and reopened.key == db.key
    assert not pending_key_path(db.path).exists()


def test_cli_key_commands(db: Database) -> None:
    import os
    import subprocess
    import sys

    db.close()

    def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app.cli", "key", *args, "--db", str(db.path)],
                              env={**os.environ, **env}, capture_output=True, text=True, timeout=60,
                              stdin=subprocess.DEVNULL)

    printed = run("recovery-code", LINKWELL_PASSPHRASE=PASSPHRASE)
    assert printed.returncode == 0
    code = printed.stdout.strip().splitlines()[-1]
    assert key_from_recovery_code(code) == db.key
    changed = run("passphrase", LINKWELL_PASSPHRASE=PASSPHRASE, LINKWELL_NEW_PASSPHRASE="changed by cli")
    assert changed.returncode == 0, changed.stderr
    refused = run("rotate", LINKWELL_PASSPHRASE=PASSPHRASE)
    assert refused.returncode == 2 and "does not unlock" in refused.stderr
    keys.key_file_path(db.path).unlink()
    recovered = run("recover", LINKWELL_RECOVERY_CODE=code, LINKWELL_NEW_PASSPHRASE="after the recovery")
    assert recovered.returncode == 0, recovered.stderr
    assert open_database(db.path, passphrase="after the recovery").key == db.key
