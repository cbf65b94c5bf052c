from __future__ import annotations

from datetime import date

import pytest

from app.services.caseload.facade import Caseload
from app.services.caseload.matching import find_matches, fold
from app.storage.database import Database


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    caseload = Caseload(db)
    add = lambda g, f, **kw: caseload.add_person(given_name=g, family_name=f, **kw).created_id  # noqa: E731
    return {
        "lukasz": add("Łukasz", "O'Brien", date_of_birth=date(1970, 1, 2), nhs_number="9434765919"),
        "twin": add("Lucas", "O'Brien", date_of_birth=date(1970, 1, 2), nhs_number="4010232137"),
        "sian": add("Siân", "Evans-Price", date_of_birth=date(1948, 7, 9)),
        "other": add("Siân", "Evans-Price", date_of_birth=date(1990, 7, 9)),
    }


def test_fold_handles_welsh_polish_irish_and_apostrophes() -> None:
    assert fold("Łukasz O’Brien") == "lukasz o brien"
    assert fold("  Siân   Evans-Price ") == "sian evans price"
    assert fold("Seán Ó Súilleabháin") == "sean o suilleabhain"


def test_same_nhs_number_matches_whatever_the_name(db: Database, people: dict[str, str]) -> None:
    matches = find_matches(db, nhs_number="943 476 5919", given_name="Someone", family_name="Else")
    assert [(m.person_id, m.score, m.reason) for m in matches] == [(people["lukasz"], 100, "Same NHS number.")]


def test_name_and_date_of_birth_with_typos_and_folding(db: Database, people: dict[str, str]) -> None:
    matches = find_matches(db, given_name="Sian", family_name="Evans Pryce", date_of_birth=date(1948, 7, 9))
    assert [m.person_id for m in matches] == [people["sian"]]
    assert "Same date of birth" in matches[0].reason


def test_different_nhs_numbers_are_different_people(db: Database, people: dict[str, str]) -> None:
    matches = find_matches(db, nhs_number="4010232137", given_name="Lukasz", family_name="O Brien",
                           date_of_birth=date(1970, 1, 2))
    assert [m.person_id for m in matches] == [people["twin"]]  # same number; Łukasz has another


def test_no_match_without_number_or_birth_date(db: Database, people: dict[str, str]) -> None:
    assert find_matches(db, given_name="Siân", family_name="Evans-Price") == []
    assert find_matches(db, nhs_number="123", given_name="Siân", family_name="Evans-Price") == []


def test_spacing_and_apostrophes_in_surnames_do_not_hide_a_match(db: Database, people: dict[str, str]) -> None:
    for family in ("OBrien", "O Brien", "O'Brien", "O’Brien"):
        matches = find_matches(db, given_name="Lukasz", family_name=family, date_of_birth=date(1970, 1, 2))
        assert people["lukasz"] in [m.person_id for m in matches], family
    assert find_matches(db, given_name="Margaret", family_name="Thompson", date_of_birth=date(1970, 1, 2)) == []


# --- phone and postcode, and the duplicates worklist (issue 16 item 1; issue 18 item 12) -------------


def test_capture_without_birth_date_is_found_by_name_and_phone(db: Database) -> None:
    """A waiting-room capture (no date of birth) and a later intake with the same name and phone: caught."""
    caseload = Caseload(db)
    tom = caseload.add_person(given_name="Tom", family_name="Hughes", phone="07700 900123").created_id
    matches = find_matches(db, given_name="Tom", family_name="Hughes", date_of_birth=date(1961, 3, 4),
                           phone="+44 7700 900123")
    assert [m.person_id for m in matches] == [tom]
    assert "phone" in matches[0].reason and "no date of birth" in matches[0].reason
    assert find_matches(db, given_name="Tom", family_name="Hughes", phone="07700 900999") == []


def test_postcode_alone_with_no_birth_date_and_both_with_dates_that_differ(db: Database) -> None:
    caseload = Caseload(db)
    add = caseload.add_person
    gwen = add(given_name="Gwenllian", family_name="Prŵs", postcode="ll55 4ty").created_id
    found = find_matches(db, given_name="Gwenllian", family_name="Prws", postcode="LL55 4TY")
    assert [m.person_id for m in found] == [gwen]
    ola = add(given_name="Ola", family_name="Michałowska", date_of_birth=date(1980, 5, 6), phone="0161 496 0000",
              postcode="M1 1AA").created_id
    # Dates of birth that differ: only phone and postcode together still point at one person.
    assert find_matches(db, given_name="Ola", family_name="Michalowska", date_of_birth=date(1980, 6, 5),
                        postcode="M1 1AA") == []
    both = find_matches(db, given_name="Ola", family_name="Michalowska", date_of_birth=date(1980, 6, 5),
                        postcode="m11aa", phone="01614960000")
    assert [m.person_id for m in both] == [ola] and "dates of birth differ" in both[0].reason


def test_duplicate_pairs_over_the_caseload(db: Database) -> None:
    from app.services.caseload.matching import duplicate_pairs

    caseload = Caseload(db)
    add = lambda g, f, **kw: caseload.add_person(given_name=g, family_name=f, **kw).created_id  # noqa: E731
    a = add("Siân <&>", "Ŵyn 🌿", date_of_birth=date(1950, 1, 1))
    b = add("Sian <&>", "Wyn 🌿", date_of_birth=date(1950, 1, 1))
    c = add("Łucja", "Żak", phone="07700 900555")
    d = add("Lucja", "Zak", phone="07700900555", date_of_birth=date(1990, 2, 2))
    add("Łucja", "Żak", phone="07700 900666")  # another phone, no birth date: not a pair with either
    add("Lucas", "Zak", date_of_birth=date(1950, 1, 1))  # shares a birthday only
    pairs = {frozenset(p.people): p for p in duplicate_pairs(db)}
    assert set(pairs) == {frozenset({a, b}), frozenset({c, d})}
    assert "Same date of birth" in pairs[frozenset({a, b})].why
    assert "phone" in pairs[frozenset({c, d})].why
    assert pairs[frozenset({a, b})].as_json()["people"] in ([a, b], [b, a])
