"""The people spreadsheet import under hostile conditions (issue 11, "Nothing lost, nothing leaked"):
two imports at once, NHS numbers that disagree with the person, a sheet imported twice, and the
words real spreadsheets use for referral reasons."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from app.domain.nhs_number import from_test_range
from app.services.caseload.people_import import import_people
from app.services.caseload.facade import Caseload
from app.storage.database import Database
from tests.conftest import PASSPHRASE

HEAD = "nhs_number,given_name,family_name,date_of_birth,practice,referral_date,referral_source,reasons\n"


def sheet(path: Path, serials: range, practice: str = "Riverside Surgery") -> Path:
    """One person per serial, each with an NHS number from the test range and a referral."""
    lines = [HEAD]
    for i in serials:
        born = date(1940, 1, 1) + timedelta(days=i * 7)
        lines.append(f"{from_test_range(i * 2)},Given{i},Family{i},{born.isoformat()},{practice},"
                     "2026-11-01,gp,housing\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def start_import(db_path: Path, sheet_path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, LINKWELL_PASSPHRASE=PASSPHRASE)
    return subprocess.Popen([sys.executable, "-m", "app.cli", "person", "import", str(sheet_path), "--db",
                             str(db_path), "--json"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen[str]) -> dict:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert err == ""
    return json.loads(out)


def scalar(db: Database, sql: str) -> object:
    con = db.connect()
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


# --- 1. two imports at once -----------------------------------------------------------------------

def test_the_same_sheet_imported_by_two_processes_at_once_adds_each_person_once(
        db: Database, tmp_path: Path) -> None:
    people = 400
    path = sheet(tmp_path / "caseload.csv", range(people), practice="")
    db.close()
    first, second = start_import(db.path, path), start_import(db.path, path)
    reports = [finish(first), finish(second)]
    assert sorted(r["added"] for r in reports) == [0, people]
    assert sorted(r["matched"] for r in reports) == [0, people]
    assert scalar(db, "SELECT count(*) FROM person") == people
    assert scalar(db, "SELECT count(DISTINCT nhs_number) FROM person") == people
    assert scalar(db, "SELECT count(*) FROM episode") == people  # the second saw the referrals there


def test_two_sheets_naming_the_same_new_practice_at_once_both_go_in(db: Database, tmp_path: Path) -> None:
    a = sheet(tmp_path / "a.csv", range(300))
    b = sheet(tmp_path / "b.csv", range(300, 600))
    db.close()
    first, second = start_import(db.path, a), start_import(db.path, b)
    reports = [finish(first), finish(second)]
    assert [r["added"] for r in reports] == [300, 300]
    assert scalar(db, "SELECT count(*) FROM practice") == 1
    assert scalar(db, "SELECT count(*) FROM person") == 600


def _person(con: object, serial: int, nhs_number: str | None, given: str = "Ann") -> None:
    con.execute(  # type: ignore[attr-defined]
        "INSERT INTO person (id, created_at, updated_at, device_id, nhs_number, given_name, family_name, "
        "preferred_name, sex, gender, ethnicity, phone, email, address, postcode, communication_needs, "
        "consent_share_with_gp, risk_note) VALUES (?, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'd', ?, ?, "
        "'Lee', '', '', '', '', '', '', '', '', '', 0, '')", (f"{serial:032x}", nhs_number, given))


def test_the_database_itself_refuses_a_second_person_with_an_nhs_number(db: Database) -> None:
    import pytest

    from app.errors import StorageError

    con = db.connect()
    try:
        with con:
            _person(con, 1, "9434765919")
            _person(con, 2, None)
            _person(con, 3, None)  # many people may have no NHS number
        with pytest.raises(StorageError, match="Someone with this NHS number is already on the caseload"), con:
            _person(con, 4, "9434765919")
    finally:
        con.close()


def test_a_database_already_holding_an_nhs_number_twice_upgrades_keeping_everyone(db: Database) -> None:
    """Migration 0006 cannot refuse to open someone's caseload, nor merge people on its own: the people
    already sharing a number stay as they are (all but the first left out of the unique index), and no
    one else may take any number held, theirs included."""
    import pytest
    from alembic import command

    from app.errors import StorageError

    from app.storage.migrations import HEAD_REVISION
    from app.storage.migrations.runner import config, upgrade

    cfg = config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0005")
    con = db.connect()
    with con:
        for serial, number in enumerate(["9434765919", "9434765919", "9990000026", "9990000026", "9990000018"]):
            _person(con, serial + 1, number)
        _person(con, 9, "")  # a blank number is no number
        _person(con, 10, "")
    con.close()
    upgrade(db.engine)
    assert db.schema_revision() == HEAD_REVISION
    con = db.connect()
    try:
        assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 7
        assert con.execute("SELECT count(*) FROM person WHERE nhs_number IS NULL").fetchone()[0] == 2
        with pytest.raises(StorageError, match="Someone with this NHS number is already on the caseload"), con:
            _person(con, 11, "9990000018")
        with pytest.raises(StorageError, match="Someone with this NHS number is already on the caseload"), con:
            _person(con, 12, "9434765919")  # held twice before the upgrade: not a third time
        assert con.execute("SELECT count(*) FROM person WHERE nhs_number = '9434765919'").fetchone()[0] == 2
    finally:
        con.close()


# --- 2. an NHS number that disagrees with the person -------------------------------------------------

FULL_HEAD = ("nhs_number,given_name,family_name,date_of_birth,phone,email,postcode,practice,"
             "referral_date,referral_source,reasons,notes\n")
TODAY = date(2026, 11, 20)


def write(tmp_path: Path, rows: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(FULL_HEAD + rows, encoding="utf-8")
    return path


def referrals_of(db: Database, person_id: str) -> int:
    return len(Caseload(db).person_detail(person_id)["episodes"])


def test_an_nhs_number_on_someone_else_is_set_aside_to_check_not_matched(db: Database, tmp_path: Path) -> None:
    ann = Caseload(db).add_person(given_name="Ann", family_name="Lee", nhs_number="943 476 5919",
                                  date_of_birth=date(1950, 1, 1)).created_id
    report = import_people(db, write(tmp_path, "9434765919,Bob,Smith,02/02/1960,,,,,2026-11-01,gp,housing,\n"),
                           today=TODAY)
    assert (report.added, report.matched, report.referrals) == (0, 0, 0)
    assert [(r.line, r.field) for r in report.to_check] == [(2, "nhs_number")]
    assert "943 476 5919" in report.to_check[0].message
    assert "Ann" not in report.to_check[0].message  # the sheet's reader learns nothing about Ann
    assert "set aside 1 row for you to check" in report.sentence()
    assert referrals_of(db, ann) == 0
    assert scalar(db, "SELECT count(*) FROM person") == 1


def test_the_same_number_and_birthday_with_a_new_family_name_is_still_the_person(
        db: Database, tmp_path: Path) -> None:
    ann = Caseload(db).add_person(given_name="Ann", family_name="Lee", nhs_number="9434765919",
                                  date_of_birth=date(1950, 1, 1)).created_id
    rows = ("9434765919,Ann,Okafor,1950-01-01,,,,,2026-11-01,gp,housing,\n"  # married: same person
            "9434765919,Ann,Lee,1951-01-01,,,,,2026-11-02,gp,housing,\n")  # another birthday: check
    report = import_people(db, write(tmp_path, rows), today=TODAY)
    assert (report.matched, report.referrals) == (1, 1)
    assert [r.line for r in report.to_check] == [3]
    assert referrals_of(db, ann) == 1


def test_a_missing_birthday_needs_the_name_to_agree(db: Database, tmp_path: Path) -> None:
    Caseload(db).add_person(given_name="Ann", family_name="Lee", nhs_number="9434765919")
    rows = ("9434765919,Anne,Lee,,,,,,,,,\n"  # a typo in the name: the same person
            "9434765919,Bob,Smith,,,,,,,,,\n")
    report = import_people(db, write(tmp_path, rows), today=TODAY)
    assert report.matched == 1
    assert [r.line for r in report.to_check] == [3]


def test_two_rows_giving_one_number_to_two_people_set_the_second_aside(db: Database, tmp_path: Path) -> None:
    rows = ("9434765919,Ann,Lee,1950-01-01,,,,,,,,\n"
            "9434765919,Bob,Smith,1960-02-02,,,,,2026-11-01,gp,housing,\n")
    report = import_people(db, write(tmp_path, rows), today=TODAY)
    assert (report.added, report.matched, report.referrals) == (1, 0, 0)
    assert [r.line for r in report.to_check] == [3]
    assert "Line 2" in report.to_check[0].message


def test_two_rows_with_one_name_and_birthday_but_two_nhs_numbers_are_two_people(
        db: Database, tmp_path: Path) -> None:
    rows = ("9434765919,Ann,Lee,1950-01-01,,,,,,,,\n"
            "9990000026,Ann,Lee,1950-01-01,,,,,,,,\n")  # twins, or namesakes born the same day
    report = import_people(db, write(tmp_path, rows), today=TODAY)
    assert (report.added, report.matched) == (2, 0)
    assert scalar(db, "SELECT count(DISTINCT nhs_number) FROM person") == 2


def test_a_number_already_held_twice_is_set_aside_for_a_person_to_sort_out(db: Database, tmp_path: Path) -> None:
    from alembic import command

    from app.storage.migrations.runner import config, upgrade

    cfg = config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0005")
    con = db.connect()
    with con:
        _person(con, 1, "9434765919")
        _person(con, 2, "9434765919")
    con.close()
    upgrade(db.engine)
    report = import_people(db, write(tmp_path, "9434765919,Ann,Lee,,,,,,2026-11-01,gp,housing,\n"), today=TODAY)
    assert (report.matched, report.referrals) == (0, 0)
    assert "more than one person" in report.to_check[0].message


# --- 3. the same sheet imported twice ---------------------------------------------------------------

def linkwell_import(db_path: Path, sheet_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LINKWELL_PASSPHRASE=PASSPHRASE)
    return subprocess.run([sys.executable, "-m", "app.cli", "person", "import", str(sheet_path), "--db",
                           str(db_path), *extra], env=env, capture_output=True, text=True, timeout=120,
                          check=False)


def test_a_sheet_imported_twice_adds_its_referrals_once(db: Database, tmp_path: Path) -> None:
    path = sheet(tmp_path / "caseload.csv", range(5))
    db.close()
    first = linkwell_import(db.path, path, "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["referrals_added"] == 5
    again = linkwell_import(db.path, path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] == (
        "Added 0 people; matched 5 people already known; added 0 referrals; 5 referrals already there.")
    assert scalar(db, "SELECT count(*) FROM episode") == 5


def test_a_new_referral_for_a_known_person_still_goes_in(db: Database, tmp_path: Path) -> None:
    rows = "9434765919,Ann,Lee,1950-01-01,,,,,2026-11-01,gp,housing,\n"
    import_people(db, write(tmp_path, rows), today=TODAY)
    later = rows + ("9434765919,Ann,Lee,1950-01-01,,,,,2026-11-15,gp,debt,\n"  # a second referral
                    "9434765919,Ann,Lee,1950-01-01,,,,,2026-11-01,self,debt,\n")  # another source
    report = import_people(db, write(tmp_path, later, "later.csv"), today=TODAY)
    assert (report.referrals, report.referrals_already_there) == (2, 1)
    assert scalar(db, "SELECT count(*) FROM episode") == 3


# --- 7. the words spreadsheets use for reasons -------------------------------------------------------

def test_everyday_words_for_reasons_are_read_and_others_kept_as_other(db: Database, tmp_path: Path) -> None:
    rows = ',Ann,Lee,1950-01-01,,,,,2026-11-01,gp,"Isolation; lonely, Money / flying kites",Lives alone\n'
    report = import_people(db, write(tmp_path, rows), today=TODAY)
    assert (report.added, report.rejected) == (1, [])
    assert [(r.line, r.field) for r in report.warnings] == [(2, "reasons")]
    assert "'flying kites'" in report.warnings[0].message
    con = db.connect()
    reasons, what_matters = con.execute("SELECT reasons, what_matters FROM episode").fetchone()
    con.close()
    assert json.loads(reasons) == ["loneliness", "debt", "other"]
    assert what_matters == "From the imported spreadsheet: Reasons as written: flying kites. Lives alone"


def test_every_reason_word_names_one_known_reason() -> None:
    from app.paths import load_json_resource

    reference = load_json_resource("reference.json")
    words = {code: ws for code, ws in reference["referral_reason_words"].items() if not code.startswith("_")}
    assert set(words) <= set(reference["referral_reasons"])
    spelled = [w.casefold() for ws in words.values() for w in ws]
    assert len(spelled) == len(set(spelled))  # no word claimed by two reasons


# --- what the unique NHS number means for the other ways in ------------------------------------------

def test_adding_someone_whose_nhs_number_is_held_says_so_in_words(db: Database) -> None:
    import pytest

    from app.errors import LinkwellError

    caseload = Caseload(db)
    caseload.add_person(given_name="Ann", family_name="Lee", nhs_number="9434765919")
    with pytest.raises(LinkwellError) as raised:
        caseload.add_person(given_name="Bob", family_name="Smith", nhs_number="943 476 5919")
    assert str(raised.value) == ("Someone with this NHS number is already on the caseload, so nothing was "
                                 "saved; find them and add to their record instead.")
    caseload.add_person(given_name="Cy", family_name="Ng", nhs_number="")  # a blank number is no number
    caseload.add_person(given_name="Di", family_name="Ng", nhs_number="")
    assert scalar(db, "SELECT count(*) FROM person WHERE nhs_number IS NULL") == 2
