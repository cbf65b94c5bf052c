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
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.caseload import Caseload
from app.storage.database import Database
from tests.conftest import PASSPHRASE

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

_HOLD = textwrap.dedent("""\
    import sys, time
    from sqlcipher3 import dbapi2
    path, key, begin = sys.argv[1:4]
    con = dbapi2.connect(path, isolation_level=None)
    con.execute(f"PRAGMA key = \\"x'{key}'\\"")
    if begin == "EXCLUSIVE":
        con.execute("PRAGMA locking_mode = EXCLUSIVE")  # readers are shut out too
    con.execute(f"BEGIN {begin}")
    con.execute("UPDATE setting SET value = value")
    print("held", flush=True)
    sys.stdin.read()  # until the test closes our stdin
""")


@pytest.fixture
def lock_holder(demo_db: Database) -> Iterator[callable]:
    holders: list[subprocess.Popen[str]] = []

    def hold(begin: str) -> None:
        holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(demo_db.path), demo_db.key.hex(), begin],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        holders.append(holder)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"

    yield hold
    for holder in holders:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


@pytest.mark.parametrize(("begin", "command"), [("IMMEDIATE", "show"), ("EXCLUSIVE", "list")])
def test_busy_database_exits_2_with_a_sentence(demo_db: Database, lock_holder, begin: str, command: str) -> None:
    someone = Caseload(demo_db).list.person_ids()[0]
    path = _closed(demo_db)
    lock_holder(begin)
    out = linkwell("person", command, *([someone] if command == "show" else []), "--db", str(path))
    assert out.returncode == 2, out.stderr
    assert "busy" in out.stderr and "Traceback" not in out.stderr and not _says_damaged(out.stderr)
