"""Nothing lost, nothing leaked (issue 11): erasure, the audit trail's anchor, and storage errors.

Failures are real: a read-only folder is one the process may not write (as root, with the capability to
override file modes dropped through ``setpriv``); a full disk is a small tmpfs, filled, mounted in a mount
namespace of the test's own (``unshare``), so nothing is left mounted; a busy database is a second process
holding a write lock.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.services.caseload.facade import Caseload
from app.storage.database import Database
from tests.conftest import PASSPHRASE
from tests.locks import lock_held

# Without this capability root may write anywhere; dropped, a folder's mode binds root as it binds anyone.
AS_PLAIN_USER = ("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                 "--bounding-set=-dac_override,-dac_read_search") if os.geteuid() == 0 else ()


def linkwell(*args: str, prefix: tuple[str, ...] = (), timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LINKWELL_PASSPHRASE": PASSPHRASE}
    return subprocess.run([*prefix, sys.executable, "-m", "app.cli", *args], env=env, capture_output=True,
                           text=True, timeout=timeout)


def _closed(db: Database) -> Path:
    db.close()
    return db.path


def _copy_to(db: Database, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    for suffix in ("", ".key"):
        shutil.copy2(f"{db.path}{suffix}", folder / f"{db.path.name}{suffix}")
    return folder / db.path.name


def _says_damaged(stderr: str) -> bool:
    return "is damaged" in stderr or "backup" in stderr


# --- 8: a read-only folder or a full disk is said as such, not as damage ---------------------


def test_read_only_folder_is_said_and_not_called_damage(demo_db: Database, tmp_path: Path) -> None:
    path = _copy_to(demo_db, tmp_path / "shared")
    demo_db.close()
    for file in (path, Path(f"{path}.key")):
        file.chmod(0o644)
    path.parent.chmod(0o555)
    try:
        probe = subprocess.run([*AS_PLAIN_USER, "touch", str(path.parent / "probe")], capture_output=True)
        if probe.returncode == 0:
            pytest.skip("this process can write into a read-only folder; the failure cannot be made here")
        out = linkwell("person", "list", "--db", str(path), prefix=AS_PLAIN_USER)
    finally:
        path.parent.chmod(0o755)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert str(path.parent) in out.stderr and "cannot be written" in out.stderr, out.stderr
    assert not _says_damaged(out.stderr)
    again = linkwell("person", "list", "--db", str(path))
    assert again.returncode == 0 and again.stdout


_FULL_DISK = textwrap.dedent("""\
    set -u
    mount -t tmpfs -o size=4m tmpfs "$DIR" || exit 97
    cp "$DB" "$DB.key" "$DIR"/
    dd if=/dev/zero of="$DIR/filler" bs=64k 2>/dev/null
    "$PYTHON" -m app.cli person list --db "$DIR/$NAME" >/dev/null 2>"$DIR/../full.err"
    echo "full=$?"
    rm "$DIR/filler"
    "$PYTHON" -m app.cli person list --db "$DIR/$NAME" 2>"$DIR/../freed.err" | wc -l
    echo "freed=$?"
""")


def _in_own_mount_namespace() -> tuple[str, ...] | None:
    """A command prefix giving a private mount namespace where a tmpfs may be mounted, or None."""
    for prefix in (("unshare", "--mount", "--propagation", "private"),
                   ("unshare", "--user", "--map-root-user", "--mount", "--propagation", "private")):
        if shutil.which(prefix[0]) and subprocess.run(
                [*prefix, "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"], capture_output=True).returncode == 0:
            return prefix
    return None


def test_full_disk_is_said_and_opens_once_space_is_freed(demo_db: Database, tmp_path: Path) -> None:
    prefix = _in_own_mount_namespace()
    if prefix is None:
        pytest.skip("no mount namespace here to make a real full disk in")
    path = _closed(demo_db)
    (tmp_path / "disk").mkdir()
    env = {**os.environ, "LINKWELL_PASSPHRASE": PASSPHRASE, "DIR": str(tmp_path / "disk"), "DB": str(path),
           "NAME": path.name, "PYTHON": sys.executable}
    run = subprocess.run([*prefix, "sh", "-c", _FULL_DISK], env=env, capture_output=True, text=True, timeout=120)
    lines = run.stdout.split()
    assert "full=1" in lines, run
    full = (tmp_path / "full.err").read_text()
    assert "disk" in full and "full" in full and "Traceback" not in full, full
    assert not _says_damaged(full)
    assert "freed=0" in lines and int(lines[lines.index("freed=0") - 1]) > 0, (tmp_path / "freed.err").read_text()


# --- 9: a busy database exits with 2, as the README promises --------------------------------

@pytest.mark.parametrize(("begin", "command"), [("IMMEDIATE", "show"), ("EXCLUSIVE", "list")])
def test_busy_database_exits_2_with_a_sentence(demo_db: Database, begin: str, command: str) -> None:
    someone = Caseload(demo_db).list.person_ids()[0]
    path = _closed(demo_db)
    with lock_held(demo_db, begin):
        out = linkwell("person", command, *([someone] if command == "show" else []), "--db", str(path))
    assert out.returncode == 2, out.stderr
    assert "busy" in out.stderr and "Traceback" not in out.stderr and not _says_damaged(out.stderr)


# --- 5: erasure reaches every table that can hold their words, and the trail forgets who --------

NAME = ("Gwenhwyfar", "Przybylska-Ó Dálaigh")
NHS = "9434765919"


def _decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of an SQLCipher 4 file decrypted (free pages included): what a thief with the key would
    read, beyond what any SQL query shows. Raw key, so no KDF: AES-256-CBC per page, a 16-byte IV in each
    page's 80 reserved bytes, the first page's first 16 bytes the salt."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data, size, reserve = path.read_bytes(), 4096, 80
    pages = []
    for start in range(0, len(data), size):
        page = data[start:start + size]
        body = page[16 if start == 0 else 0:size - reserve]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(page[size - reserve:size - reserve + 16])).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    assert pages[0][:2] == size.to_bytes(2, "big"), "not an SQLCipher 4 file with 4096-byte pages"
    return b"".join(pages)


def _traces(person_id: str) -> list[bytes]:
    pid = person_id.replace("-", "")
    return [" ".join(NAME).encode(), NAME[1].encode(), NAME[1].encode("utf-16-le"), NHS.encode(), pid.encode(),
            person_id.encode()]


@pytest.fixture
def named(db: Database) -> tuple[str, str]:
    """A person whose name is in their record, a contact note, an unmet need's note, two drafts and the
    audit trail (added, referred, moved, a contact, viewed, exported); and someone else."""
    from datetime import UTC, date, datetime

    from app.services.caseload.drafts import Drafts
    from app.services.privacy import Privacy
    from app.services.directory.facade import Directory

    caseload = Caseload(db, actor="Aled")
    pid = caseload.add_person(given_name=NAME[0], family_name=NAME[1], nhs_number=NHS).created_id
    eid = caseload.refer(pid, referral_date=date(2026, 10, 1), referral_source="gp", reasons=["debt"],
                         what_matters=f"{NAME[1]} wants to keep the allotment").created_id
    caseload.move_episode(eid, "contacted")
    cid = caseload.add_contact(eid, kind="phone", contact_at=datetime(2026, 10, 2, tzinfo=UTC),
                               notes=f"Rang {' '.join(NAME)} back").created_id
    Directory(db).record_unmet_need("other", area="Penarth", person_id=pid, note=f"No Welsh group for {NAME[1]}")
    drafts = Drafts(db)
    drafts.save("contact", eid, {"notes": f"Half-typed note about {NAME[1]}"})
    drafts.save("contact", f"edit-{cid}", {"notes": "Correcting the call"})
    drafts.save("intake", "new", {"given": NAME[0], "family": NAME[1], "nhs": NHS})
    caseload.person_detail(pid)
    Privacy(db).subject_access(pid)
    other = caseload.add_person(given_name="Seán", family_name="Byrne").created_id
    return pid, other


def test_erasure_leaves_no_trace_of_them_in_any_page_of_the_file(db: Database, named: tuple[str, str]) -> None:
    pid, other = named
    path = _closed(db)
    out = linkwell("person", "erase", pid, "--yes", "--db", str(path))
    assert out.returncode == 0, out.stderr
    assert Path(f"{path}-wal").stat().st_size == 0 if Path(f"{path}-wal").exists() else True
    plain = _decrypted_pages(path, db.key)
    assert "Seán".encode() in plain  # the scan reads real text: the other person is there
    for trace in _traces(pid):
        assert trace not in plain, f"{trace!r} is still in the file after erasure"
    con = db.connect()
    try:
        assert con.execute("SELECT count(*), group_concat(note, '') FROM unmetneed").fetchone() == (1, "")
        assert con.execute("SELECT count(*) FROM setting WHERE key LIKE 'draft/%'").fetchone()[0] == 0
        erased = con.execute("SELECT action, person_id, detail FROM auditevent WHERE action = 'erase'").fetchall()
    finally:
        con.close()
    assert len(erased) == 1 and erased[0][1] is None  # the trail says an erasure happened, not whose
    verify = linkwell("audit", "verify", "--db", str(path))
    assert verify.returncode == 0 and "intact" in verify.stdout, verify.stdout
    assert Caseload(db).list.person_ids() == [other]


def test_erasure_on_a_laptop_in_a_team_leaves_only_the_ids_the_hub_needs(db: Database) -> None:
    """Joined to a hub, every change is queued in sync_outbox with the row's words; erasure takes those
    out and leaves the tombstones, which carry ids only, so the hub erases them too."""
    from app.services.privacy import Privacy

    con = db.connect()
    with con:
        con.execute("UPDATE sync_state SET capturing = 1")  # as 'linkwell sync join' leaves it
    con.close()
    caseload = Caseload(db)
    pid = caseload.add_person(given_name=NAME[0], family_name=NAME[1], nhs_number=NHS).created_id
    caseload.person_detail(pid)
    Privacy(db).erase(pid)
    plain = _decrypted_pages(_closed(db), db.key)
    for trace in _traces(pid)[:4]:
        assert trace not in plain, f"{trace!r} is still in the file after erasure"
    con = db.connect()
    try:
        left = con.execute("SELECT entity_table, tombstone FROM sync_outbox WHERE instr(row_json, ?) OR entity_id = ?",
                           (pid.replace("-", ""), pid.replace("-", ""))).fetchall()
    finally:
        con.close()
    assert left and all(tombstone == 1 for _, tombstone in left), left


# --- 15: the trail is anchored outside the database ------------------------------------------

_WIPES = {
    "everything": ["DELETE FROM auditevent", "DELETE FROM setting WHERE key = 'audit_head'"],
    "the newest, head moved back": [
        "DELETE FROM auditevent WHERE seq > 2",
        "UPDATE setting SET value = (SELECT json_object('seq', seq, 'hash', hash) FROM auditevent WHERE seq = 2)"
        " WHERE key = 'audit_head'"],
}


@pytest.mark.parametrize("wipe", list(_WIPES))
def test_wiping_the_trail_with_sql_is_detected(db: Database, named: tuple[str, str], wipe: str) -> None:
    path = _closed(db)
    assert linkwell("audit", "verify", "--db", str(path)).returncode == 0
    con = db.connect()
    with con:
        for statement in _WIPES[wipe]:
            con.execute(statement)
    con.close()
    out = linkwell("audit", "verify", "--db", str(path))
    assert out.returncode == 1 and "TAMPERED" in out.stdout, out.stdout


def test_a_normal_day_keeps_the_trail_verifiable(db: Database, named: tuple[str, str]) -> None:
    """Writes, a backup, a restore, key rotation, a passphrase change and an erasure: still intact."""
    pid, other = named
    path = str(_closed(db))
    steps = [("person", "show", other), ("backup", "create"), ("person", "show", pid), ("backup", "create"),
             ("person", "show", other), ("backup", "restore", "--latest", "--yes"), ("person", "show", other),
             ("key", "rotate"), ("person", "show", pid), ("person", "erase", pid, "--yes"), ("audit", "verify")]
    for step in steps:
        out = linkwell(*step, "--db", path)
        assert out.returncode == 0, (step, out.stdout, out.stderr)
    env = {**os.environ, "LINKWELL_PASSPHRASE": PASSPHRASE, "LINKWELL_NEW_PASSPHRASE": "another passphrase, fictional"}
    changed = subprocess.run([sys.executable, "-m", "app.cli", "key", "passphrase", "--db", path], env=env,
                             capture_output=True, text=True, timeout=120)
    assert changed.returncode == 0, changed.stderr
    env["LINKWELL_PASSPHRASE"] = env["LINKWELL_NEW_PASSPHRASE"]
    for step in (("person", "show", other), ("audit", "verify")):
        out = subprocess.run([sys.executable, "-m", "app.cli", *step, "--db", path], env=env, capture_output=True,
                             text=True, timeout=120)
        assert out.returncode == 0, (step, out.stdout, out.stderr)
    assert "intact" in out.stdout


# --- 5 and 15 on an existing database: the upgrade seals the old trail again ------------------


def _v1_hash(seq: int, at: str, actor: str, action: str, person: str | None, detail: str, device: str,
             prev: str) -> str:
    """The hashing of the releases before erasure could forget: the person's id and the detail in clear."""
    import hashlib
    import json

    body = json.dumps([seq, at, actor, action, person, detail, device, prev], ensure_ascii=False,
                      separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _to_revision(db: Database, revision: str) -> None:
    from alembic import command

    from app.storage.migrations.runner import config

    cfg = config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)


def _erase_as_the_old_release_did(db: Database, person_id: str) -> None:
    """Delete the person and append an erase event that keeps their id, hashed the old way."""
    import json
    import uuid

    con = db.connect()
    with con:
        seq, prev = con.execute("SELECT seq, hash FROM auditevent ORDER BY seq DESC LIMIT 1").fetchone()
        at, device = "2026-11-30 10:00:00.000000", "old-release-laptop"
        digest = _v1_hash(seq + 1, "2026-11-30T10:00:00+00:00", "Aled", "erase", person_id,
                          "erased everything held about this person", device, prev)
        con.execute("INSERT INTO auditevent (id, seq, at, actor, action, person_id, detail, device_id, prev_hash, hash)"
                    " VALUES (?, ?, ?, 'Aled', 'erase', ?, 'erased everything held about this person', ?, ?, ?)",
                    (uuid.uuid4().hex, seq + 1, at, uuid.UUID(person_id).hex, device, prev, digest))
        con.execute("UPDATE setting SET value = ? WHERE key = 'audit_head'",
                    (json.dumps({"seq": seq + 1, "hash": digest}),))
        con.execute("DELETE FROM person WHERE id = ?", (uuid.UUID(person_id).hex,))
    con.close()


@pytest.mark.parametrize("tampered", [False, True])
def test_an_existing_trail_is_sealed_again_on_upgrade(db: Database, named: tuple[str, str], tampered: bool) -> None:
    from app.services.audit import ERASED_DETAIL, Audit
    from app.storage import audit_anchor
    from app.storage.database import open_database

    pid, other = named
    Caseload(db).person_detail(other)
    _to_revision(db, "0008")
    _erase_as_the_old_release_did(db, pid)
    if tampered:
        con = db.connect()
        with con:
            con.execute("UPDATE auditevent SET actor = 'someone else' WHERE seq = 2")
        con.close()
    audit_anchor.forget(_closed(db))  # the releases before this one kept no anchor
    upgraded = open_database(db.path, passphrase=PASSPHRASE)  # as the first start of this release does
    events = Audit(upgraded).events()
    assert not any(str(e.person_id) == pid for e in events)  # erased before the upgrade: forgotten now
    theirs = [e for e in events if e.person_id is None and e.subject]
    assert len(theirs) >= 7 and {e.detail for e in theirs} == {ERASED_DETAIL} and len({e.subject for e in theirs}) == 1
    assert all(e.subject and e.seal for e in Audit(upgraded).events(person_id=other))
    assert events[-1].actor == "linkwell" and "sealed the audit trail again" in events[-1].detail
    assert audit_anchor.read(db.path) == audit_anchor.Anchor(events[-1].seq, events[-1].hash)
    result = Audit(upgraded).verify()
    upgraded.close()
    if tampered:
        assert not result.ok and any("Before the trail was sealed again" in p and "Event 2" in p
                                     for p in result.problems), result.problems
        assert "problems found" in events[-1].detail
    else:
        assert result.ok, result.problems
        assert events[-1].detail.endswith("intact")


def test_an_erasure_pulled_from_the_team_is_no_tampering_but_a_bare_delete_is(db: Database) -> None:
    """A person erased on another laptop arrives as a tombstone, applied as sync applies it (applying = 1):
    their events here forget them and the trail verifies. The same delete done by hand is reported."""
    import uuid

    from app.services.audit import Audit

    caseload = Caseload(db)
    pulled, by_hand = (caseload.add_person(given_name=n, family_name="Ellis").created_id for n in ("Ffion", "Iolo"))
    for pid in (pulled, by_hand):
        caseload.person_detail(pid)
    con = db.connect()
    con.isolation_level = None
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE sync_state SET applying = 1")
    con.execute("DELETE FROM person WHERE id = ?", (uuid.UUID(pulled).hex,))
    con.execute("UPDATE sync_state SET applying = 0")
    con.execute("COMMIT")
    assert Audit(db).verify().ok, Audit(db).verify().problems
    assert Audit(db).events(person_id=pulled) == []
    con.execute("DELETE FROM person WHERE id = ?", (uuid.UUID(by_hand).hex,))
    con.close()
    result = Audit(db).verify()
    assert not result.ok and any("no erasure of them is recorded" in p for p in result.problems)
