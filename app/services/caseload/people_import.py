"""Importing people from a spreadsheet: ``app.io.people_import`` reads and checks the rows; here, in one
transaction, each checked row is matched to the people already known and what is new is added, all under
the write lock so that a second import waits instead of interleaving."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from app import clock
from app.domain.nhs_number import format_display
from app.io.people_import import (
    NOTES_PREFIX,
    Candidate,
    ImportCancelled,
    ImportReport,
    Progress,
    RowNote,
    Table,
    check_row,
    column_indexes,
    read_table,
)
from app.i18n import translate

Tick = Callable[[int, str], None]  # (done, label); raises ImportCancelled to stop
_ODS = re.compile(r"^[A-Z]\d{5}$")


class _DryRun(Exception):
    pass


def save(db: Any, candidates: list[Candidate], report: ImportReport, *, dry_run: bool,
         actor: str | None, tick: Tick) -> None:
    try:
        with db.session(immediate=True) as session:
            con = session.connection().connection.dbapi_connection
            _match(db, con, candidates, report, tick)
            _write(session, candidates, report, actor=actor, tick=tick)
            if dry_run:
                raise _DryRun()
    except _DryRun:
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
    """Read, check, then match and write every good row in one transaction (none when ``dry_run``)."""
    table = source if isinstance(source, Table) else read_table(source)
    columns = column_indexes(table.headers, mapping)
    today = today or clock.today()
    report = ImportReport(dry_run=dry_run)
    candidates: list[Candidate] = []
    total = len(table.rows)

    def tick(done: int, label: str) -> None:
        if progress is not None and progress(done, total * 2, label):
            raise ImportCancelled()

    for done, (line, cells) in enumerate(table.rows):
        if done % 50 == 0:
            tick(done, translate("import", "Checking the rows…"))
        candidate, problems = check_row(line, cells, columns, today)
        report.rejected.extend(problems)
        if candidate is not None:
            candidates.append(candidate)
            report.warnings.extend(
                RowNote(line, "reasons", translate("import", "{words} is not one of Linkwell's referral reasons, so it "
                                                             "was kept as Other with the words as written.").format(
                    words=repr(words)))
                for words in candidate.reasons_as_written)
    save(db, candidates, report, dry_run=dry_run, actor=actor,
         tick=lambda done, label: tick(total + done, label))
    return report


def _match(db: Any, con: Any, candidates: list[Candidate], report: ImportReport, tick: Tick) -> None:
    """Set each candidate's ``same_as`` (an earlier row), ``match_id`` (a known person) or ``to_check``."""
    from app.services.caseload.matching import find_matches, fold, same_identity

    by_nhs: dict[str, int] = {}
    by_birth: dict[tuple[date, str], int] = {}
    for index, c in enumerate(candidates):
        if index % 50 == 0:
            tick(index, translate("import", "Looking for people already known…"))
        folded = fold(c.name)
        if c.nhs_number in by_nhs:
            earlier = candidates[by_nhs[c.nhs_number]]
            if same_identity(c.name, c.date_of_birth, earlier.name, earlier.date_of_birth):
                c.same_as = by_nhs[c.nhs_number]
            else:
                _set_aside(report, c, translate("import", "Line {line} gives the same NHS number for someone with a "
                                                          "different name or date of birth; check which is right.")
                           .format(line=earlier.line))
            continue
        same_birth = by_birth.get((c.date_of_birth, folded)) if c.date_of_birth else None
        if same_birth is not None and not (c.nhs_number and candidates[same_birth].nhs_number):
            c.same_as = same_birth
            continue
        if c.nhs_number or c.date_of_birth or c.values.get("phone") or c.values.get("postcode"):
            found = find_matches(db, nhs_number=c.nhs_number, given_name=c.values["given_name"],
                                 family_name=c.values["family_name"], date_of_birth=c.date_of_birth,
                                 phone=c.values.get("phone", ""), postcode=c.values.get("postcode", ""), con=con)
            holders = [m for m in found if c.nhs_number and m.nhs_number == c.nhs_number]
            if len(holders) > 1:
                _set_aside(report, c, translate("import", "NHS number {number} is held by more than one person "
                                                          "already; check them on the caseload.")
                           .format(number=format_display(c.nhs_number or "")))
                continue
            if holders and not same_identity(c.name, c.date_of_birth, holders[0].name, holders[0].date_of_birth):
                _set_aside(report, c, translate("import", "NHS number {number} is already on the caseload for "
                                                          "someone with a different name or date of birth; check "
                                                          "which is right.").format(number=format_display(c.nhs_number or "")))
                continue
            if found:
                c.match_id = (holders or found)[0].person_id
        if c.nhs_number:
            by_nhs[c.nhs_number] = index
        if c.date_of_birth is not None:
            by_birth[(c.date_of_birth, folded)] = index


def _set_aside(report: ImportReport, c: Candidate, message: str) -> None:
    c.to_check = message
    report.to_check.append(RowNote(c.line, "nhs_number", message))


def _write(session: Any, candidates: list[Candidate], report: ImportReport, *, actor: str | None,
           tick: Tick) -> None:
    from sqlmodel import select

    from app.domain.models import Person, Practice
    from app.services import audit
    from app.services.actor import default_actor

    who = actor or default_actor(session.info.get("database"))
    practices = {}
    for p in session.exec(select(Practice)):
        practices[p.name.casefold()] = p.id
        practices[p.ods_code.casefold()] = p.id
    ids: dict[int, uuid.UUID] = {}  # the person each candidate became
    for index, c in enumerate(candidates):
        if index % 50 == 0:
            tick(index, "Saving…")
        if c.to_check:
            continue
        v = c.values
        if c.same_as is not None or c.match_id is not None:
            person_id = ids[c.same_as] if c.same_as is not None else uuid.UUID(c.match_id)
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
        ids[index] = person_id
        if str(person_id) not in report.person_ids:
            report.person_ids.append(str(person_id))
        if c.referral_date is not None:
            _refer(session, person_id, c, report, who)
        session.flush()


def _refer(session: Any, person_id: uuid.UUID, c: Candidate, report: ImportReport, who: str) -> None:
    """The row's referral, unless the person has one from the same source on the same date already."""
    from sqlmodel import select

    from app.domain.models import Episode, EpisodeStatusChange
    from app.services import audit

    there = session.exec(select(Episode.id).where(
        Episode.person_id == person_id, Episode.referral_date == c.referral_date,
        Episode.referral_source == c.referral_source).limit(1)).first()
    if there is not None:
        report.referrals_already_there += 1
        return
    as_written = f"Reasons as written: {', '.join(c.reasons_as_written)}." if c.reasons_as_written else ""
    text = " ".join(t for t in (as_written, c.values.get("notes", "")) if t)
    assert c.referral_date is not None
    episode = Episode(
        person_id=person_id, referral_date=c.referral_date,
        referral_source=c.referral_source, reasons=c.reasons,
        what_matters=NOTES_PREFIX + text if text else "",
        status_changed_at=datetime.combine(c.referral_date, time(9), UTC),
    )
    session.add(episode)
    session.flush()
    session.add(EpisodeStatusChange(episode_id=episode.id, to_status="referred",
                                    changed_at=episode.status_changed_at))
    report.referrals += 1
    audit.record(session, actor=who, action="import", person_id=person_id,
                 detail=f"added a referral ({c.referral_source}) from a spreadsheet")


def _new_practice(name: str) -> Any:
    from app.domain.models import Practice

    code = name.strip().upper()
    if not _ODS.match(code):  # not an ODS code: a stand-in, unique per name, to be corrected
        code = "IMP" + hashlib.sha1(name.casefold().encode()).hexdigest()[:7].upper()
    return Practice(ods_code=code, name=name.strip())
