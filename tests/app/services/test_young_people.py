"""Young people (issue 16 item 2): under 18 from the date of birth, guardians with their relationship and
parental responsibility, school, who may be contacted, to whom letters go, and turning 18 during a referral."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app import clock
from app.core import Linkwell
from app.errors import InvalidInput
from app.services.caseload.young_people import birthday, is_young

TODAY = date(2026, 12, 4)


def _young(core: Linkwell, born: date, **fields: object) -> str:
    pid = core.caseload.add_person(given_name="Nia <&>", family_name="Ŵilliams-Łoś 🎒", date_of_birth=born,
                                   **fields).created_id
    assert pid
    return pid


def test_under_18_from_the_date_of_birth() -> None:
    assert is_young(date(2009, 12, 5), TODAY)  # 18 tomorrow
    assert not is_young(date(2008, 12, 4), TODAY)  # 18 today
    assert not is_young(None, TODAY)
    assert birthday(date(2008, 2, 29), 18) == date(2026, 3, 1)


def test_guardians_school_and_who_may_be_contacted(core: Linkwell) -> None:
    with clock.pinned(datetime(2026, 12, 4, 10, tzinfo=UTC)):
        pid = _young(core, date(2010, 6, 1))
        mum = core.young_people.add_guardian(pid, name="Rhian Williams & co <b>", relationship="mother",
                                             parental_responsibility=True, phone="07700 900777").created_id
        core.young_people.add_guardian(pid, name="Grandad Łukasz 🧓", relationship="grandparent", may_contact=False)
        core.young_people.set_details(pid, school="Ysgol Gyfun Ŵy <&>", contact_directly=False, letters_to="both")
        young = core.young_people.view(pid)
    assert young.young and young.age == 16 and young.badge == "Young person, 16"
    assert (young.school, young.contact_directly, young.letters_to) == ("Ysgol Gyfun Ŵy <&>", False, "both")
    lines = [g.line for g in young.guardians]
    assert lines[0] == "Rhian Williams & co <b> (mother), has parental responsibility, may be contacted, 07700 900777"
    assert lines[1] == "Grandad Łukasz 🧓 (grandparent), no parental responsibility, do not contact"
    assert mum is not None
    core.young_people.update_guardian(mum, parental_responsibility=False)
    assert not core.young_people.view(pid).guardians[0].parental_responsibility
    trail = [e.detail for e in core.audit.events(person_id=pid)]
    assert "added a parent or guardian" in trail and "changed a parent or guardian's details" in trail
    assert core.audit.verify().ok


def test_wrong_choices_are_refused_in_words(core: Linkwell) -> None:
    pid = _young(core, date(2012, 1, 1))
    with pytest.raises(InvalidInput, match="before sending letters to them"):
        core.young_people.set_details(pid, letters_to="guardian")
    with pytest.raises(InvalidInput, match="needs a name"):
        core.young_people.add_guardian(pid, name="  ")
    with pytest.raises(InvalidInput, match="not a relationship"):
        core.young_people.add_guardian(pid, name="Ann", relationship="uncle-ish")
    gid = core.young_people.add_guardian(pid, name="Ann", relationship="foster_carer").created_id
    assert gid
    core.young_people.set_details(pid, letters_to="guardian")
    core.young_people.remove_guardian(gid)
    assert core.young_people.view(pid).letters_to == "person"  # no one left to write to


def test_turning_18_during_a_referral_is_told(core: Linkwell) -> None:
    with clock.pinned(datetime(2026, 12, 4, 10, tzinfo=UTC)):
        soon = _young(core, date(2009, 2, 10))
        core.caseload.refer(soon, referral_date=date(2026, 11, 1), referral_source="self",
                            reasons=["loneliness"])
        turned = _young(core, date(2008, 11, 20))
        core.caseload.refer(turned, referral_date=date(2026, 10, 1), referral_source="self", reasons=["loneliness"])
        adult = _young(core, date(1990, 1, 1))
        core.caseload.refer(adult, referral_date=date(2026, 10, 1), referral_source="self", reasons=["loneliness"])
        views = {p: core.young_people.view(p) for p in (soon, turned, adult)}
    assert views[soon].turning_18.startswith("Turns 18 on 10-Feb-2027, during the open referral of 01-Nov-2026")
    assert views[turned].turning_18 == "Turned 18 on 20-Nov-2026, during the referral of 01-Oct-2026."
    assert not views[turned].young and views[turned].badge == ""
    assert views[adult].turning_18 == ""


def test_guardians_move_with_a_merge(core: Linkwell) -> None:
    a = _young(core, date(2011, 3, 3))
    b = _young(core, date(2011, 3, 3))
    core.young_people.add_guardian(b, name="Sam", relationship="father", parental_responsibility=True)
    core.caseload.merge_people(a, b)
    assert [g.name for g in core.young_people.view(a).guardians] == ["Sam"]


# --- letters and the GP summary for a young person -----------------------------------------------


def _pdftotext(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_plan_letter_goes_to_the_chosen_addressee_and_the_gp_summary_has_the_age_band(
        core: Linkwell, tmp_path: Path) -> None:
    with clock.pinned(datetime(2026, 12, 4, 10, tzinfo=UTC)):
        pid = core.caseload.add_person(given_name="Nia", family_name="Łoś", date_of_birth=date(2011, 6, 1),
                                       consent_share_with_gp=True).created_id
        assert pid
        core.caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="self", reasons=["loneliness"])
        core.young_people.add_guardian(pid, name="Rhian Ŵ <&>", relationship="mother", parental_responsibility=True)
        core.young_people.add_guardian(pid, name="Aled Łoś", relationship="father", may_contact=False)
        letters = core.letters
        to_nia = _pdftotext(letters.plan_letter(pid), tmp_path)
        core.young_people.set_details(pid, letters_to="guardian")
        to_mum = _pdftotext(letters.plan_letter(pid), tmp_path)
        core.young_people.set_details(pid, letters_to="both")
        to_both = _pdftotext(letters.plan_letter(pid), tmp_path)
        summary = letters.gp_summary(pid)
    assert "Dear Nia," in to_nia and "Rhian" not in to_nia
    assert "Dear Rhian Ŵ <&>," in to_mum and "Aled" not in to_mum  # the father may not be contacted
    assert "Nia and Rhian Ŵ <&>" in to_both and "Dear Nia and Rhian Ŵ <&>," in to_both
    assert "Age band:    Under 16" in summary  # fields aligned
    assert "Rhian Ŵ <&> (mother, parental responsibility)" in summary and "Aled Łoś (father)" in summary


def test_an_adults_letters_and_summary_are_as_before(core: Linkwell, tmp_path: Path) -> None:
    pid = core.caseload.add_person(given_name="Ann", family_name="Shaw", date_of_birth=date(1950, 1, 1)).created_id
    assert pid
    core.caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="self", reasons=["loneliness"])
    assert "Dear Ann," in _pdftotext(core.letters.plan_letter(pid), tmp_path)
    summary = core.letters.gp_summary(pid)
    assert "Age band" not in summary and "Parent or guardian" not in summary


def test_an_18th_birthday_far_ahead_is_not_told_yet(core: Linkwell) -> None:
    with clock.pinned(datetime(2026, 12, 4, 10, tzinfo=UTC)):
        pid = _young(core, date(2010, 6, 1))  # 18 in June 2028
        core.caseload.refer(pid, referral_date=date(2026, 11, 1), referral_source="self", reasons=["loneliness"])
        assert core.young_people.view(pid).turning_18 == ""
