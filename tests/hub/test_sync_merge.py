"""A merge made on one laptop reaches the team (issue 16 item 1): the record merged away arrives as a marker
naming the kept one, its referral arrives moved, and the other laptop's caseload shows one person."""

from __future__ import annotations

from datetime import date

from app.core import Linkwell
from app.sync import engine
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn, rows, snapshot


def test_a_merge_on_one_laptop_is_one_person_on_the_other(hub: Hub, laptop: Laptop) -> None:
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    core = Linkwell(ann)
    add = core.caseload.add_person
    kept = add(given_name="Ffion <&>", family_name="Łąka 🌾", date_of_birth=date(1969, 2, 3)).created_id
    other = add(given_name="Ffion <&>", family_name="Laka 🌾", date_of_birth=date(1969, 2, 3),
                nhs_number="9434765919").created_id
    assert kept and other
    episode = core.caseload.refer(other, referral_date=date(2026, 11, 2), referral_source="gp",
                                  reasons=["loneliness"]).created_id
    engine.sync_now(ann)
    engine.sync_now(bob)
    assert {p["id"] for p in Linkwell(bob).caseload.summaries()} == {kept, other}
    core.caseload.merge_people(kept, other)
    engine.sync_now(ann)
    engine.sync_now(bob)
    there = Linkwell(bob)
    assert [p["id"] for p in there.caseload.summaries()] == [kept]
    detail = there.caseload.person_detail(kept)
    assert [e["id"] for e in detail["episodes"]] == [episode] and detail["nhs_number"] == "9434765919"
    assert rows(bob, "SELECT merged_into FROM person WHERE id = ?", other.replace("-", "")) == \
        [(kept.replace("-", ""),)]
    assert there.caseload.duplicates() == []
    assert snapshot(ann) == snapshot(bob)


def test_a_young_persons_guardian_and_school_reach_the_team(hub: Hub, laptop: Laptop) -> None:
    """guardian is a shared table (migration 0014) and person's new columns are captured."""
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    core = Linkwell(ann)
    pid = core.caseload.add_person(given_name="Nia", family_name="Łoś", date_of_birth=date(2011, 5, 5)).created_id
    assert pid
    core.young_people.add_guardian(pid, name="Rhian <&> Ŵ", relationship="mother", parental_responsibility=True)
    core.young_people.set_details(pid, school="Ysgol 🏫", letters_to="both")
    engine.sync_now(ann)
    engine.sync_now(bob)
    there = Linkwell(bob).young_people.view(pid)
    assert [(g.name, g.parental_responsibility) for g in there.guardians] == [("Rhian <&> Ŵ", True)]
    assert (there.school, there.letters_to) == ("Ysgol 🏫", "both")


def test_a_safeguarding_concern_reaches_the_team(hub: Hub, laptop: Laptop) -> None:
    """safeguarding is a shared table (migration 0016): a colleague's laptop shows the banner too."""
    pcn = new_pcn(hub)
    ann, bob = laptop(pcn, "ann"), laptop(pcn, "bob")
    core = Linkwell(ann)
    pid = core.caseload.add_person(given_name="Gwên", family_name="Łazarz").created_id
    assert pid
    core.safeguarding.add(pid, category="neglect", raised_with="practice_lead", note="<&> 🙂")
    engine.sync_now(ann)
    engine.sync_now(bob)
    assert Linkwell(bob).safeguarding.banner(pid) == "Open safeguarding concern: Neglect or acts of omission."
