"""Community connector mode (issue 16 item 4): `linkwell init --profile connector` makes a database whose core and
command line reach the directory, unmet needs and waiting-room capture only: no one else's personal data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.core import Linkwell
from app.services.caseload.facade import Caseload
from app.services.profile import ConnectorProfile
from app.storage.database import open_database

SECRET = "Ŵyneth Łazarz-Secret"
PASS = "connector passphrase 🌿"


@pytest.fixture
def connector(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    """A connector's database holding someone else's record (as team sync would bring it), and a service."""
    monkeypatch.setenv("LINKWELL_PASSPHRASE", PASS)
    path = tmp_path / "connector.db"
    assert main(["init", "--db", str(path), "--profile", "connector"]) == 0
    assert "community connector" in capsys.readouterr().out
    db = open_database(path, passphrase=PASS)
    pid = Caseload(db).add_person(given_name=SECRET.split()[0], family_name=SECRET.split()[1],
                                  date_of_birth=date(1950, 5, 5), phone="07700 900111").created_id
    from app.domain.models import Service

    with db.session() as session:
        service = Service(name="Tea <&> Chat ☕", description="A friendly cuppa")
        session.add(service)
    Linkwell(db).directory.record_unmet_need("transport", person_id=pid, note="No bus")
    yield path, db, pid
    db.close()


def test_the_core_hands_out_only_the_directory_and_capture(connector: Any) -> None:
    _path, db, pid = connector
    core = Linkwell(db)
    assert core.connector and core.profile == "connector"
    for part in ("caseload", "caseload_list", "find", "today", "letters", "reports", "measures", "privacy", "audit",
                 "plans", "drafts", "young_people", "safeguarding", "outreach"):
        with pytest.raises(ConnectorProfile, match="community connector"):
            getattr(core, part)
    assert [h.name for h in core.directory.search("cuppa")] == ["Tea <&> Chat ☕"]
    with pytest.raises(ConnectorProfile):
        core.directory.closure_impact("anything")
    needs = core.directory.unmet_needs()
    assert needs and all(n["person"] == "" and n["person_id"] is None for n in needs)
    changes = core.hand_in(given_name="Tom", family_name="Hughes", reach="07700 900222", what_matters="Choir 🎶")
    assert changes.caseload and changes.person_ids == frozenset() and changes.created_id is None
    # The capture is held (for a link worker and the team), not readable here.
    with db.connect() as con:
        assert con.execute("SELECT count(*) FROM person WHERE given_name = 'Tom'").fetchone()[0] == 1


def test_a_link_workers_database_is_as_before(db: Any) -> None:
    core = Linkwell(db)
    assert not core.connector and core.caseload.summaries() == []


@pytest.mark.parametrize("argv", [
    ["person", "list", "--json"], ["person", "show", "{pid}", "--json"], ["person", "duplicates", "--json"],
    ["person", "export", "{pid}", "--out", "{tmp}"], ["summary", "gp", "--person", "{pid}"],
    ["letter", "plan", "--person", "{pid}", "--out", "{tmp}/x.pdf"], ["audit", "export"],
    ["sync", "replaced"],
])
def test_the_command_line_refuses_what_reads_people(connector: Any, argv: list[str], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path, _db, pid = connector
    args = [a.format(pid=pid, tmp=tmp_path) for a in argv]
    code = main([*args, "--db", str(path)])
    out, err = capsys.readouterr()
    assert code != 0 and "community connector" in err
    assert "Łazarz" not in out + err and "07700" not in out + err


def test_the_command_line_still_searches_the_directory(connector: Any, capsys: pytest.CaptureFixture[str]) -> None:
    path, _db, _pid = connector
    assert main(["directory", "search", "cuppa", "--json", "--db", str(path)]) == 0
    assert "Tea <&> Chat ☕" in json.dumps(json.loads(capsys.readouterr().out), ensure_ascii=False)
