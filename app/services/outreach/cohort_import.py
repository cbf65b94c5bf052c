"""A cohort from a GP system search export (CSV or XLSX): the caseload importer's reading, column mapping and
per-row checks (``app.io.people_import``), then each good row matched to the caseload with the caseload's
matching (``app.services.caseload.matching``) and put on the cohort, all in one transaction.

Columns: NHS number, names, date of birth, phone, email, postcode, practice (as for caseload spreadsheets,
with the headings GP system searches use, "Forename", "Telephone Number", "Registered Practice"…) and the
address (one column, or several such as "Address Line 1", "Town", joined). Referral columns are not read:
the people on a cohort are not referrals.

A row for someone already on the caseload links to them (counted as matched), never a second person; a row
whose NHS number the caseload holds for someone with another name or date of birth is set aside to check;
a row for someone already on the cohort (an earlier row, or an earlier import of the same list) is skipped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app import clock
from app.domain.nhs_number import format_display
from app.errors import InvalidInput
from app.io.people_import import (
    FIELDS,
    ImportCancelled,
    ImportReport,
    Progress,
    RowNote,
    Table,
    count_people,
    count_rows,
    check_row,
    column_indexes,
    guess_mapping,
    heading_key,
    read_table,
)
from app.i18n import translate

# What a cohort list may hold: the caseload importer's people fields, and the address.
PEOPLE_FIELDS = ("nhs_number", "given_name", "family_name", "date_of_birth", "phone", "email", "postcode",
                 "practice")
COHORT_FIELDS = (*PEOPLE_FIELDS, "address")
# GP system search headings (after heading_key) the caseload importer does not know.
EXTRA_ALIASES = {
    "telephone_number": "phone", "home_telephone": "phone", "home_telephone_number": "phone",
    "mobile_telephone": "phone", "mobile_number": "phone", "contact_number": "phone", "tel": "phone",
    "phone_no": "phone", "registered_practice": "practice", "usual_gp_practice": "practice",
    "practice_name": "practice", "registered_gp_practice": "practice", "nhs_no_": "nhs_number",
    "date_of_birth_dd_mm_yyyy": "date_of_birth",
}
ADDRESS_HEADINGS = ("address", "full_address", "home_address", "usual_address", "address_line_1",
                    "address_line_2", "address_line_3", "house_name_flat", "number_and_street", "street",
                    "village", "town", "city", "county")


@dataclass
class CohortImportReport(ImportReport):
    cohort_id: str = ""
    cohort_name: str = ""
    already_listed: int = 0  # rows for people already on the cohort
    member_ids: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        report = super().as_json()
        for key in ("referrals_added", "referrals_already_there"):
            report.pop(key, None)
        return {"cohort": self.cohort_name, "cohort_id": self.cohort_id, **report,
                "already_on_the_list": self.already_listed}

    def sentence(self) -> str:
        """What was done (or would be), one clause for each part, joined by semicolons."""
        people, cohort = count_people(self.added + self.matched), repr(self.cohort_name)
        parts = [translate("import", "Would add {people} to {cohort}").format(people=people, cohort=cohort)
                 if self.dry_run else
                 translate("import", "Added {people} to {cohort}").format(people=people, cohort=cohort),
                 translate("import", "{people} of them already on the caseload").format(people=count_people(self.matched))]
        if self.already_listed:
            parts.append(translate("import", "{people} already on the list").format(people=count_people(self.already_listed)))
        if self.to_check:
            parts.append(translate("import", "set aside {rows} for you to check").format(
                rows=count_rows(len({r.line for r in self.to_check}))))
        if self.rejected:
            parts.append(translate("import", "left out {rows} with problems").format(
                rows=count_rows(len({r.line for r in self.rejected}))))
        return "; ".join(parts) + "."


def cohort_mapping(headers: Sequence[str]) -> dict[str, str]:
    """field -> heading for the people fields, as the caseload importer guesses it and then the headings of
    GP system searches; referral columns are never mapped."""
    mapping = {f: h for f, h in guess_mapping(headers).items() if f in PEOPLE_FIELDS}
    for heading in headers:
        wanted = EXTRA_ALIASES.get(heading_key(heading))
        if wanted and wanted not in mapping:
            mapping[wanted] = heading
    return mapping


def _address_columns(headers: Sequence[str], mapping: Mapping[str, str] | None) -> list[int]:
    if mapping is not None and "address" in mapping:
        heading = mapping["address"]
        if heading not in headers:
            raise InvalidInput(translate("import", "The file has no column headed {heading}.").format(heading=repr(heading)))
        return [list(headers).index(heading)]
    keys = [heading_key(h) for h in headers]
    return [i for name in ADDRESS_HEADINGS for i, k in enumerate(keys) if k == name]


@dataclass
class Row:
    line: int
    values: dict[str, str]
    nhs_number: str | None
    date_of_birth: date | None
    address: str
    person_id: str | None = None


def read_rows(table: Table, mapping: Mapping[str, str] | None, report: ImportReport,
              progress: Progress | None = None) -> list[Row]:
    """The checked rows of a sheet; rows that break a rule go to ``report.rejected`` with line and field."""
    if mapping is not None:
        unknown = [f for f in mapping if f not in COHORT_FIELDS]
        if unknown:
            raise InvalidInput(translate("import", "{unknown} is not something a cohort list holds.").format(unknown=repr(unknown[0])))
    people_mapping = ({f: h for f, h in mapping.items() if f != "address"} if mapping is not None
                      else cohort_mapping(table.headers))
    columns = column_indexes(table.headers, people_mapping)
    assert not set(columns) - set(FIELDS)
    address = _address_columns(table.headers, mapping)
    today = clock.today()
    rows = []
    for done, (line, cells) in enumerate(table.rows):
        if progress is not None and done % 50 == 0 and progress(done, len(table.rows) * 2,
                                                                    translate("import", "Checking the rows…")):
            raise ImportCancelled()
        candidate, problems = check_row(line, cells, columns, today)
        words = ", ".join(cells[i].strip() for i in address if i < len(cells) and cells[i].strip())
        if len(words) > 500:
            problems.append(RowNote(line, "address", translate("import", "Longer than {limit} characters.").format(
                limit=500)))
            candidate = None
        report.rejected.extend(problems)
        if candidate is not None:
            rows.append(Row(line, candidate.values, candidate.nhs_number, candidate.date_of_birth, words))
    return rows


def match_rows(db: Any, con: Any, rows: list[Row], listed: list[tuple[str | None, date | None, str, str | None]],
               report: CohortImportReport) -> list[Row]:
    """The rows to add: each linked to the caseload person it matches (``person_id``); rows for someone
    already listed (``listed``: NHS number, date of birth, folded name, person id of each member) are
    counted and dropped, rows whose NHS number the caseload gives another identity are set aside."""
    from app.services.caseload.matching import find_matches, fold, same_identity

    by_nhs = {n for n, _, _, _ in listed if n}
    by_birth = {(b, name) for _, b, name, _ in listed if b}
    by_person = {p for _, _, _, p in listed if p}
    keep = []
    for row in rows:
        name = f"{row.values['given_name']} {row.values['family_name']}"
        folded = fold(name)
        if (row.nhs_number and row.nhs_number in by_nhs) or (row.date_of_birth and (row.date_of_birth, folded)
                                                              in by_birth and not row.nhs_number):
            report.already_listed += 1
            continue
        found = find_matches(db, nhs_number=row.nhs_number, given_name=row.values["given_name"],
                             family_name=row.values["family_name"], date_of_birth=row.date_of_birth, con=con)
        holders = [m for m in found if row.nhs_number and m.nhs_number == row.nhs_number]
        if holders and not same_identity(name, row.date_of_birth, holders[0].name, holders[0].date_of_birth):
            report.to_check.append(RowNote(row.line, "nhs_number", translate(
                "import", "NHS number {number} is on the caseload for someone with a different name or date of "
                          "birth; check which is right.").format(number=format_display(row.nhs_number or ""))))
            continue
        if found:
            row.person_id = (holders or found)[0].person_id
            if row.person_id in by_person:
                report.already_listed += 1
                continue
            by_person.add(row.person_id)
        if row.nhs_number:
            by_nhs.add(row.nhs_number)
        if row.date_of_birth:
            by_birth.add((row.date_of_birth, folded))
        keep.append(row)
    return keep


def read_source(source: Path | str | Table) -> Table:
    return source if isinstance(source, Table) else read_table(source)
