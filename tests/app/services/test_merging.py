"""Two records of one person merged into one, undone, and the trail that says so (issue 16 item 1)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.cli import main
from app.core import Linkwell
from app.domain.models import Service
from app.errors import InvalidInput
from app.storage.database import Database

KEPT = {"given_name": "Siân <b>&amp;", "family_name": "Ŵynne-Łódź 🌿", "date_of_birth": date(1950, 3, 9),
        "phone": "07700 900123"}
OTHER = {"given_name": "Sian <b>&amp;", "family_name": "Wynne Lodz 🌿", "date_of_birth": date(1950, 3, 9),
         "postcode": "LL55 4TY", "nhs_number": "9434765919", "email": "sian@example.org"}
ONS4 = {"satisfied": 4, "worthwhile": 5, "happy": 3, "anxious": 8}


def _full(core: Linkwell, service: str, person: dict, referred: date) -> tuple[str, str]:
    """A person with a referral, a contact, a connection, a measure, a plan goal and action, and an unmet need."""
    caseload = core.caseload
    pid = caseload.add_person(**person).created_id
    assert pid is not None
    eid = caseload.refer(pid, referral_date=referred, referral_source="gp", reasons=["loneliness"]).created_id
    assert eid is not None
    day = datetime(referred.year, referred.month, referred.day + 1, 10, tzinfo=UTC)
    caseload.add_contact(eid, kind="phone", contact_at=day, notes="Rang 🙂 & <ok>")
    caseload.connect(eid, service)
    core.measures.record(eid, "ons4", "baseline", ONS4, taken_at=day)
    goal = core.plans.add_goal(eid, text="Walk to the café").created_id
    assert goal is not None
    core.plans.add_action(goal, text="Ask about the group")
    core.directory.record_unmet_need("transport", person_id=pid, note="No bus on Sundays")
    return pid, eid


@pytest.fixture
def pair(core: Linkwell, db: Database) -> tuple[str, str, str, str]:
    with db.session() as session:
        service = Service(name="Tea & Chat")
        session.add(service)
    kept, kept_episode = _full(core, str(service.id), KEPT, date(2026, 7, 1))
    other, other_episode = _full(core, str(service.id), OTHER, date(2026, 8, 1))
    return kept, other, kept_episode, other_episode


def _counts(db: Database, person_id: str) -> dict[str, int]:
    key = person_id.replace("-", "")
    with db.connect() as con:
        return {
            "episodes": con.execute("SELECT count(*) FROM episode WHERE person_id = ?", (key,)).fetchone()[0],
            "contacts": con.execute("SELECT count(*) FROM contact c JOIN episode e ON e.id = c.episode_id "
                                    "WHERE e.person_id = ?", (key,)).fetchone()[0],
            "connections": con.execute("SELECT count(*) FROM connection c JOIN episode e ON e.id = c.episode_id "
                                       "WHERE e.person_id = ?", (key,)).fetchone()[0],
            "measures": con.execute("SELECT count(*) FROM measureresponse m JOIN episode e ON e.id = m.episode_id "
                                    "WHERE e.person_id = ?", (key,)).fetchone()[0],
            "actions": con.execute("SELECT count(*) FROM planaction a JOIN plangoal g ON g.id = a.goal_id "
                                   "JOIN episode e ON e.id = g.episode_id WHERE e.person_id = ?", (key,)).fetchone()[0],
            "needs": con.execute("SELECT count(*) FROM unmetneed WHERE person_id = ?", (key,)).fetchone()[0],
        }


def test_the_pair_is_found_and_compared_field_by_field(core: Linkwell, pair: tuple[str, str, str, str]) -> None:
    kept, other, *_ = pair
    found = [p for p in core.caseload.duplicates() if set(p.people) == {kept, other}]
    assert len(found) == 1 and "Same date of birth" in found[0].why
    comparison = core.caseload.compare(kept, other)
    differ = {d.field: d for d in comparison.differences}
    assert set(differ) == {"given_name", "family_name", "nhs_number", "phone", "email", "postcode"}
    assert differ["nhs_number"].kept == "not recorded" and differ["nhs_number"].other == "943 476 5919"
    assert differ["nhs_number"].default == "other"  # the kept record has none: nothing is lost by default
    assert differ["given_name"].default == "kept"
    assert ("Date of birth", "09-Mar-1950") in comparison.same
    assert (comparison.kept.referrals, comparison.other.referrals) == (1, 1)


def test_merge_moves_everything_and_is_audited(core: Linkwell, db: Database, pair: tuple[str, str, str, str]) -> None:
    kept, other, _, other_episode = pair
    before = {k: a + b for (k, a), b in zip(_counts(db, kept).items(), _counts(db, other).values(), strict=True)}
    merged = core.caseload.merge_people(kept, other, {"postcode": "kept", "family_name": "other"})
    assert merged.person_ids == {kept, other} and merged.caseload and merged.undo is not None
    assert _counts(db, kept) == before and set(_counts(db, other).values()) == {0}
    detail = core.caseload.person_detail(kept)
    assert (detail["given_name"], detail["family_name"]) == (KEPT["given_name"], OTHER["family_name"])
    assert detail["nhs_number"] == "9434765919" and detail["postcode"] == ""  # postcode: the kept one's (none)
    assert other_episode in [e["id"] for e in detail["episodes"]]
    assert other not in [p["id"] for p in core.caseload.summaries()]
    assert core.caseload_list.count() == 1
    assert [h for h in core.find.search("Wynne") if h.person_id == other] == []
    assert not [p for p in core.caseload.duplicates() if other in p.people]
    with pytest.raises(InvalidInput, match="merged into another already"):
        core.caseload.merge_people(kept, other)
    # The trail: both records say what was merged from what, the kept record's trail holds the other's
    # events, and the chain verifies.
    trail = [e.detail for e in core.audit.events(person_id=kept)]
    assert any(d.startswith("merged in the record of Sian <b>&amp; Wynne Lodz 🌿, born 09-Mar-1950, "
                            "NHS number 943 476 5919") for d in trail)
    assert any(d.startswith("merged into the record of Siân <b>&amp; Wynne Lodz 🌿") for d in trail)  # as kept
    assert "added a referral (gp)" in [e.detail for e in core.audit.events(person_id=other)]
    assert core.audit.verify().ok, core.audit.verify().problems


def test_a_merge_undone_puts_everything_back(core: Linkwell, db: Database, pair: tuple[str, str, str, str]) -> None:
    kept, other, *_ = pair
    kept_before, other_before = _counts(db, kept), _counts(db, other)
    merged = core.caseload.merge_people(kept, other)
    assert merged.undo is not None
    changes = core.caseload.undo_merge(merged.undo)
    assert changes.person_ids == {kept, other}
    assert (_counts(db, kept), _counts(db, other)) == (kept_before, other_before)
    assert core.caseload.person_detail(kept)["nhs_number"] is None
    assert core.caseload.person_detail(other)["nhs_number"] == "9434765919"
    assert {kept, other} <= {p["id"] for p in core.caseload.summaries()}
    with pytest.raises(InvalidInput, match="already been undone"):
        core.caseload.undo_merge(merged.undo)
    trail = [e.detail for e in core.audit.events(person_id=kept)]
    assert any(d.startswith("merged in the record of") for d in trail)  # the merge is still told
    assert any(d.startswith("undid the merge of Sian") for d in trail)
    assert core.audit.verify().ok


def test_merged_record_syncs_as_a_change_of_person(core: Linkwell, db: Database,
                                                   pair: tuple[str, str, str, str]) -> None:
    """The marker and each moved referral are captured for team sync (when capture is on)."""
    kept, other, _, other_episode = pair
    with db.connect() as con:
        con.execute("UPDATE sync_state SET capturing = 1")
        con.commit()
    core.caseload.merge_people(kept, other)
    with db.connect() as con:
        rows = con.execute("SELECT entity_table, entity_id, row_json, tombstone FROM sync_outbox").fetchall()
    person = [json.loads(r[2]) for r in rows if r[0] == "person" and r[1] == other.replace("-", "")]
    assert person and person[-1]["merged_into"] == kept.replace("-", "") and person[-1]["nhs_number"] is None
    episode = [json.loads(r[2]) for r in rows if r[0] == "episode" and r[1] == other_episode.replace("-", "")]
    assert episode and episode[-1]["person_id"] == kept.replace("-", "")


def test_merge_refuses_what_it_cannot_do(core: Linkwell, pair: tuple[str, str, str, str]) -> None:
    kept, other, *_ = pair
    with pytest.raises(InvalidInput, match="two different records"):
        core.caseload.merge_people(kept, kept)
    with pytest.raises(InvalidInput, match="cannot be chosen"):
        core.caseload.merge_people(kept, other, {"shoe_size": "other"})
    with pytest.raises(InvalidInput, match="'kept' or 'other'"):
        core.caseload.merge_people(kept, other, {"phone": "mine"})


def test_command_line_duplicates_and_merge(core: Linkwell, db: Database, pair: tuple[str, str, str, str],
                                           capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    kept, other, *_ = pair
    path = Path(db.path)
    monkeypatch.setattr("app.cli._open", lambda _path: db)
    assert main(["person", "duplicates", "--db", str(path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert isinstance(listed, list) and all(set(p) >= {"people", "why"} and len(p["people"]) == 2 for p in listed)
    assert [set(p["people"]) for p in listed] == [{kept, other}]
    assert main(["person", "merge", kept, other, "--db", str(path), "--take", "postcode=other",
                 "--take", "phone=kept", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["id"] == kept and shown["postcode"] == "LL55 4TY" and shown["phone"] == "07700 900123"
    assert len(shown["episodes"]) == 2
    assert main(["person", "duplicates", "--db", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_erasing_the_kept_person_erases_the_record_merged_into_them(core: Linkwell, db: Database,
                                                                   pair: tuple[str, str, str, str]) -> None:
    kept, other, *_ = pair
    core.caseload.merge_people(kept, other)
    core.privacy.erase(kept)
    with db.connect() as con:
        left = con.execute("SELECT count(*) FROM person WHERE id IN (?, ?)",
                           (kept.replace("-", ""), other.replace("-", ""))).fetchone()[0]
        named = con.execute("SELECT count(*) FROM auditevent WHERE person_id IN (?, ?)",
                            (kept.replace("-", ""), other.replace("-", ""))).fetchone()[0]
    assert (left, named) == (0, 0)
    assert core.audit.verify().ok, core.audit.verify().problems


def test_codes_are_compared_in_words(core: Linkwell) -> None:
    a = core.caseload.add_person(given_name="Ola", family_name="Nowak", date_of_birth=date(1990, 1, 1),
                                 ethnicity="C", sex="female").created_id
    b = core.caseload.add_person(given_name="Ola", family_name="Nowak", date_of_birth=date(1990, 1, 1),
                                 ethnicity="Z").created_id
    assert a and b
    differ = {d.field: d for d in core.caseload.compare(a, b).differences}
    assert (differ["ethnicity"].kept, differ["ethnicity"].other) == ("Any other White background", "Not stated")
    assert (differ["sex"].kept, differ["sex"].other) == ("Female", "not recorded")


def test_two_people_with_referrals_measures_and_letters_printed_merge_into_one(
        core: Linkwell, db: Database, pair: tuple[str, str, str, str]) -> None:
    """Issue 16's "done when": both have referrals and measures, and each had a letter printed."""
    kept, other, *_ = pair
    for pid in (kept, other):
        core.letters.printed(core.letters.prepare("plan", pid))
    merged = core.caseload.merge_people(kept, other)
    assert merged.undo is not None
    trail = core.audit.events(person_id=kept)
    printed = [e for e in trail if e.action == "print"]
    assert {str(e.person_id) for e in printed} == {kept, other}  # the other's print reads with the kept person
    assert len(core.measures.for_person(kept)) == 2 and core.measures.for_person(other) == []
    assert len(core.caseload.person_detail(kept)["episodes"]) == 2
    # A letter for the kept person now covers the moved referral too: it is the latest.
    assert "Walk to the café" in core.letters.plan_context(kept).goals[0].text
    assert core.audit.verify().ok


def test_subject_access_holds_merged_records_guardians_and_safeguarding(core: Linkwell,
                                                                       pair: tuple[str, str, str, str]) -> None:
    kept, other, *_ = pair
    core.young_people.add_guardian(other, name="Rhian <&>", relationship="mother")
    core.safeguarding.add(other, category="neglect", note="Cold house ❄")
    core.caseload.merge_people(kept, other)
    data = core.privacy.subject_access(kept)
    assert [r["id"] for r in data["records_merged_in"]] == [other]
    assert [g["name"] for g in data["parents_and_guardians"]] == ["Rhian <&>"]
    assert [s["note"] for s in data["safeguarding"]] == ["Cold house ❄"]
    assert any(e["detail"] == "added a referral (gp)" and e["person_id"] == other for e in data["access_log"])


def test_a_merge_is_undone_later_in_a_fresh_process(core: Linkwell, db: Database,
                                                    pair: tuple[str, str, str, str]) -> None:
    """Issue 16: two people with referrals, measures and letters printed are merged; the window closes (the
    ``MergeUndo`` it held is gone), and later a new process undoes the merge from the command line."""
    import os
    import subprocess
    import sys
    import uuid

    from app.domain.models import Person
    from tests.conftest import PASSPHRASE

    kept, other, kept_episode, other_episode = pair
    for pid in (kept, other):
        core.letters.printed(core.letters.prepare("plan", pid))
    kept_before, other_before = _counts(db, kept), _counts(db, other)
    core.caseload.merge_people(kept, other, {"family_name": "other", "phone": "other"})
    with db.session() as session:  # edited after the merge: the undo leaves it
        person = session.get(Person, uuid.UUID(kept))
        assert person is not None
        person.phone = "01286 000000"
        session.add(person)
    db.close()
    env = dict(os.environ, LINKWELL_PASSPHRASE=PASSPHRASE)
    done = subprocess.run([sys.executable, "-m", "app.cli", "person", "unmerge", other, "--db", str(db.path),
                           "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"people": sorted([kept, other])}
    again = subprocess.run([sys.executable, "-m", "app.cli", "person", "unmerge", kept, "--db", str(db.path)],
                           env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode != 0 and "no merge to undo" in again.stderr
    fresh = Linkwell(db)  # a new core over the file the other process changed
    assert (_counts(db, kept), _counts(db, other)) == (kept_before, other_before)
    assert len(fresh.measures.for_person(kept)) == 1 and len(fresh.measures.for_person(other)) == 1
    shown = fresh.caseload.person_detail(kept)
    assert [e["id"] for e in shown["episodes"]] == [kept_episode]
    assert (shown["family_name"], shown["phone"], shown["nhs_number"]) == (KEPT["family_name"], "01286 000000",
                                                                            None)
    assert fresh.caseload.person_detail(other)["nhs_number"] == "9434765919"
    assert [e["id"] for e in fresh.caseload.person_detail(other)["episodes"]] == [other_episode]
    assert {kept, other} <= {p["id"] for p in fresh.caseload.summaries()}
    for pid, name in ((kept, "Sian"), (other, "Siân")):
        trail = fresh.audit.events(person_id=pid)
        assert any(e.action == "print" and str(e.person_id) == pid for e in trail)
        assert any(e.detail.startswith("undid the merge") and name in e.detail for e in trail)
    assert fresh.audit.verify().ok, fresh.audit.verify().problems


def test_a_merge_kept_for_later_undo_goes_when_a_person_is_erased(core: Linkwell, db: Database,
                                                                  pair: tuple[str, str, str, str]) -> None:
    """What undoing needs holds the kept record's old values: it goes with the person."""
    kept, other, *_ = pair
    core.caseload.merge_people(kept, other)
    core.privacy.erase(kept)
    with db.connect() as con:
        assert con.execute("SELECT count(*) FROM personmerge").fetchone()[0] == 0


def test_a_merge_undone_in_the_window_cannot_be_undone_again_later(core: Linkwell,
                                                                   pair: tuple[str, str, str, str]) -> None:
    kept, other, *_ = pair
    merged = core.caseload.merge_people(kept, other)
    assert merged.undo is not None and merged.undo.merge_id
    core.caseload.undo_merge(merged.undo)
    with pytest.raises(InvalidInput, match="no merge to undo"):
        core.caseload.unmerge(kept)
    core.caseload.merge_people(kept, other)  # merged again: this merge is the one undone later
    assert core.caseload.unmerge(other).person_ids == {kept, other}
    assert {kept, other} <= {p["id"] for p in core.caseload.summaries()}
