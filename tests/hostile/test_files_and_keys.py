"""Nothing lost, nothing leaked: set-aside databases, key files, file modes, CSV cells, passphrases, and
exports that fail (a folder for a file, a read-only folder, a full disk) with a sentence and no half file.

Failures are real: a read-only folder is one the process may not write (as root, with the capability to
override file modes dropped through ``setpriv``); a full disk is a file-size limit the kernel enforces
on the process (``RLIMIT_FSIZE``), so a write stops part way as it does when the disk fills.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import os
import resource
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app import clock
from app.errors import LinkwellError
from app.services import audit
from app.services.audit import Audit
from app.services.caseload import Caseload
from app.storage import backup, key_care, keys
from app.storage.database import Database, open_database
from tests.conftest import PASSPHRASE
from tests.ui.conftest import inline_runner, shown_errors  # noqa: F401 - fixtures for the window tests

NEW = "a new passphrase, also fictional"
EVIL = '=HYPERLINK("http://evil.example","click")'
# Without this capability root may write anywhere; dropped, a folder's mode binds root as it binds anyone.
AS_PLAIN_USER = ("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                 "--bounding-set=-dac_override,-dac_read_search") if os.geteuid() == 0 else ()


def linkwell(*args: str, passphrase: str | None = PASSPHRASE, env: dict[str, str] | None = None,
             prefix: tuple[str, ...] = (), umask: int | None = None, file_limit: int | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real command in a process of its own, optionally as a plain user, with a umask or a file-size limit."""
    full_env = {k: v for k, v in os.environ.items() if k != "LINKWELL_PASSPHRASE"}
    if passphrase is not None:
        full_env["LINKWELL_PASSPHRASE"] = passphrase
    full_env.update(env or {})

    def limits() -> None:
        if umask is not None:
            os.umask(umask)
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run([*prefix, sys.executable, "-m", "app.cli", *args], env=full_env, capture_output=True,
                          text=True, timeout=timeout, preexec_fn=limits, check=False)


def assert_sentence(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("linkwell: "), done.stderr
    for word in words:
        assert word in lines[0], lines[0]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The loosest umask there is: files come out as the code asks, not as the umask allows."""
    before = os.umask(0)
    yield
    os.umask(before)


def someone(db: Database) -> str:
    """A person on the demo caseload with a referral."""
    return next(p["id"] for p in Caseload(db).summaries() if p["status"])


# --- 4. restore never overwrites a set-aside database ---------------------------------------------------------


def test_two_restores_in_one_second_keep_both_set_aside_databases(db: Database) -> None:
    caseload = Caseload(db)
    caseload.add_person(given_name="Before", family_name="Backup")
    taken = backup.create_backup(db)
    replaced: list[str] = []
    with clock.pinned("2026-03-02T10:00:00+00:00"):
        for name in ("Nia", "Rhys"):
            Caseload(db).add_person(given_name=name, family_name="After")
            db.close()
            replaced.append(digest(db.path))
            _, set_aside = backup.restore_backup(db.path, taken.path, db.key)
            assert set_aside is not None and digest(set_aside) == replaced[-1]
    kept = sorted(p for p in db.path.parent.iterdir() if ".before-restore-" in p.name)
    assert len(kept) == 2
    assert sorted(digest(p) for p in kept) == sorted(replaced)
