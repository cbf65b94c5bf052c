"""The linkwell command, run as a user would: a real process, real files, real exit codes."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.nhs_number import is_valid
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from tests.conftest import DEMO_PEOPLE, PASSPHRASE


def linkwell(*args: str, passphrase: str | None = PASSPHRASE, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("LINKWELL_PASSPHRASE", None)
    if passphrase is not None:
        env["LINKWELL_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "app.cli", *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=120)


def _closed(db: Database) -> str:
    db.close()
    return str(db.path)


def test_a_reader_that_stops_early_is_not_an_error(demo_db: Database) -> None:
    """`linkwell person list --json | head -1`: the pipe closes before the list is written."""
    env = dict(os.environ, LINKWELL_PASSPHRASE=PASSPHRASE)
    process = subprocess.Popen([sys.executable, "-m", "app.cli", "person", "list", "--db", _closed(demo_db),
                                "--json"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(1)
    process.stdout.close()  # as `head` does once it has its line
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == 0
    assert "Traceback" not in errors and errors == ""


def test_person_list_json(demo_db: Database) -> None:
    out = linkwell("person", "list", "--db", _closed(demo_db), "--json")
    assert out.returncode == 0, out.stderr
    people = json.loads(out.stdout)
    assert len(people) >= DEMO_PEOPLE
    assert set(people[0]) == {"id", "given_name", "family_name", "nhs_number", "practice", "status"}
    assert all(is_valid(p["nhs_number"]) for p in people if p["nhs_number"])
    names = {p["given_name"] for p in people} | {p["family_name"] for p in people}
    assert {"Siân", "Zoë", "Łukasz", "O'Brien"} <= names


def test_db_option_before_the_subcommand_works_too(demo_db: Database) -> None:
    out = linkwell("--db", _closed(demo_db), "person", "list")
    assert out.returncode == 0 and len(out.stdout.splitlines()) >= DEMO_PEOPLE


def test_person_show_json_has_history_contacts_connections(demo_db: Database) -> None:
    caseload = Caseload(demo_db)
    wanted = next(p["id"] for p in caseload.summaries() if p["status"] in ("connecting", "review")
                  and caseload.person_detail(p["id"])["episodes"][-1]["connections"])
    path = _closed(demo_db)
    people = json.loads(linkwell("person", "list", "--db", path, "--json").stdout)
    connected = next(p for p in people if p["id"] == wanted)
    out = linkwell("person", "show", connected["id"], "--db", path, "--json")
    assert out.returncode == 0, out.stderr
    person = json.loads(out.stdout)
    assert person["id"] == connected["id"]
    episode = person["episodes"][-1]
    assert episode["status_history"][0]["to"] == "referred"
    assert episode["status_history"][-1]["to"] == episode["status"]
    assert episode["connections"] and set(episode["connections"][0]) >= {"id", "service_id", "status"}
    text = linkwell("person", "show", connected["id"], "--db", path)
    assert connected["family_name"] in text.stdout


def test_directory_search_walking_returns_walking_groups_first(demo_db: Database) -> None:
    out = linkwell("directory", "search", "walking", "--db", _closed(demo_db), "--json", "--limit", "5")
    assert out.returncode == 0, out.stderr
    hits = json.loads(out.stdout)
    assert 1 <= len(hits) <= 5
    assert "walk" in hits[0]["name"].lower() or "walking" in hits[0]["categories"].lower()
    assert set(hits[0]) >= {"id", "name", "organisation", "status", "capacity", "last_verified_on"}


def test_wrong_passphrase_exit_2_and_file_unchanged(demo_db: Database) -> None:
    path = Path(_closed(demo_db))
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in path.parent.iterdir()}
    out = linkwell("person", "list", "--db", str(path), passphrase="wrong passphrase")
    assert out.returncode == 2
    assert out.stderr.strip() == "linkwell: That passphrase does not unlock this database. Nothing was changed; try again."
    assert "Traceback" not in out.stderr
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in path.parent.iterdir()} == before


def test_locked_without_passphrase_exit_2(demo_db: Database) -> None:
    out = linkwell("person", "list", "--db", _closed(demo_db), passphrase=None)
    assert out.returncode == 2 and "needs its passphrase" in out.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [(("person", "show", "not-an-id"), "is not a person id"),
     (("person", "show", "00000000-0000-4000-8000-000000000000"), "There is no person")],
)
def test_user_errors_are_sentences(demo_db: Database, args: tuple[str, ...], message: str) -> None:
    out = linkwell(*args, "--db", _closed(demo_db))
    assert out.returncode == 1 and message in out.stderr and "Traceback" not in out.stderr


def test_missing_database_is_a_sentence(tmp_path: Path) -> None:
    out = linkwell("person", "list", "--db", str(tmp_path / "absent.db"))
    assert out.returncode == 1 and "There is no Linkwell database" in out.stderr


def test_init_creates_an_empty_encrypted_database(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    out = linkwell("init", "--db", str(path))
    assert out.returncode == 0, out.stderr
    assert path.exists() and Path(f"{path}.key").exists()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert json.loads(linkwell("person", "list", "--db", str(path), "--json").stdout) == []
    again = linkwell("init", "--db", str(path))
    assert again.returncode == 1 and "will not overwrite" in again.stderr


def test_init_without_a_terminal_or_passphrase_refuses(tmp_path: Path) -> None:
    out = linkwell("init", "--db", str(tmp_path / "n.db"), passphrase=None)
    assert out.returncode == 2 and not (tmp_path / "n.db").exists()


def test_demo_create_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    lists = []
    for name in ("a.db", "b.db"):
        out = linkwell("demo", "create", "--db", str(tmp_path / name), "--people", "12", "--services", "20",
                       "--seed", "3")
        assert out.returncode == 0, out.stderr
        listed = json.loads(linkwell("person", "list", "--db", str(tmp_path / name), "--json").stdout)
        lists.append(listed)
    assert lists[0] == lists[1] and len(lists[0]) == 12
