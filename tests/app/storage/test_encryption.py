"""The database file is encrypted, the key is wrapped, and bad keys or files give clear sentences."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from app.errors import PassphraseNeeded, StorageError, WrongPassphrase
from app.services.caseload.facade import Caseload
from app.storage import keys
from app.storage.database import Database, create_database, open_database
from tests.conftest import PASSPHRASE

DISTINCTIVE = "Quennellwyth"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_no_plaintext_in_any_file_beside_the_database(db: Database) -> None:
    caseload = Caseload(db)
    person = caseload.add_person(given_name="Zoë", family_name=DISTINCTIVE, nhs_number="943 476 5919",
                                 date_of_birth=date(1961, 5, 1), risk_note=f"{DISTINCTIVE} risk note").created_id
    caseload.refer(person, referral_date=date(2026, 11, 2), referral_source="self", reasons=["loneliness"],
                   what_matters=f"Seeing {DISTINCTIVE} family")
    keep_open = db.connect()  # hold a connection so the WAL is not checkpointed away
    try:
        files = sorted(p for p in db.path.parent.iterdir() if p.is_file())
        names = {p.name for p in files}
        assert f"{db.path.name}-wal" in names, names  # the WAL really is there and is checked too
        needles = [DISTINCTIVE.encode(), DISTINCTIVE.encode("utf-16-le"), b"9434765919", b"SQLite format 3"]
        for path in files:
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, f"{needle!r} found in {path.name}"
    finally:
        keep_open.close()


def test_wrong_passphrase_is_refused_and_changes_no_byte(db: Database) -> None:
    Caseload(db).add_person(given_name="Łukasz", family_name="Nowak")
    db.close()
    before = {p.name: _digest(p) for p in db.path.parent.iterdir()}
    with pytest.raises(WrongPassphrase, match="does not unlock"):
        open_database(db.path, passphrase="not the passphrase")
    assert {p.name: _digest(p) for p in db.path.parent.iterdir()} == before


def test_right_passphrase_opens_and_reads(db: Database) -> None:
    pid = Caseload(db).add_person(given_name="Siân", family_name="O'Brien").created_id
    db.close()
    reopened = open_database(db.path, passphrase=PASSPHRASE)
    assert Caseload(reopened).person_detail(pid)["given_name"] == "Siân"


def test_without_passphrase_or_keyring_it_asks(db: Database) -> None:
    # tests/conftest.py selects keyring's fail backend: no usable OS keyring
    assert keys.usable_keyring() is None
    with pytest.raises(PassphraseNeeded):
        open_database(db.path)


def test_the_keyring_named_by_the_environment_outranks_the_kept_choice(db: Database) -> None:
    from app.paths import user_config_dir

    note = user_config_dir() / keys.KEYRING_CHOICE_FILE
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text("keyring.backends.SecretService.Keyring")
    try:
        assert keys.usable_keyring() is None  # PYTHON_KEYRING_BACKEND (the fail backend, conftest.py) decides
        with pytest.raises(PassphraseNeeded):
            open_database(db.path)
        assert note.read_text() == "keyring.backends.SecretService.Keyring"
    finally:
        note.unlink()


def test_missing_key_file_is_a_clear_sentence(db: Database) -> None:
    keys.key_file_path(db.path).unlink()
    with pytest.raises(StorageError, match="key file .* is missing"):
        open_database(db.path, passphrase=PASSPHRASE)


@pytest.mark.parametrize("content", ["", "{not json", '{"format": "other"}', '{"format": "linkwell-key", "version": 1}'])
def test_damaged_key_file_is_a_clear_sentence(db: Database, content: str) -> None:
    keys.key_file_path(db.path).write_text(content)
    with pytest.raises(StorageError, match="damaged or not a Linkwell key file"):
        open_database(db.path, passphrase=PASSPHRASE)


def test_key_file_of_another_database_is_caught(db: Database, tmp_path: Path) -> None:
    other = create_database(tmp_path / "other" / "x.db", PASSPHRASE)
    other.close()
    shutil.copy2(keys.key_file_path(other.path), keys.key_file_path(db.path))
    with pytest.raises(StorageError, match="cannot be read"):
        open_database(db.path, passphrase=PASSPHRASE)


def test_damaged_database_fails_its_check(db: Database) -> None:
    Caseload(db).add_person(given_name="Aoife", family_name="Byrne")
    db.close()
    raw = bytearray(db.path.read_bytes())
    raw[4096 + 100 : 4096 + 200] = os.urandom(100)  # scramble the second page
    db.path.write_bytes(bytes(raw))
    with pytest.raises(StorageError, match="cannot be read|integrity check"):
        open_database(db.path, passphrase=PASSPHRASE)


def test_create_refuses_to_overwrite_and_short_passphrases(db: Database, tmp_path: Path) -> None:
    before = _digest(db.path)
    with pytest.raises(StorageError, match="will not overwrite"):
        create_database(db.path, PASSPHRASE)
    assert _digest(db.path) == before
    with pytest.raises(Exception, match="at least 8 characters"):
        create_database(tmp_path / "new.db", "short")
    assert not (tmp_path / "new.db").exists() and not (tmp_path / "new.db.key").exists()


def test_key_file_holds_no_raw_key(db: Database) -> None:
    key_file = json.loads(keys.key_file_path(db.path).read_text())
    assert key_file["kdf"]["name"] == "argon2id" and key_file["kdf"]["memory_kib"] >= 65536
    raw_key = keys.unwrap(keys.KeyFile.read(keys.key_file_path(db.path)), PASSPHRASE)
    assert raw_key.hex() not in keys.key_file_path(db.path).read_text()
    assert len(raw_key) == 32


@pytest.mark.skipif(not shutil.which("dbus-run-session") or not shutil.which("gnome-keyring-daemon"),
                    reason="needs dbus-run-session and gnome-keyring (installed by scripts/system-deps.sh)")
def test_real_secret_service_keyring_unlocks_without_passphrase(tmp_path: Path) -> None:
    """Against a real Secret Service (gnome-keyring in a private D-Bus session): the key stored at
    creation opens the database later with no passphrase, and a lost keyring entry falls back to it."""
    script = textwrap.dedent(f"""
        import keyring
        from pathlib import Path
        from app.storage import keys
        from app.storage.database import create_database, open_database
        from app.errors import PassphraseNeeded
        print("backend", type(keys.usable_keyring()).__module__)
        path = Path({str(tmp_path / "kr.db")!r})
        create_database(path, {PASSPHRASE!r}).close()
        print("opened", open_database(path).path.name)
        key_id = keys.KeyFile.read(keys.key_file_path(path)).key_id
        keyring.delete_password(keys.KEYRING_SERVICE, key_id)
        try:
            open_database(path)
        except PassphraseNeeded:
            print("asks after entry lost")
        reopened = open_database(path, passphrase={PASSPHRASE!r})
        print("passphrase still opens", reopened.path.name)
        keys.remember(path, reopened.key)
        print("remembered again", open_database(path).key == reopened.key)
        note = keys._keyring_choice_path()
        print("choice kept", note.read_text())
        import subprocess, sys
        # In a new process, as at start-up: the window's unlock thread says "started" once what is left needs
        # no lock Qt's import needs; from the keyring, that is once the key has been read.
        fresh = subprocess.run([sys.executable, "-c", (
            "import sys; from pathlib import Path; from app.storage import keys; seen = []; "
            "key = keys.unlock_for_opening(Path(sys.argv[1]), None, started=lambda: seen.append("
            "'keyring.backends.SecretService' in sys.modules)); print(seen, key.hex())"), str(path)],
            capture_output=True, text=True, check=True).stdout.split()
        print("started once the keyring was read", fresh[0] == "[True]", fresh[1] == reopened.key.hex())
        import keyring.core
        keyring.core._keyring_backend = None  # as in a new process
        keys._load_keyring.cache_clear()
        print("kept choice opens", open_database(path).key == reopened.key,
              "without a search", keyring.core._keyring_backend is None)
        for stale in ("keyring.backends.macOS.Keyring", "os.system"):  # not usable here; not a keyring
            keys._load_keyring.cache_clear()
            note.write_text(stale)
            print("stale choice still opens", stale, open_database(path).key == reopened.key, note.read_text())
    """)
    home = tmp_path / "home"
    (home / ".cache").mkdir(parents=True)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    shell = ("echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
             f"exec {sys.executable} -c \"$SCRIPT\"")
    env["SCRIPT"] = script
    out = subprocess.run(["dbus-run-session", "--", "sh", "-c", shell], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "backend keyring.backends.SecretService" in out.stdout
    assert "opened kr.db" in out.stdout
    assert "asks after entry lost" in out.stdout
    assert "passphrase still opens kr.db" in out.stdout
    assert "remembered again True" in out.stdout
    # keyring's choice is kept, so later starts skip its search; a stale or foreign note is replaced
    assert "choice kept keyring.backends.SecretService.Keyring" in out.stdout
    assert "started once the keyring was read True True" in out.stdout
    assert "kept choice opens True without a search True" in out.stdout
    assert ("stale choice still opens keyring.backends.macOS.Keyring True keyring.backends.SecretService.Keyring"
            in out.stdout)
    assert "stale choice still opens os.system True keyring.backends.SecretService.Keyring" in out.stdout


@pytest.mark.parametrize("size", [0, 1000, 4096 * 3])
def test_truncated_database_is_a_sentence_and_not_treated_as_new(db: Database, size: int) -> None:
    Caseload(db).add_person(given_name="Bethan", family_name="Morgan")
    db.close()
    with open(db.path, "r+b") as fh:
        fh.truncate(size)
    with pytest.raises(StorageError, match="emptied or cut short|cannot be read|integrity check"):
        open_database(db.path, passphrase=PASSPHRASE)
    assert db.path.stat().st_size == size  # nothing was written to it
