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
