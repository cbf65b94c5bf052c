"""Bring the spreadsheet in: people and their open referrals from CSV or XLSX.

The default columns are ``nhs_number, given_name, family_name, date_of_birth, phone, email,
postcode, practice, referral_date, referral_source, reasons, notes`` (reasons separated by ``;``,
dates as ``YYYY-MM-DD`` or ``DD/MM/YYYY``). A mapping (field -> column heading) reads other layouts.

- A row that breaks a rule (invalid NHS number, impossible date, no name) is left out and reported
  with its line number and field; the other rows go in.
- Reasons are read from their codes, labels or the everyday words in ``resources/reference.json``
  ("isolation", "money"); any other is kept as "other", its words written into what matters, with a
  warning.
- A row that matches someone already on the caseload (or an earlier row of the same file), as intake
  matches (same NHS number, or same date of birth and a similar name), is "matched": no new person;
  its referral, if any, is added to the person found, unless one with the same date and source is
  already there (a sheet imported twice). A row whose NHS number is held by someone with another
  name or date of birth is set aside for a person to check, never matched.
- A practice not yet known is added. The row's ``notes`` go into the referral's ``what_matters``
  (prefixed "From the imported spreadsheet:"): an Episode has no notes field, and a Contact would
  wrongly mark the referral as contacted.
- One transaction, holding the write lock from the first match to the last insert, so two imports
  at once cannot both add the same person: an error or a cancel changes nothing; ``dry_run``
  changes nothing.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from app.domain import nhs_number as nhs
from app.errors import InvalidInput, LinkwellError
from app.i18n import QT_TRANSLATE_NOOP, Labels, translate

FIELDS: tuple[str, ...] = (
    "nhs_number", "given_name", "family_name", "date_of_birth", "phone", "email", "postcode",
    "practice", "referral_date", "referral_source", "reasons", "notes",
)
FIELD_LABELS = Labels("import", {
    "nhs_number": QT_TRANSLATE_NOOP("import", "NHS number"), "given_name": QT_TRANSLATE_NOOP("import", "Given name"), "family_name": QT_TRANSLATE_NOOP("import", "Family name"),
    "date_of_birth": QT_TRANSLATE_NOOP("import", "Date of birth"), "phone": QT_TRANSLATE_NOOP("import", "Phone"), "email": QT_TRANSLATE_NOOP("import", "Email"), "postcode": QT_TRANSLATE_NOOP("import", "Postcode"),
    "practice": QT_TRANSLATE_NOOP("import", "GP practice"), "referral_date": QT_TRANSLATE_NOOP("import", "Referral date"), "referral_source": QT_TRANSLATE_NOOP("import", "Referral source"),
    "reasons": QT_TRANSLATE_NOOP("import", "Reasons"), "notes": QT_TRANSLATE_NOOP("import", "Notes"),
})
REQUIRED = ("given_name", "family_name")
# Headings spreadsheets use for the same thing (after lower-casing and squeezing spaces to "_").
ALIASES = {
    "nhs": "nhs_number", "nhs_no": "nhs_number", "nhs_num": "nhs_number",
    "first_name": "given_name", "forename": "given_name", "firstname": "given_name",
    "given": "given_name", "surname": "family_name", "last_name": "family_name",
    "lastname": "family_name", "family": "family_name", "dob": "date_of_birth",
    "birth_date": "date_of_birth", "telephone": "phone", "mobile": "phone", "phone_number": "phone",
    "email_address": "email", "post_code": "postcode", "gp_practice": "practice",
    "surgery": "practice", "referred": "referral_date", "referral_received": "referral_date",
    "source": "referral_source", "referred_by": "referral_source", "reason": "reasons",
    "note": "notes", "comments": "notes",
}
NOTES_PREFIX = "From the imported spreadsheet: "
MAX_BYTES = 50 * 1024 * 1024

Progress = Callable[[int, int, str], bool]  # (done, total, label) -> True to stop


class ImportCancelled(LinkwellError):
    def __init__(self) -> None:
        super().__init__(translate("import", "The import was cancelled. Nothing was changed."))


@dataclass(frozen=True)
class RowNote:
    """Something to say about one line of the sheet: why it was left out, set aside or changed."""

    line: int
    field: str
    message: str


@dataclass
class ImportReport:
    added: int = 0
    matched: int = 0
    referrals: int = 0
    referrals_already_there: int = 0
    practices_added: list[str] = field(default_factory=list)
    rejected: list[RowNote] = field(default_factory=list)  # left out: the row breaks a rule
    to_check: list[RowNote] = field(default_factory=list)  # set aside: a person must say who it is
    warnings: list[RowNote] = field(default_factory=list)  # imported, with something changed
    dry_run: bool = False
    person_ids: list[str] = field(default_factory=list)  # people added or matched

    def as_json(self) -> dict[str, Any]:
        def notes(rows: list[RowNote]) -> list[dict[str, Any]]:
            return [{"line": r.line, "field": r.field, "message": r.message} for r in rows]

        return {
            "added": self.added,
            "matched": self.matched,
            "referrals_added": self.referrals,
            "referrals_already_there": self.referrals_already_there,
            "rejected": notes(self.rejected),
            "to_check": notes(self.to_check),
            "warnings": notes(self.warnings),
        }

    def sentence(self) -> str:
        """What was done (or would be), one clause for each part, joined by semicolons."""
        people = count_people(self.added)
        parts = [translate("import", "Would add {people}").format(people=people) if self.dry_run
                 else translate("import", "Added {people}").format(people=people),
                 translate("import", "matched {people} already known").format(people=count_people(self.matched))]
        if self.referrals or self.referrals_already_there:
            referrals = count_referrals(self.referrals)
            parts.append(translate("import", "would add {referrals}").format(referrals=referrals) if self.dry_run
                         else translate("import", "added {referrals}").format(referrals=referrals))
        if self.referrals_already_there:
            parts.append(translate("import", "{referrals} already there").format(
                referrals=count_referrals(self.referrals_already_there)))
        if self.to_check:
            parts.append(translate("import", "set aside {rows} for you to check").format(
                rows=count_rows(len({r.line for r in self.to_check}))))
        if self.rejected:
            parts.append(translate("import", "left out {rows} with problems").format(
                rows=count_rows(len({r.line for r in self.rejected}))))
        return "; ".join(parts) + "."


def count_people(n: int) -> str:
    return translate("import", "1 person") if n == 1 else translate("import", "{count} people").format(count=n)


def count_referrals(n: int) -> str:
    return translate("import", "1 referral") if n == 1 else translate("import", "{count} referrals").format(count=n)


def count_rows(n: int) -> str:
    return translate("import", "1 row") if n == 1 else translate("import", "{count} rows").format(count=n)


@dataclass(frozen=True)
class Table:
    """A sheet read as text: headings, then (line number, cells) for each non-empty row."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]


def heading_key(text: str) -> str:
    return "_".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """field -> heading, for the headings that say what they hold."""
    mapping: dict[str, str] = {}
    for heading in headers:
        key = heading_key(heading)
        wanted = key if key in FIELDS else ALIASES.get(key)
        if wanted and wanted not in mapping:
            mapping[wanted] = heading
    return mapping


# --- reading ----------------------------------------------------------------------------------

def read_table(path: Path | str) -> Table:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInput(translate("import", "{name} is larger than {value} MB; split it first.").format(name=path.name, value=MAX_BYTES // 2 ** 20))
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(translate("import", "{path} cannot be read ({value}).").format(path=path, value=exc.strerror or exc)) from None
    return read_csv_text(_decode(data))


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):  # Excel on Windows saves "CSV" as cp1252
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_csv_text(text: str) -> Table:
    text = text.replace("\x00", "")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        headers: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if headers is None:
                headers = [c.strip() for c in cells]
                continue
            rows.append((reader.line_num, cells))
    except csv.Error as exc:
        raise InvalidInput(translate("import", "The file is not readable as CSV ({exc}).").format(exc=exc)) from None
    if headers is None:
        raise InvalidInput(translate("import", "The file is empty: it has no heading row."))
    return Table(headers, rows)


def _read_xlsx(path: Path) -> Table:
    import zipfile
    import zlib

    try:
        from openpyxl import load_workbook
        from openpyxl.utils.exceptions import InvalidFileException

        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError, OSError, EOFError) as exc:
        raise InvalidInput(translate("import", "{name} is not a readable Excel workbook ({exc}).").format(name=path.name, exc=exc)) from None
    except Exception as exc:  # zipfile.BadZipFile and friends
        raise InvalidInput(translate("import", "{name} is not a readable Excel workbook ({exc}).").format(name=path.name, exc=exc)) from None
    try:
        sheet = book.worksheets[0]
        headers: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if not any(c.strip() for c in cells):
                continue
            if headers is None:
                headers = [c.strip() for c in cells]
            else:
                rows.append((number, cells))
    except (SyntaxError, zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError):  # XML or zip damage
        raise InvalidInput(translate("import", "{name} is not a readable Excel workbook (it is damaged): open it in Excel, save it again and import that copy.").format(name=path.name)) from None
    finally:
        book.close()
    if headers is None:
        raise InvalidInput(translate("import", "{name} is empty: its first sheet has no heading row.").format(name=path.name))
    return Table(headers, rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # NHS numbers typed into Excel come back as 9434765919.0
    return str(value)


# --- checking rows ----------------------------------------------------------------------------

def parse_date(text: str) -> date:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4}", text):
        raise ValueError(f"{text!r} is not a real date.")
    raise ValueError(f"{text!r} is not a date (write YYYY-MM-DD or DD/MM/YYYY).")


@dataclass
class Candidate:
    line: int
    values: dict[str, str]
    nhs_number: str | None = None
    date_of_birth: date | None = None
    referral_date: date | None = None
    referral_source: str = "other"
    reasons: list[str] = field(default_factory=list)
    reasons_as_written: list[str] = field(default_factory=list)  # the words no reason matched
    match_id: str | None = None  # an existing person
    same_as: int | None = None  # the index of an earlier candidate in this file
    to_check: str | None = None  # why a person must check the row; it is not imported

    @property
    def name(self) -> str:
        return f"{self.values['given_name']} {self.values['family_name']}"


def _words(text: str) -> str:
    """Lower case, punctuation and underscores as single spaces: "Long-term" reads as "long term"."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


@cache
def _codes(list_name: str) -> dict[str, str]:
    """Words -> code for a reference list: each code, its label and, for reasons, everyday words."""
    from app.paths import load_json_resource

    reference = load_json_resource("reference.json")
    index = {}
    for code, label in reference[list_name].items():
        index[_words(code)] = index[_words(label)] = code
    if list_name == "referral_reasons":
        for code, words in reference["referral_reason_words"].items():
            if not code.startswith("_"):
                index.update({_words(w): code for w in words})
    return index


def check_row(line: int, cells: Sequence[str], columns: Mapping[str, int], today: date
              ) -> tuple[Candidate | None, list[RowNote]]:
    values = {f: (cells[i].strip() if i < len(cells) else "") for f, i in columns.items()}
    problems: list[RowNote] = []
    candidate = Candidate(line, values)

    def bad(field_name: str, message: str) -> None:
        problems.append(RowNote(line, field_name, message))

    for name in REQUIRED:
        if not values.get(name):
            bad(name, translate("import", "The {field} is missing.").format(field=FIELD_LABELS[name].lower()))
    if values.get("nhs_number"):
        try:
            candidate.nhs_number = nhs.parse(values["nhs_number"])
        except InvalidInput as exc:
            bad("nhs_number", str(exc))
    for name in ("date_of_birth", "referral_date"):
        if values.get(name):
            try:
                when = parse_date(values[name])
            except ValueError as exc:
                bad(name, str(exc))
                continue
            if when > today:
                bad(name, translate("import", "{day} is in the future.").format(day=f"{when:%d/%m/%Y}"))
            elif when.year < 1900:
                bad(name, translate("import", "{day} is too long ago to be right.").format(day=f"{when:%d/%m/%Y}"))
            else:
                setattr(candidate, name, when)
    referral_wanted = any(values.get(f) for f in ("referral_date", "referral_source", "reasons"))
    if values.get("referral_source"):
        code = _codes("referral_sources").get(_words(values["referral_source"]))
        if code is None:
            bad("referral_source", translate("import", "{source} is not a referral source.").format(
                source=repr(values["referral_source"])))
        else:
            candidate.referral_source = code
    if values.get("reasons"):
        for part in (p.strip() for p in re.split(r"[;,/\n]", values["reasons"]) if p.strip()):
            code = _codes("referral_reasons").get(_words(part))
            if code is None:
                code = "other"
                candidate.reasons_as_written.append(part)
            if code not in candidate.reasons:
                candidate.reasons.append(code)
    if referral_wanted and not values.get("referral_date") and not any(
            p.field == "referral_date" for p in problems):
        bad("referral_date", translate("import", "A referral needs the date it was received."))
    for name, limit in (("given_name", 200), ("family_name", 200), ("phone", 50), ("email", 254),
                        ("postcode", 10), ("practice", 200)):
        if len(values.get(name, "")) > limit:
            bad(name, translate("import", "Longer than {limit} characters.").format(limit=limit))
    return (None if problems else candidate), problems


# --- importing --------------------------------------------------------------------------------

def column_indexes(headers: Sequence[str], mapping: Mapping[str, str] | None) -> dict[str, int]:
    mapping = dict(mapping) if mapping is not None else guess_mapping(headers)
    columns: dict[str, int] = {}
    for field_name, heading in mapping.items():
        if field_name not in FIELDS:
            raise InvalidInput(translate("import", "{field_name} is not something Linkwell imports.").format(field_name=repr(field_name)))
        if not heading:
            continue
        if heading not in headers:
            raise InvalidInput(translate("import", "The file has no column headed {heading}.").format(heading=repr(heading)))
        columns[field_name] = list(headers).index(heading)
    missing = [FIELD_LABELS[f].lower() for f in REQUIRED if f not in columns]
    if missing:
        raise InvalidInput(
            translate("import", "The file has no column for the {join}. Its headings are: {value}.").format(
                join=translate("import", " or the ").join(missing),
                value=', '.join(h for h in headers if h) or translate("import", "(none)")))
    return columns
