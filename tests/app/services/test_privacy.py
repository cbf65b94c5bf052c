from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from app import clock
from app.domain.models import Service
from app.errors import NotFound
from app.services.audit import Audit
from app.services.caseload.facade import Caseload
from app.services.privacy import Privacy
from app.storage.database import Database

NAME = "Wojciechowska-Ní Bhriain"


@pytest.fixture
def person(db: Database) -> tuple[str, str]:
    caseload = Caseload(db, actor="Aoife")
    pid = caseload.add_person(given_name="Małgorzata", family_name=NAME, nhs_number="9434765919").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 10, 1), referral_source="gp", reasons=["debt"],
                         what_matters=f"Keeping {NAME} family home").created_id
    caseload.move_episode(eid, "contacted")
    cid = caseload.add_contact(eid, kind="phone", contact_at=datetime(2026, 10, 2, tzinfo=UTC),
                               notes="Talked about <debts> & bills").created_id
    caseload.edit_contact(cid, notes="Talked about debts and bills")
    with db.session() as session:
        service = Service(name="Citizens Money Advice")
        session.add(service)
    caseload.connect(eid, str(service.id))
    other = caseload.add_person(given_name="Seán", family_name="Byrne").created_id
    return pid, other


def test_subject_access_export_holds_everything_and_is_audited(db: Database, person: tuple[str, str]) -> None:
    pid, _ = person
    export = Privacy(db, actor="Aoife").subject_access(pid)
    text = json.dumps(export, ensure_ascii=False)
    assert export["person"]["family_name"] == NAME and export["person"]["nhs_number"] == "9434765919"
    assert len(export["referrals"]) == 1 and len(export["status_history"]) == 2
    assert {c["notes"] for c in export["contacts"]} == {"Talked about <debts> & bills", "Talked about debts and bills"}
    assert export["services"][0]["name"] == "Citizens Money Advice"
    assert "Seán" not in text  # nobody else's data
    assert Audit(db).events(person_id=pid)[-1].action == "export"


def test_erasure_removes_the_person_everywhere_and_keeps_the_trail_sound(db: Database, person: tuple[str, str]) -> None:
    pid, other = person
    Privacy(db, actor="Aoife").erase(pid)
    con = db.connect()
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("episode", "episodestatuschange", "contact", "connection", "connectionstatuschange")}
    con.close()
    assert counts == {"episode": 0, "episodestatuschange": 0, "contact": 0, "connection": 0,
                      "connectionstatuschange": 0}
    caseload = Caseload(db)
    assert caseload.list.person_ids() == [other]
    with pytest.raises(NotFound):
        caseload.person_detail(pid)
    assert Audit(db).events(person_id=pid) == []  # the trail no longer says whom anything was about
    erased = [e for e in Audit(db).events() if e.action == "erase"]
    assert len(erased) == 1 and erased[0].person_id is None and all(NAME not in e.detail for e in Audit(db).events())
    assert Audit(db).verify().ok
    for path in db.path.parent.iterdir():  # and no trace in the files, WAL included
        assert NAME.encode() not in path.read_bytes()


def test_erasing_someone_unknown_is_a_sentence(db: Database) -> None:
    with pytest.raises(NotFound, match="no person"):
        Privacy(db).erase("not-an-id")


def test_closed_referrals_past_retention_are_listed(db: Database, person: tuple[str, str]) -> None:
    pid, _ = person
    caseload = Caseload(db)
    episode = caseload.person_detail(pid)["episodes"][0]["id"]
    caseload.move_episode(episode, "closed", closure_reason="moved_away",
                          at=clock.now() - timedelta(days=365 * 9))
    due = Privacy(db).past_retention(years=8)
    assert [d["person_id"] for d in due] == [pid]
    assert Privacy(db).past_retention(years=10) == []


def test_subject_access_pdf_reads_back(db: Database, person: tuple[str, str], tmp_path) -> None:
    import subprocess

    from app.io.subject_access_pdf import render

    pid, _ = person
    path = tmp_path / "sar.pdf"
    path.write_bytes(render(Privacy(db).subject_access(pid)))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Everything Linkwell holds about Małgorzata" in text and NAME in text
    assert "Talked about <debts> & bills" in text  # markup characters print as typed
    assert "Citizens Money Advice" in text and "Who looked at or changed your record" in text
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89" in info  # A4


def test_deleted_contacts_and_connections_stay_in_the_export_marked(
        db: Database, person: tuple[str, str], tmp_path) -> None:
    import subprocess

    from app.io.subject_access_pdf import render

    pid, _ = person
    caseload = Caseload(db)
    episode = caseload.person_detail(pid)["episodes"][0]
    caseload.delete_contact(next(c["id"] for c in episode["contacts"] if c["current"]))
    caseload.delete_connection(episode["connections"][0]["id"])
    export = Privacy(db).subject_access(pid)
    assert len(export["contacts"]) == 2 and all(c["deleted_at"] for c in export["contacts"])
    assert export["connections"][0]["deleted_at"] and export["services"][0]["name"] == "Citizens Money Advice"
    path = tmp_path / "sar.pdf"
    path.write_bytes(render(export))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("still held, so it is listed here") == 3  # two contact versions and the connection
    assert "Talked about debts and bills" in text
