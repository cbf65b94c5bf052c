"""Test set-up: offscreen Qt, no real user folders or keyring, and an encrypted database per test
copied from a template built once per run."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any
from pathlib import Path

# Before anything imports Qt, keyring or platformdirs.
_HOME = Path(tempfile.mkdtemp(prefix="linkwell-tests-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never touch a real keyring
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ.pop("LINKWELL_DB", None)
os.environ.pop("LINKWELL_PASSPHRASE", None)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# No time limit per example: speed is measured in benchmarks/, and a loaded machine made one fail.
settings.register_profile("linkwell", deadline=None)
settings.load_profile("linkwell")

from app.core import Linkwell  # noqa: E402
from app.storage import keys  # noqa: E402
from app.storage.database import Database, create_database  # noqa: E402

PASSPHRASE = "test passphrase, not real"
DEMO_PEOPLE = 60
DEMO_SERVICES = 300


def _copy_db(src: Path, dest_dir: Path) -> Path:
    dest = dest_dir / src.name
    for suffix in ("", ".key"):
        shutil.copy2(f"{src}{suffix}", f"{dest}{suffix}")
    return dest


_template_keys: dict[Path, bytes] = {}


def _open_copy(src: Path, dest_dir: Path) -> Database:
    """A copy of a template, opened with the template's key (unwrapped once: Argon2id is slow on purpose)."""
    if src not in _template_keys:
        _template_keys[src] = keys.unwrap(keys.KeyFile.read(keys.key_file_path(src)), PASSPHRASE)
    return Database(_copy_db(src, dest_dir), _template_keys[src])


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.db"
    create_database(path, PASSPHRASE).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    db = create_database(path, PASSPHRASE, demo=True)
    create_demo(db, people=DEMO_PEOPLE, services=DEMO_SERVICES, seed=7)
    db.close()
    return path


@pytest.fixture
def db(empty_template: Path, tmp_path: Path) -> Iterator[Database]:
    """An empty encrypted database of this test's own."""
    database = _open_copy(empty_template, tmp_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """The demo caseload and directory (seed 7), in a copy of this test's own."""
    database = _open_copy(demo_template, tmp_path)
    database.demo = True
    yield database
    database.close()


@pytest.fixture
def core(db: Database) -> Linkwell:
    """The one core (``Linkwell``) over this test's empty database, as the window holds it."""
    return Linkwell(db)


@pytest.fixture
def demo_core(demo_db: Database) -> Linkwell:
    """The one core over this test's copy of the demo database."""
    return Linkwell(demo_db)


@pytest.fixture(scope="module")
def q3_template(empty_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The hand-worked quarter of tests/app/services/report_fixture.py, built once per test module."""
    from tests.app.services.report_fixture import q3_template_for

    return q3_template_for(empty_template, tmp_path_factory)


@pytest.fixture
def q3(q3_template: tuple[Path, Any], tmp_path: Path) -> Iterator[Any]:
    """That quarter (a ``Q3``) in a copy of this test's own."""
    from tests.app.services.report_fixture import q3_copy

    yield from q3_copy(q3_template, tmp_path)
