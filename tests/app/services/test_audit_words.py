"""The audit trail in words (issue 18 item 1): names and plain sentences instead of ids, a trail
searched by a person's name or NHS number, and 'an erased person' once someone is erased."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from app.core import Linkwell
from app.domain.models import Service
from app.services.audit_words import ERASED_PERSON
from app.services.caseload.facade import Caseload
from app.services.caseload.today import Today
from app.services.privacy import Privacy
from app.storage.database import Database

UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")


def _june(db: Database) -> tuple[str, str, str, str]:
    caseload = Caseload(db, actor="Ann Shaw")
    pid = caseload.add_person(given_name="June", family_name="Bradshaw", nhs_number="9434765919").created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness"]).created_id
    with db.session() as session:
        service = Service(name="Riverside Community Garden & Café")
        session.add(service)
    cid = caseload.connect(eid, str(service.id)).created_id
    caseload.move_connection(cid, "requested")
    caseload.add_contact(eid, kind="phone", contact_at=datetime(2026, 11, 3, 10, tzinfo=UTC), notes="Rang")
    caseload.move_episode(eid, "contacted")
    other = caseload.add_person(given_name="Zoë", family_name="Łukasz-Wyn").created_id
    return pid, eid, cid, other


def test_the_trail_says_who_did_what_to_whom_in_words(db: Database) -> None:
    pid, _eid, _cid, _other = _june(db)
    lines = Linkwell(db).audit.lines()
    said = [line.sentence for line in lines]
    assert "Ann Shaw referred June Bradshaw to Riverside Community Garden & Café" in said
    assert "Ann Shaw marked June Bradshaw's referral to Riverside Community Garden & Café as 'Referral sent'" in said
    assert "Ann Shaw moved June Bradshaw's referral to 'Contacted, offer made'" in said
    assert "Ann Shaw added a referral for June Bradshaw from GP" in said
    assert "Ann Shaw recorded a contact with June Bradshaw (phone)" in said
    assert not any(UUID.search(s) for s in said)  # no internal id anywhere
    assert lines[0].seq > lines[-1].seq  # newest first
    assert {line.person for line in lines if line.person_id == pid} == {"June Bradshaw"}


def test_the_trail_is_searched_by_name_or_nhs_number(db: Database) -> None:
    pid, _eid, _cid, other = _june(db)
    audit = Linkwell(db).audit
    for query in ("june bradshaw", "Bradshaw", "943 476 5919", "9434765919"):
        found = audit.lines(who=query)
        assert found and {line.person_id for line in found} == {pid}, query
    assert {line.person_id for line in audit.lines(who="zoe lukasz")} == {other}  # accents optional, ł too
    assert {line.person_id for line in audit.lines(who="Zoë Łukasz-Wyn")} == {other}
    assert audit.lines(who="Nobody Here") == []
    assert [line.action for line in audit.lines(who="June", action="create")] == ["create"] * 4


def test_an_erased_person_is_named_as_such_and_found_by_no_one(db: Database) -> None:
    pid, _eid, _cid, _other = _june(db)
    Privacy(db, actor="Ann Shaw").erase(pid)
    lines = Linkwell(db).audit.lines()
    theirs = [line for line in lines if line.person == ERASED_PERSON]
    assert theirs and all("June" not in line.sentence and ERASED_PERSON in line.sentence for line in theirs)
    assert Linkwell(db).audit.lines(who="Bradshaw") == []


def test_recent_activity_reads_as_sentences(db: Database) -> None:
    _june(db)
    activity = Today(db).lists().activity
    texts = [item.detail for item in activity]
    assert any(t.endswith("Ann Shaw referred June Bradshaw to Riverside Community Garden & Café") for t in texts)
    assert not any(UUID.search(t) for t in texts)
