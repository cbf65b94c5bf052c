"""The letters façade on a real encrypted database: consent, letterhead, audit, batches, the CLI, the demo."""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app import clock
from app.domain import nhs_number
from app.domain.models import (
    Connection,
    Location,
    MeasureResponse,
    Organisation,
    PlanAction,
    PlanGoal,
    Practice,
    Schedule,
    Service,
    ServiceLocation,
    Worker,
)
from app.errors import InvalidInput, NotFound
from app.services.audit import Audit
from app.services.caseload.facade import Caseload
from app.services.letters import Letterhead, Letters
from app.storage.database import Database
from tests.conftest import PASSPHRASE

NOTE = "Says <b>hello</b> & </font> <para> to all"


@dataclass
class Journey:
    person_id: str
    episode_id: str
    connection_id: str
    service_id: str


def _pdftotext(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / f"{uuid.uuid4().hex}.pdf"
    path.write_bytes(data)
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def _pages(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89 pts (A4)" in info
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _free_nhs_number(db: Database) -> str:
    """The letters' usual number for the first person in a database, then others: one person, one number."""
    held = {p["nhs_number"] for p in Caseload(db).summaries()}
    candidates = itertools.chain(["9434765919"], map(nhs_number.from_test_range, itertools.count(1000)))
    return next(n for n in candidates if n not in held)


def make_journey(db: Database, *, consent: bool = True, closed: bool = False, **person: object) -> Journey:
    caseload = Caseload(db, actor="tester")
    with db.session() as session:
        practice = Practice(ods_code=f"A{uuid.uuid4().hex[:5]}", name="Millbrook Surgery", address="1 Mill Lane",
                            postcode="MB1 2AA", phone="01632 960000")
        worker = Worker(name="Gwenllïan Rhys", phone="01632 960002", email="g.rhys@example.nhs.uk")
        organisation = Organisation(name="Age Friendly Millbrook", phone="01632 960100")
        session.add_all([practice, worker, organisation])
        session.flush()
        service = Service(name="Tuesday Tea & Chat", organisation_id=organisation.id, contact_name="Małgorzata Nowak")
        place = Location(name="St Mary's Hall", address="12 Church Street", city="Millbrook", postcode="MB1 3CD",
                         how_to_get_there="Bus 7 to Church Street.")
        session.add_all([service, place])
        session.flush()
        session.add_all([ServiceLocation(service_id=service.id, location_id=place.id),
                         Schedule(service_id=service.id, byday="TU,TH", opens_at="10:00", closes_at="12:00")])
        practice_id, worker_id, service_id = practice.id, worker.id, str(service.id)
    fields = {"nhs_number": _free_nhs_number(db), "date_of_birth": date(1950, 3, 4), "phone": "07700 900456",
              "email": "sian@example.org", "address": "4 Bryn Road", "postcode": "MB1 4EF",
              "risk_note": "Dog at the house: RISK-NOTE-TEXT", "communication_needs": "Hard of hearing", **person}
    pid = caseload.add_person(given_name="Siân", family_name="Łukasiewicz-O'Brien", practice_id=practice_id,
                              consent_share_with_gp=consent, **fields).created_id
    eid = caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="gp", reasons=["loneliness", "debt"],
                         worker_id=worker_id, what_matters=f"Singing again. {NOTE}").created_id
    for status in ("contacted", "accepted", "what_matters", "planned", "connecting"):
        caseload.move_episode(eid, status)
    cid = caseload.connect(eid, service_id, note="Please meet her at the door.").created_id
    caseload.move_connection(cid, "requested")
    with db.session() as session:
        goal = PlanGoal(episode_id=uuid.UUID(eid), text="Join a choir")
        session.add(goal)
        session.flush()
        session.add(PlanAction(goal_id=goal.id, text="Ring the choir leader", due_date=date(2026, 12, 1)))
        for timepoint, when, life in (("baseline", datetime(2026, 11, 5, tzinfo=UTC), 3),
                                      ("review", datetime(2026, 12, 5, tzinfo=UTC), 5),
                                      ("closure", datetime(2027, 1, 5, tzinfo=UTC), 7)):
            session.add(MeasureResponse(episode_id=uuid.UUID(eid), instrument="ons4", timepoint=timepoint,
                                        taken_at=when, answers={"satisfied": life, "anxious": 9 - life}))
    if closed:
        caseload.move_episode(eid, "closed", closure_reason="goals_met")
    return Journey(pid, eid, cid, service_id)


@pytest.fixture
def journey(db: Database) -> Journey:
    return make_journey(db)


def test_referral_letter_shares_only_what_was_agreed(db: Database, journey: Journey, tmp_path: Path) -> None:
    letters = Letters(db, today=date(2026, 11, 22))
    text = _pdftotext(letters.referral_letter(journey.connection_id), tmp_path)
    for expected in ("Siân Łukasiewicz-O'Brien", "Dear Małgorzata Nowak", "07700 900456", "sian@example.org",
                     "4 Bryn Road", "Hard of hearing", "Singing again. " + NOTE, "Please meet her at the door.",
                     "Loneliness or isolation", "01632 960002", "Millbrook Surgery", "22 November 2026",
                     "St Mary's Hall"):
        assert expected in text, expected
    for private in ("943 476 5919", "4 March 1950", "RISK-NOTE-TEXT"):
        assert private not in text, private
    narrow = _pdftotext(letters.referral_letter(journey.connection_id, share=["date_of_birth"]), tmp_path)
    assert "4 March 1950" in narrow and "Siân Łukasiewicz-O'Brien" in narrow
    for withheld in ("07700 900456", "sian@example.org", "4 Bryn Road", "Singing again", "RISK-NOTE-TEXT"):
        assert withheld not in narrow, withheld


def test_referral_share_setting_and_its_validation(db: Database, journey: Journey, tmp_path: Path) -> None:
    letters = Letters(db)
    letters.set_referral_share(["phone", "nhs_number"])
    assert letters.referral_share() == {"phone", "nhs_number"}
    text = _pdftotext(letters.referral_letter(journey.connection_id), tmp_path)
    assert "943 476 5919" in text and "07700 900456" in text and "sian@example.org" not in text
    with pytest.raises(InvalidInput, match="risk_note cannot be shared"):
        letters.set_referral_share(["risk_note"])


def test_letterhead_setting_round_trips_with_a_logo(db: Database, journey: Journey, tmp_path: Path) -> None:
    from PIL import Image

    letters = Letters(db)
    assert letters.letterhead() == Letterhead()
    buffer = io.BytesIO()
    Image.new("RGB", (80, 40), (0, 94, 184)).save(buffer, "PNG")
    head = Letterhead(name="Millbrook PCN Social Prescribing", address="Unit 3\nMill Road", phone="01632 960999",
                      email="sp@example.nhs.uk", logo=buffer.getvalue())
    letters.set_letterhead(head)
    assert Letters(db).letterhead() == head
    assert json.loads(db.read_setting("letters.letterhead"))["name"] == head.name
    data = letters.plan_letter(journey.person_id)
    text = _pdftotext(data, tmp_path)
    assert "Millbrook PCN Social Prescribing" in text and "Unit 3, Mill Road" in text and "01632 960999" in text
    path = tmp_path / "logo.pdf"
    path.write_bytes(data)
    assert len(subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
               .splitlines()) == 3
    with pytest.raises(InvalidInput, match="PNG or JPEG"):
        letters.set_letterhead(Letterhead(name="x", logo=b"not a picture"))


def test_without_a_letterhead_the_practice_heads_the_letter(db: Database, journey: Journey, tmp_path: Path) -> None:
    text = _pdftotext(Letters(db).gp_letter(journey.person_id), tmp_path)
    assert text.startswith("Millbrook Surgery 1 Mill Lane, MB1 2AA Phone 01632 960000")


def test_plan_letter_has_goals_services_and_the_next_contact(db: Database, journey: Journey, tmp_path: Path) -> None:
    letters = Letters(db)
    text = _pdftotext(letters.plan_letter(journey.person_id), tmp_path)
    for expected in ("My plan", "Dear Siân", "Join a choir", "Ring the choir leader (by 1 December 2026)",
                     "Tuesday Tea & Chat", "Tuesday and Thursday, 10:00 to 12:00", "St Mary's Hall",
                     "Bus 7 to Church Street.", "Gwenllïan Rhys", "01632 960002", NOTE):
        assert expected in text, expected
    assert "RISK-NOTE-TEXT" not in text
    large = letters.plan_letter(journey.person_id, large_print=True)
    easy = letters.plan_letter(journey.person_id, easy_read=True)
    assert "Join a choir" in _pdftotext(large, tmp_path) and "Your goal: Join a choir" in _pdftotext(easy, tmp_path)
    assert _pages(large, tmp_path) >= _pages(letters.plan_letter(journey.person_id), tmp_path)


def test_gp_letter_and_summary_with_consent(db: Database, tmp_path: Path) -> None:
    journey = make_journey(db, closed=True)
    letters = Letters(db)
    summary = letters.gp_summary(journey.person_id)
    assert all(len(line) <= 72 for line in summary.splitlines()) and "\t" not in summary
    for expected in ("871731000000106 Referral to social prescribing service", "871691000000100",
                     "Reasons:     Loneliness or isolation, Debt or money worries", "Singing again.",
                     "- Join a choir (open)", "Tuesday Tea & Chat: referral, waiting for a reply",
                     "ONS4 personal wellbeing, baseline, 05-Nov-2026: Life satisfaction 3;",
                     "ONS4 personal wellbeing, closure, 05-Jan-2027: Life satisfaction 7;", "Reason: Goals met"):
        assert expected in summary, expected
    assert "Anxiety 6" in summary and "Anxiety 2" in summary
    assert "satisfied" not in summary and "anxious" not in summary  # scores in words, never an item's key
    assert "review" not in summary  # before and after only
    text = _pdftotext(letters.gp_letter(journey.person_id), tmp_path)
    assert "871731000000106" in text and "Singing again" in text and "Goals met" in text


def test_without_consent_the_gp_gets_codes_and_dates_only(db: Database, tmp_path: Path) -> None:
    journey = make_journey(db, consent=False, closed=True)
    letters = Letters(db)
    summary = letters.gp_summary(journey.person_id)
    assert "Codes and dates only" in summary and "871731000000106" in summary and "01-Nov-2026" in summary
    assert "Closed:" in summary
    text = _pdftotext(letters.gp_letter(journey.person_id), tmp_path)
    assert "871731000000106" in text and "943 476 5919" in text
    for detail in ("Singing", "Loneliness", "Tuesday Tea", "choir", "ONS4", "Goals met", "07700 900456",
                   "Hard of hearing", "RISK-NOTE-TEXT"):
        assert detail not in summary, detail
        assert detail not in text, detail


def test_every_letter_is_audited(db: Database, journey: Journey, tmp_path: Path) -> None:
    letters = Letters(db, actor="Ffion")
    letters.referral_letter(journey.connection_id)
    letters.gp_summary(journey.person_id)
    letters.write("plan", journey.person_id, tmp_path / "plan.pdf")
    letters.printed(letters.prepare("gp", journey.person_id))
    events = [e for e in Audit(db).events(person_id=journey.person_id) if e.actor == "Ffion"]
    assert [(e.action, e.detail) for e in events] == [
        ("export", "referral letter"), ("export", "GP summary"), ("export", "plan letter saved as PDF"),
        ("print", "gp letter")]
    assert Audit(db).verify().ok


def test_unknown_ids_and_people_without_referrals_are_sentences(db: Database) -> None:
    letters = Letters(db)
    with pytest.raises(NotFound, match="not a connection id"):
        letters.referral_letter("nope")
    with pytest.raises(NotFound, match="no person"):
        letters.gp_summary(str(uuid.uuid4()))
    pid = Caseload(db).add_person(given_name="Seán", family_name="Ó Briain").created_id
    with pytest.raises(InvalidInput, match="Seán Ó Briain has no referral yet"):
        letters.plan_letter(pid)
    with pytest.raises(InvalidInput, match="not a kind of letter"):
        letters.prepare("poem", pid)


def test_batch_into_one_pdf_or_one_file_each_and_cancel(db: Database, tmp_path: Path) -> None:
    people = [make_journey(db).person_id for _ in range(3)]
    letters = Letters(db)
    seen: list[tuple[int, int]] = []
    result = letters.batch("plan", people, tmp_path / "all.pdf", progress=lambda d, t: seen.append((d, t)) or True)
    assert result.files == [tmp_path / "all.pdf"] and result.letters == 3 and not result.cancelled
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert _pdftotext((tmp_path / "all.pdf").read_bytes(), tmp_path).count("My plan") == 3
    each = letters.batch("gp", people, tmp_path / "each", one_file=False)
    assert len(each.files) == 3 and all(p.exists() and p.parent == tmp_path / "each" for p in each.files)
    cancelled = letters.batch("gp", people, tmp_path / "cancelled", one_file=False, progress=lambda d, t: d < 2)
    assert cancelled.cancelled and cancelled.files == []
    assert list((tmp_path / "cancelled").glob("*.pdf")) == []
    assert not (tmp_path / "never.pdf").exists()
    letters.batch("plan", people, tmp_path / "never.pdf", progress=lambda d, t: False)
    assert not (tmp_path / "never.pdf").exists()


def test_who_a_batch_can_reach_and_deleted_connections(db: Database) -> None:
    first, second = make_journey(db), make_journey(db, consent=False)
    bare = Caseload(db).add_person(given_name="Seán", family_name="Ó Briain").created_id
    letters = Letters(db)
    services = {s.id: s for s in letters.open_services()}
    assert services[first.service_id].people == 1 and not services[first.service_id].unavailable
    assert letters.people_waiting_for(first.service_id) == [first.person_id]
    assert letters.with_referrals([bare, second.person_id, first.person_id]) == [second.person_id, first.person_id]
    assert letters.summarise_for_gp(second.person_id).codes_only
    assert not letters.summarise_for_gp(first.person_id).codes_only
    with db.session() as session:  # a deleted connection is gone from letters and batches
        session.get(Connection, uuid.UUID(first.connection_id)).deleted_at = clock.now()
    assert first.service_id not in {s.id for s in letters.open_services()}
    assert letters.people_waiting_for(first.service_id) == []
    assert "Tuesday Tea" not in letters.prepare("plan", first.person_id).html()
    with pytest.raises(InvalidInput, match="has been deleted"):
        letters.referral_letter(first.connection_id)


def _linkwell(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LINKWELL_PASSPHRASE": PASSPHRASE}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], env=env, capture_output=True, text=True, check=False,
                          timeout=120)


@pytest.mark.slow
def test_cli_letters_and_summary(db: Database, tmp_path: Path) -> None:
    journey = make_journey(db)
    refused = make_journey(db, consent=False)
    db.close()
    path = str(db.path)
    for args in (["referral", "--connection", journey.connection_id],
                 ["plan", "--person", journey.person_id, "--large-print"],
                 ["plan", "--person", journey.person_id, "--easy-read"], ["gp", "--person", journey.person_id]):
        out = tmp_path / f"{args[0]}-{len(args)}.pdf"
        done = _linkwell("letter", *args, "--out", str(out), "--db", path)
        assert done.returncode == 0, done.stderr
        assert "Siân" in _pdftotext(out.read_bytes(), tmp_path)
    summary = _linkwell("summary", "gp", "--person", journey.person_id, "--db", path)
    assert summary.returncode == 0 and "871731000000106" in summary.stdout
    assert max(len(line) for line in summary.stdout.splitlines()) <= 72
    codes_only = _linkwell("summary", "gp", "--person", refused.person_id, "--db", path)
    assert "Codes and dates only" in codes_only.stdout and "Singing" not in codes_only.stdout
    bad = _linkwell("letter", "referral", "--connection", "nope", "--out", str(tmp_path / "x.pdf"), "--db", path)
    assert bad.returncode == 1 and bad.stderr.startswith("linkwell: ") and len(bad.stderr.splitlines()) == 1
    share = _linkwell("letter", "referral", "--connection", journey.connection_id, "--share", "phone,risk_note",
                      "--out", str(tmp_path / "y.pdf"), "--db", path)
    assert share.returncode == 1 and "risk_note cannot be shared" in share.stderr


def test_each_letter_for_demo_people_reads_back(demo_db: Database, tmp_path: Path) -> None:
    caseload = Caseload(demo_db)
    letters = Letters(demo_db)
    people = caseload.summaries()
    connected, episode = next((p, e) for p in people if p["status"] in ("connecting", "review")
                              for e in caseload.person_detail(p["id"])["episodes"][-1:]
                              if e["connections"])
    name = f"{connected['given_name']} {connected['family_name']}"
    for data in (letters.referral_letter(episode["connections"][0]["id"]), letters.plan_letter(connected["id"]),
                 letters.plan_letter(connected["id"], easy_read=True), letters.gp_letter(connected["id"])):
        assert 1 <= _pages(data, tmp_path) <= 3
        assert connected["given_name"] in _pdftotext(data, tmp_path)
    assert name in _pdftotext(letters.referral_letter(episode["connections"][0]["id"]), tmp_path)
    for person in people:
        if person["status"] is None:
            continue
        summary = letters.gp_summary(person["id"])
        assert max(len(line) for line in summary.splitlines()) <= 72 and "\t" not in summary
        assert "Social prescribing summary" in summary


def _png_1x1() -> bytes:
    """A one-pixel PNG, made here: chunk by chunk, as the format says."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1x1, 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x2a\x6f\x97"))
            + chunk(b"IEND", b""))


def test_saving_the_letterhead_reads_the_logo_keeps_it_or_says_why_not(db: Database, tmp_path: Path) -> None:
    letters = Letters(db)
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png_1x1())
    head = Letterhead("Canolfan Iechyd Llanfair & Co", "", "01632 960999", "")
    letters.save_letterhead(head, ["phone"], logo_file=logo)
    assert letters.letterhead().logo == logo.read_bytes() and letters.referral_share() == {"phone"}
    letters.save_letterhead(head, [], keep_logo=True)
    assert letters.letterhead().logo == logo.read_bytes() and letters.referral_share() == frozenset()
    with pytest.raises(InvalidInput, match="The logo gone.png could not be read"):
        letters.save_letterhead(head, ["phone"], logo_file=tmp_path / "gone.png")
    assert letters.referral_share() == frozenset()  # nothing half-saved
    letters.save_letterhead(head, [])
    assert letters.letterhead().logo is None
