"""Bring the spreadsheet in: people and their open referrals from CSV or XLSX.

The default columns are ``nhs_number, given_name, family_name, date_of_birth, phone, email,
postcode, practice, referral_date, referral_source, reasons, notes`` (reasons separated by ``;``,
dates as ``YYYY-MM-DD`` or ``DD/MM/YYYY``). A mapping (field -> column heading) reads other layouts.

- A row that breaks a rule (invalid NHS number, impossible date, unknown reason, no name) is left out
  and reported with its line number and field; the other rows go in.
- A row that matches someone already on the caseload (or an earlier row of the same file), as intake
  matches (same NHS number, or same date of birth and a similar name), is "matched": no new person;
  its referral, if any, is added to the person found.
- A practice not yet known is added. The row's ``notes`` go into the referral's ``what_matters``
  (prefixed "From the imported spreadsheet:"): an Episode has no notes field, and a Contact would
  wrongly mark the referral as contacted.
- One transaction: an error or a cancel changes nothing; ``dry_run`` changes nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from app import clock
from app.domain import nhs_number as nhs
from app.errors import InvalidInput, LinkwellError

FIELDS: tuple[str, ...] = (
    "nhs_number", "given_name", "family_name", "date_of_birth", "phone", "email", "postcode",
    "practice", "referral_date", "referral_source", "reasons", "notes",
)
FIELD_LABELS = {
    "nhs_number": "NHS number", "given_name": "Given name", "family_name": "Family name",
    "date_of_birth": "Date of birth", "phone": "Phone", "email": "Email", "postcode": "Postcode",
    "practice": "GP practice", "referral_date": "Referral date", "referral_source": "Referral source",
    "reasons": "Reasons", "notes": "Notes",
}
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
_ODS = re.compile(r"^[A-Z]\d{5}$")

Progress = Callable[[int, int, str], bool]  # (done, total, label) -> True to stop


class ImportCancelled(LinkwellError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled. Nothing was changed.")


@dataclass(frozen=True)
class Rejected:
    line: int
    field: str
    message: str


@dataclass
class ImportReport:
    added: int = 0
    matched: int = 0
    referrals: int = 0
    practices_added: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    dry_run: bool = False
    person_ids: list[str] = field(default_factory=list)  # people added or matched

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "matched": self.matched,
            "rejected": [{"line": r.line, "field": r.field, "message": r.message}
                         for r in self.rejected],
        }

    def sentence(self) -> str:
        done = "Would add" if self.dry_run else "Added"
        parts = [f"{done} {_people(self.added)}", f"matched {_people(self.matched)} already known"]
        if self.rejected:
            lines = len({r.line for r in self.rejected})
            parts.append(f"left out {lines} row{'s' if lines != 1 else ''} with problems")
        return "; ".join(parts) + "."


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


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
            raise InvalidInput(f"{path.name} is larger than {MAX_BYTES // 2**20} MB; split it first.")
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path} cannot be read ({exc.strerror or exc}).") from None
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
        raise InvalidInput(f"The file is not readable as CSV ({exc}).") from None
    if headers is None:
        raise InvalidInput("The file is empty: it has no heading row.")
    return Table(headers, rows)


def _read_xlsx(path: Path) -> Table:
    try:
        from openpyxl import load_workbook
        from openpyxl.utils.exceptions import InvalidFileException

        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError, OSError, EOFError) as exc:
        raise InvalidInput(f"{path.name} is not a readable Excel workbook ({exc}).") from None
    except Exception as exc:  # zipfile.BadZipFile and friends
        raise InvalidInput(f"{path.name} is not a readable Excel workbook ({exc}).") from None
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
    finally:
        book.close()
    if headers is None:
        raise InvalidInput(f"{path.name} is empty: its first sheet has no heading row.")
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
    match_id: str | None = None  # an existing person
    same_as: int | None = None  # the index of an earlier candidate in this file


def _lookup(value: str, codes: Mapping[str, str]) -> str | None:
    """A code from its code or its label, any case."""
    key = value.strip().casefold()
    for code, label in codes.items():
        if key in (code.casefold(), label.casefold(), code.replace("_", " ").casefold()):
            return code
    return None


def check_row(line: int, cells: Sequence[str], columns: Mapping[str, int], today: date
              ) -> tuple[Candidate | None, list[Rejected]]:
    from app.services.caseload import reference

    values = {f: (cells[i].strip() if i < len(cells) else "") for f, i in columns.items()}
    problems: list[Rejected] = []
    candidate = Candidate(line, values)

    def bad(field_name: str, message: str) -> None:
        problems.append(Rejected(line, field_name, message))

    for name in REQUIRED:
        if not values.get(name):
            bad(name, f"The {FIELD_LABELS[name].lower()} is missing.")
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
                bad(name, f"{when:%d/%m/%Y} is in the future.")
            elif when.year < 1900:
                bad(name, f"{when:%d/%m/%Y} is too long ago to be right.")
            else:
                setattr(candidate, name, when)
    referral_wanted = any(values.get(f) for f in ("referral_date", "referral_source", "reasons"))
    if values.get("referral_source"):
        code = _lookup(values["referral_source"], reference("referral_sources"))
        if code is None:
            bad("referral_source", f"{values['referral_source']!r} is not a referral source.")
        else:
            candidate.referral_source = code
    if values.get("reasons"):
        for part in (p for p in re.split(r"[;\n]", values["reasons"]) if p.strip()):
            code = _lookup(part, reference("referral_reasons"))
            if code is None:
                bad("reasons", f"{part.strip()!r} is not a referral reason.")
            elif code not in candidate.reasons:
                candidate.reasons.append(code)
    if referral_wanted and not values.get("referral_date") and not any(
            p.field == "referral_date" for p in problems):
        bad("referral_date", "A referral needs the date it was received.")
    for name, limit in (("given_name", 200), ("family_name", 200), ("phone", 50), ("email", 254),
                        ("postcode", 10), ("practice", 200)):
        if len(values.get(name, "")) > limit:
            bad(name, f"Longer than {limit} characters.")
    return (None if problems else candidate), problems


# --- importing --------------------------------------------------------------------------------

class _DryRun(Exception):
    pass


def import_people(
    db: Any,
    source: Path | str | Table,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    actor: str | None = None,
    today: date | None = None,
) -> ImportReport:
    """Read, check, match, then write every good row in one transaction (none when ``dry_run``)."""
    table = source if isinstance(source, Table) else read_table(source)
    columns = _columns(table.headers, mapping)
    today = today or clock.today()
    report = ImportReport(dry_run=dry_run)
    candidates: list[Candidate] = []
    total = len(table.rows)

    def tick(done: int, label: str) -> None:
        if progress is not None and progress(done, total * 2, label):
            raise ImportCancelled()

    for done, (line, cells) in enumerate(table.rows):
        if done % 50 == 0:
            tick(done, "Checking the rows…")
        candidate, problems = check_row(line, cells, columns, today)
        report.rejected.extend(problems)
        if candidate is not None:
            candidates.append(candidate)
    _match(db, candidates, lambda done: tick(total + done, "Looking for people already known…"))
    _write(db, candidates, report, dry_run=dry_run, actor=actor,
           tick=lambda done: tick(total + done, "Saving…"))
    return report


def _columns(headers: Sequence[str], mapping: Mapping[str, str] | None) -> dict[str, int]:
    mapping = dict(mapping) if mapping is not None else guess_mapping(headers)
    columns: dict[str, int] = {}
    for field_name, heading in mapping.items():
        if field_name not in FIELDS:
            raise InvalidInput(f"{field_name!r} is not something Linkwell imports.")
        if not heading:
            continue
        if heading not in headers:
            raise InvalidInput(f"The file has no column headed {heading!r}.")
        columns[field_name] = list(headers).index(heading)
    missing = [FIELD_LABELS[f].lower() for f in REQUIRED if f not in columns]
    if missing:
        raise InvalidInput(
            f"The file has no column for the {' or the '.join(missing)}. "
            f"Its headings are: {', '.join(h for h in headers if h) or '(none)'}.")
    return columns


def _match(db: Any, candidates: list[Candidate], tick: Callable[[int], None]) -> None:
    from app.services.matching import find_matches, fold

    by_nhs: dict[str, int] = {}
    by_birth: dict[tuple[date, str], int] = {}
    for index, c in enumerate(candidates):
        if index % 50 == 0:
            tick(index)
        folded = fold(f"{c.values['given_name']} {c.values['family_name']}")
        earlier = by_nhs.get(c.nhs_number) if c.nhs_number else None
        if earlier is None and c.date_of_birth is not None:
            earlier = by_birth.get((c.date_of_birth, folded))
        if earlier is not None:
            c.same_as = earlier
            continue
        if c.nhs_number or c.date_of_birth:
            found = find_matches(db, nhs_number=c.nhs_number, given_name=c.values["given_name"],
                                 family_name=c.values["family_name"], date_of_birth=c.date_of_birth)
            if found:
                c.match_id = found[0].person_id
        if c.nhs_number:
            by_nhs[c.nhs_number] = index
        if c.date_of_birth is not None:
            by_birth[(c.date_of_birth, folded)] = index


def _write(db: Any, candidates: list[Candidate], report: ImportReport, *, dry_run: bool,
           actor: str | None, tick: Callable[[int], None]) -> None:
    from sqlmodel import select

    from app.domain.models import Episode, EpisodeStatusChange, Person, Practice
    from app.services import audit
    from app.services.caseload import default_actor

    who = actor or default_actor()
    ids: list[uuid.UUID] = []  # the person each candidate became
    try:
        with db.session() as session:
            practices = {}
            for p in session.exec(select(Practice)):
                practices[p.name.casefold()] = p.id
                practices[p.ods_code.casefold()] = p.id
            for index, c in enumerate(candidates):
                if index % 50 == 0:
                    tick(index)
                v = c.values
                if c.same_as is not None:
                    person_id = ids[c.same_as]
                    report.matched += 1
                elif c.match_id is not None:
                    person_id = uuid.UUID(c.match_id)
                    report.matched += 1
                else:
                    practice_id = None
                    if v.get("practice"):
                        practice_id = practices.get(v["practice"].casefold())
                        if practice_id is None:
                            practice = _new_practice(v["practice"])
                            session.add(practice)
                            session.flush()  # no ORM relationships: insert in foreign-key order
                            practice_id = practices[v["practice"].casefold()] = practice.id
                            report.practices_added.append(v["practice"])
                    person = Person(
                        given_name=v["given_name"], family_name=v["family_name"],
                        nhs_number=c.nhs_number, date_of_birth=c.date_of_birth,
                        phone=v.get("phone", ""), email=v.get("email", ""),
                        postcode=v.get("postcode", "").upper(), practice_id=practice_id,
                    )
                    session.add(person)
                    session.flush()
                    person_id = person.id
                    report.added += 1
                    audit.record(session, actor=who, action="import", person_id=person_id,
                                 detail="added the person from a spreadsheet")
                ids.append(person_id)
                if str(person_id) not in report.person_ids:
                    report.person_ids.append(str(person_id))
                if c.referral_date is not None:
                    notes = v.get("notes", "")
                    episode = Episode(
                        person_id=person_id, referral_date=c.referral_date,
                        referral_source=c.referral_source, reasons=c.reasons,
                        what_matters=NOTES_PREFIX + notes if notes else "",
                        status_changed_at=datetime.combine(c.referral_date, time(9), UTC),
                    )
                    session.add(episode)
                    session.flush()
                    session.add(EpisodeStatusChange(episode_id=episode.id, to_status="referred",
                                                    changed_at=episode.status_changed_at))
                    report.referrals += 1
                    audit.record(session, actor=who, action="import", person_id=person_id,
                                 detail=f"added a referral ({c.referral_source}) from a spreadsheet")
                session.flush()
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass


def _new_practice(name: str) -> Any:
    from app.domain.models import Practice

    code = name.strip().upper()
    if not _ODS.match(code):  # not an ODS code: a stand-in, unique per name, to be corrected
        code = "IMP" + hashlib.sha1(name.casefold().encode()).hexdigest()[:7].upper()
    return Practice(ods_code=code, name=name.strip())
