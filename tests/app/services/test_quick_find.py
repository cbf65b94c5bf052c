"""Quick find by name (typos, accents, as you type), NHS number and date of birth."""

from __future__ import annotations

from datetime import date

import uuid

import pytest

from app.domain.models import Person
from app.services.caseload.facade import Caseload
from app.services.caseload.quick_find import QuickFind, parse_date
from app.storage.database import Database

PEOPLE = [  # given, family, born, nhs
    ("Łukasz", "Wiśniewski", date(1980, 5, 17), "9434765919"),
    ("Siân", "O'Brien", date(1948, 3, 2), None),
    ("Tomasz", "Kowalski", date(1990, 7, 15), "9434765870"),
    ("Tom", "Smith", date(1990, 7, 15), None),
    ("Amara", "Adeyemi", date(1975, 11, 30), None),
]


@pytest.fixture
def finder(db: Database) -> QuickFind:
    caseload = Caseload(db)
    for given, family, born, nhs in PEOPLE:
        caseload.add_person(given_name=given, family_name=family, date_of_birth=born, nhs_number=nhs)
    return QuickFind(db)


def names(hits: list) -> list[str]:
    return [h.name for h in hits]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lukasz", "Wiśniewski, Łukasz"),  # Ł folded
        ("wisniewski", "Wiśniewski, Łukasz"),
        ("sian obrien", "O'Brien, Siân"),  # apostrophe and circumflex
        ("sian o'brien", "O'Brien, Siân"),
        ("sian obrian", "O'Brien, Siân"),  # apostrophe left out, and a typo
        ("kowalsky", "Kowalski, Tomasz"),  # a typo
        ("kowal", "Kowalski, Tomasz"),  # as you type
        ("Tomasz Kowlaski", "Kowalski, Tomasz"),  # transposed letters, both words
        ("ADEYEMI", "Adeyemi, Amara"),
    ],
)
def test_names_are_found_with_typos_accents_and_as_you_type(
    finder: QuickFind, query: str, expected: str
) -> None:
    assert names(finder.search(query))[0] == expected


def test_every_word_must_match_someone_s_name(finder: QuickFind) -> None:
    assert names(finder.search("tom smith")) == ["Smith, Tom"]
    assert finder.search("zzzz qqqq") == []


def test_nhs_number_with_or_without_spaces_and_as_you_type(finder: QuickFind) -> None:
    for query in ("9434765919", "943 476 5919", " 943 4765919 "):
        hits = finder.search(query)
        assert names(hits) == ["Wiśniewski, Łukasz"] and hits[0].nhs_number == "943 476 5919"
        assert hits[0].why == "NHS number"
    assert names(finder.search("943 476")) == ["Kowalski, Tomasz", "Wiśniewski, Łukasz"]


def test_date_of_birth_in_either_format(finder: QuickFind) -> None:
    assert names(finder.search("15/07/1990")) == ["Kowalski, Tomasz", "Smith, Tom"]
    assert names(finder.search("1990-07-15")) == ["Kowalski, Tomasz", "Smith, Tom"]
    assert finder.search("02/03/1948")[0].born == "02-Mar-1948"
    assert parse_date("31/02/2000") is None  # impossible: treated as a name, finds no one
    assert finder.search("31/02/2000") == []


def test_the_index_follows_changes(finder: QuickFind, db: Database) -> None:
    assert finder.search("zofia") == []
    pid = Caseload(db).add_person(given_name="Zofia", family_name="Nowak").created_id
    assert pid
    finder.refresh([pid])
    assert names(finder.search("zofia")) == ["Nowak, Zofia"]
    with db.session() as session:  # renamed behind the index's back, then refreshed
        person = session.get(Person, uuid.UUID(pid))
        person.given_name = "Zosia"
        session.add(person)
    finder.refresh([pid])
    assert names(finder.search("zosia")) == ["Nowak, Zosia"]
    assert names(finder.search("nowak")) == ["Nowak, Zosia"]  # the old name is gone


def test_an_empty_query_finds_nothing(finder: QuickFind) -> None:
    assert finder.search("") == [] and finder.search("   ") == []
