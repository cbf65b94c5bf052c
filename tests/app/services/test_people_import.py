"""Spreadsheet import: people and open referrals, checked row by row, in one transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import LinkwellError
from app.io.people_import import (
    ImportCancelled,
    guess_mapping,
    read_csv_text,
)
from app.services.caseload.people_import import import_people
from app.services.caseload.facade import Caseload
from app.services.caseload.listing import CaseloadList
from app.storage.database import Database

HEAD = ("nhs_number,given_name,family_name,date_of_birth,phone,email,postcode,practice,"
        "referral_date,referral_source,reasons,notes\n")
GOOD = (
    HEAD
    + "943 476 5919,Łukasz,Wiśniewski,17/05/1980,07700 900001,l@example.org,hb1 2ab,Riverside Surgery,"
      "2026-11-01,gp,loneliness;debt,Lives alone; likes chess\n"
    + ",Amara,Adeyemi,1975-11-30,,,,Riverside Surgery,,,,\n"
)
TODAY = date(2026, 11, 20)


def clean(added: int, referrals: int) -> dict:
    """The JSON of an import with nothing left out, set aside or changed."""
    return {"added": added, "matched": 0, "referrals_added": referrals, "referrals_already_there": 0,
            "rejected": [], "to_check": [], "warnings": []}


def write(tmp_path: Path, text: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def people(db: Database) -> list[tuple[str, str]]:
    con = db.connect()
    try:
        return sorted(con.execute("SELECT given_name, family_name FROM person").fetchall())
    finally:
        con.close()


def test_good_rows_add_people_referrals_and_the_unknown_practice(db: Database, tmp_path: Path) -> None:
    report = import_people(db, write(tmp_path, GOOD), actor="tester", today=TODAY)
    assert report.as_json() == clean(added=2, referrals=1)
    assert report.practices_added == ["Riverside Surgery"]
    assert people(db) == [("Amara", "Adeyemi"), ("Łukasz", "Wiśniewski")]
    listing = CaseloadList(db)
    rows = {r.name: r for r in listing.rows(listing.person_ids())}
    assert rows["Wiśniewski, Łukasz"].practice == "Riverside Surgery"
    assert rows["Wiśniewski, Łukasz"].status == "referred"
    assert rows["Adeyemi, Amara"].status == ""  # no referral columns filled: no referral
    detail = Caseload(db).person_detail(rows["Wiśniewski, Łukasz"].person_id)
    assert detail["nhs_number"] == "9434765919"
    assert detail["postcode"] == "HB1 2AB"
    episode = detail["episodes"][0]
    assert episode["reasons"] == ["loneliness", "debt"]
    assert episode["referral_date"] == "2026-11-01"
    listing.close()


def test_notes_go_into_what_matters(db: Database, tmp_path: Path) -> None:
    import_people(db, write(tmp_path, GOOD), today=TODAY)
    con = db.connect()
    (text,) = con.execute("SELECT what_matters FROM episode").fetchone()
    con.close()
    assert text == "From the imported spreadsheet: Lives alone; likes chess"


def test_bad_rows_are_reported_by_line_and_field_and_the_rest_go_in(
    db: Database, tmp_path: Path
) -> None:
    text = (HEAD
            + "1234567890,Bad,Number,01/01/1970,,,,,,,,\n"
            + ",Impossible,Date,31/02/1980,,,,,,,,\n"
            + ",Odd,Reason,1980-01-01,,,,,2026-11-01,gp,flying,\n"
            + ",,Nameless,1980-01-01,,,,,,,,\n"
            + ",Good,Row,1981-01-01,,,,,,,,\n")
    report = import_people(db, write(tmp_path, text), today=TODAY)
    assert report.added == 2
    assert [(r.line, r.field) for r in report.rejected] == [
        (2, "nhs_number"), (3, "date_of_birth"), (5, "given_name")]
    assert "check digit" in report.rejected[0].message
    assert "not a real date" in report.rejected[1].message
    assert [(r.line, r.field) for r in report.warnings] == [(4, "reasons")]  # kept as "other"
    assert people(db) == [("Good", "Row"), ("Odd", "Reason")]


def test_people_already_known_are_matched_and_get_the_referral(db: Database, tmp_path: Path) -> None:
    caseload = Caseload(db)
    known = caseload.add_person(given_name="Lukasz", family_name="Wisniewski",
                                date_of_birth=date(1980, 5, 17)).created_id
    report = import_people(db, write(tmp_path, GOOD), today=TODAY)
    assert (report.added, report.matched) == (1, 1)
    assert len(people(db)) == 2
    assert caseload.person_detail(known)["episodes"][0]["reasons"] == ["loneliness", "debt"]


def test_a_person_twice_in_the_file_is_added_once(db: Database, tmp_path: Path) -> None:
    text = HEAD + ",Ann,Lee,1950-01-01,,,,,,,,\n,Ann,Lee,01/01/1950,,,,,2026-11-02,self,,\n"
    report = import_people(db, write(tmp_path, text), today=TODAY)
    assert (report.added, report.matched) == (1, 1)
    assert people(db) == [("Ann", "Lee")]


def test_dry_run_changes_nothing_but_reports_the_same(db: Database, tmp_path: Path) -> None:
    report = import_people(db, write(tmp_path, GOOD), dry_run=True, today=TODAY)
    assert report.as_json() == clean(added=2, referrals=1)
    assert people(db) == []
    con = db.connect()
    assert con.execute("SELECT count(*) FROM practice").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM auditevent").fetchone()[0] == 0
    con.close()


def test_cancel_changes_nothing(db: Database, tmp_path: Path) -> None:
    calls: list[str] = []

    def progress(done: int, total: int, label: str) -> bool:
        calls.append(label)
        return label == "Saving…"

    with pytest.raises(ImportCancelled):
        import_people(db, write(tmp_path, GOOD), progress=progress, today=TODAY)
    assert "Saving…" in calls
    assert people(db) == []


def test_other_headings_are_guessed_or_mapped(db: Database, tmp_path: Path) -> None:
    text = "Surname;First name;DOB;Surgery\nLee;Ann;01/01/1950;Hill Practice\n"
    table = read_csv_text(text)
    assert guess_mapping(table.headers) == {
        "family_name": "Surname", "given_name": "First name", "date_of_birth": "DOB",
        "practice": "Surgery"}
    report = import_people(db, write(tmp_path, text), today=TODAY)
    assert report.added == 1
    odd = "A,B\nLee,Ann\n"
    with pytest.raises(LinkwellError, match="no column for the given name"):
        import_people(db, write(tmp_path, odd, "odd.csv"), today=TODAY)
    report = import_people(db, write(tmp_path, odd, "odd.csv"), today=TODAY,
                           mapping={"family_name": "A", "given_name": "B"})
    # No date of birth and no NHS number: nothing to match on safely, so a second Ann Lee.
    assert (report.added, report.matched) == (1, 0)
    assert people(db) == [("Ann", "Lee"), ("Ann", "Lee")]


def test_xlsx_is_read_like_csv(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["nhs_number", "given_name", "family_name", "date_of_birth", "referral_date",
                  "reasons"])
    sheet.append([9434765919, "Siân", "O'Brien", date(1948, 3, 2), "01/11/2026", "Housing"])
    path = tmp_path / "people.xlsx"
    book.save(path)
    report = import_people(db, path, today=TODAY)
    assert report.as_json() == clean(added=1, referrals=1)
    con = db.connect()
    assert con.execute("SELECT nhs_number, date_of_birth FROM person").fetchone() == (
        "9434765919", "1948-03-02")
    con.close()


def test_files_that_are_not_spreadsheets_say_so(db: Database, tmp_path: Path) -> None:
    with pytest.raises(LinkwellError, match="not a readable Excel"):
        import_people(db, write(tmp_path, "not a zip", "x.xlsx"))
    with pytest.raises(LinkwellError, match="empty"):
        import_people(db, write(tmp_path, "\n\n"))
    with pytest.raises(LinkwellError, match="cannot be read"):
        import_people(db, tmp_path / "missing.csv")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
       | st.lists(st.sampled_from([HEAD.strip(), ",", ";", "\n", '"', "x", "Ann", "Lee", "1950-01-01",
                                   "31/02/2000", "943 476 5919", "gp", "loneliness;zzz", "\r\n",
                                   "\x00", "\t"]), max_size=40).map("".join))
def test_any_text_gives_a_report_or_a_linkwell_error(db: Database, text: str) -> None:
    try:
        report = import_people(db, read_csv_text(text), dry_run=True, today=TODAY)
    except LinkwellError:
        return
    assert report.added + report.matched >= 0
    assert all(r.line >= 1 for r in report.rejected)


def test_a_capture_with_no_birth_date_is_matched_by_name_and_phone(db: Database, tmp_path: Path) -> None:
    """The importer uses the intake's matching: a waiting-room capture (name and phone only) is the same person
    as a row with that name and phone, and gets the referral instead of a second record (issue 16 item 1)."""
    caseload = Caseload(db)
    known = caseload.add_person(given_name="Łukasz", family_name="Wiśniewski", phone="+44 7700 900001").created_id
    report = import_people(db, write(tmp_path, GOOD), today=TODAY)
    assert (report.added, report.matched) == (1, 1)
    assert len(people(db)) == 2
    assert caseload.person_detail(known)["episodes"][0]["reasons"] == ["loneliness", "debt"]
