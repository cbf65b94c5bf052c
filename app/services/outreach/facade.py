"""The outreach façade: cohorts (lists of people to contact who were never referred) and calling through them.

Every public call that writes is one transaction and returns ``Changes`` (``outreach=True``; a referral
opened from a call also touches the caseload and the person).

The worklist orders itself: people due another try (today or before) first, longest waiting first; then
people never tried, by name; then those to try again on a later day; then those reached or not to be called
again. ``progress`` says it in words: "312 of 500 reached, 41 to try again today".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, func, select

from app import clock
from app.domain.outreach import CLOSED, OUTCOMES, REACHED, Cohort, CohortCall, CohortMember, state_after
from app.errors import InvalidInput, NotFound
from app.io.people_import import Progress, Table
from app.paths import load_json_resource
from app.services import audit
from app.services.actor import default_actor
from app.services.changes import Changes
from app.services.lookup import as_uuid, get_record
from app.services.outreach.cohort_import import CohortImportReport, match_rows, read_rows, read_source
from app.storage.database import Database
from app.i18n import english, translate

if TYPE_CHECKING:
    from app.services.outreach.letters import CohortLetters

RETRY_DAYS = 2  # after no answer, try again this many days later unless told otherwise
OUTREACH_SOURCES = ("outreach", "self")  # what a referral opened from a call may say it came from


@dataclass(frozen=True)
class CohortSummary:
    id: str
    name: str
    reason: str
    owner: str
    source: str
    progress: OutreachProgress

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "reason": self.reason, "owner": self.owner,
                "source": self.source, **self.progress.as_json()}


@dataclass(frozen=True)
class OutreachProgress:
    total: int = 0
    reached: int = 0
    retry_today: int = 0  # no answer before, and due another try today (or overdue)
    retry_later: int = 0
    not_tried: int = 0
    closed: int = 0  # wrong number, died, moved
    needs_found: int = 0  # people reached who told us of a need
    support_offered: int = 0
    referrals: int = 0

    @property
    def to_call_today(self) -> int:
        return self.retry_today + self.not_tried

    def sentence(self) -> str:
        if not self.total:
            return translate("outreach", "Nobody on this list yet.")
        if self.not_tried:
            return translate("outreach", "{reached} of {total} reached, {retry} to try again today, {untried} not tried "
                                         "yet.").format(reached=self.reached, total=self.total,
                                                        retry=self.retry_today, untried=self.not_tried)
        return translate("outreach", "{reached} of {total} reached, {retry} to try again today.").format(
            reached=self.reached, total=self.total, retry=self.retry_today)

    def as_json(self) -> dict[str, Any]:
        return {"people": self.total, "reached": self.reached, "retry_today": self.retry_today,
                "retry_later": self.retry_later, "not_tried": self.not_tried, "no_more_calls": self.closed,
                "needs_found": self.needs_found, "support_offered": self.support_offered,
                "referrals_opened": self.referrals, "progress": self.sentence()}


@dataclass(frozen=True)
class CallRow:
    """One line of the call worklist."""

    id: str
    name: str
    phone: str
    date_of_birth: date | None
    practice: str
    on_caseload: bool
    state: str  # new, retry, reached, closed
    attempts: int
    last_outcome: str
    last_attempt_at: datetime | None
    last_caller: str
    retry_on: date | None
    assigned_to: str
    needs: tuple[str, ...]

    @property
    def last_attempt(self) -> str:
        """The last call in words: "No answer, 3-Dec-2026 at 10:14 (ann)"; "" when never tried."""
        return self.last_attempt_in()

    def last_attempt_in(self, translate: Callable[[str, str], str] = translate) -> str:
        """``last_attempt``; ``translate=english`` for data."""
        if self.last_attempt_at is None:
            return ""
        when = self.last_attempt_at.astimezone()  # where the user is
        outcome = OUTCOMES.english.get(self.last_outcome, self.last_outcome)
        words = f"{translate('outreach', outcome)}, {when.day}-{when:%b-%Y at %H:%M}"
        return words + (f" ({self.last_caller})" if self.last_caller else "")

    def next_step(self, today: date, translate: Callable[[str, str], str] = translate) -> str:
        """What to do next, in words; ``translate=english`` for data."""
        if self.state == "new":
            return translate("outreach", "Not tried yet")
        if self.state == "retry":
            tries = (translate("outreach", "1 try") if self.attempts == 1
                     else translate("outreach", "{count} tries").format(count=self.attempts))
            if self.retry_on is None or self.retry_on <= today:
                return translate("outreach", "Try again today ({tries} so far)").format(tries=tries)
            return translate("outreach", "Try again on {day} ({tries} so far)").format(
                day=f"{self.retry_on.day}-{self.retry_on:%b-%Y}", tries=tries)
        if self.state == "reached":
            return translate("outreach", "Reached")
        return translate("outreach", "No more calls")

    def as_json(self, today: date) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "phone": self.phone,
                "date_of_birth": self.date_of_birth.isoformat() if self.date_of_birth else None,
                "practice": self.practice, "on_caseload": self.on_caseload, "state": self.state,
                "attempts": self.attempts, "last_outcome": self.last_outcome or None,
                "last_attempt": self.last_attempt_in(english) or None,
                "retry_on": self.retry_on.isoformat() if self.retry_on else None,
                "next": self.next_step(today, english), "needs": list(self.needs), "assigned_to": self.assigned_to or None}


def _reasons() -> dict[str, str]:
    reasons: dict[str, str] = load_json_resource("reference.json")["referral_reasons"]
    return reasons


class Outreach:
    def __init__(self, db: Database, *, actor: str | None = None) -> None:
        self.db = db
        self.actor = actor or default_actor(db)  # the worker's name set for this database, else the login

    # --- cohorts ---------------------------------------------------------------------------

    def create(self, name: str, reason: str = "", *, owner: str | None = None, source: str = "") -> Changes:
        with self.db.session() as session:
            cohort = self._new(session, name, reason, owner=owner, source=source)
        return Changes(outreach=True, created_id=str(cohort.id))

    def _new(self, session: Session, name: str, reason: str, *, owner: str | None, source: str) -> Cohort:
        name = " ".join(name.split())
        if not name:
            raise InvalidInput(translate("outreach", "A list needs a name, such as \u201cShielding, Riverside practice\u201d."))
        if session.exec(select(Cohort.id).where(func.lower(Cohort.name) == name.lower())).first():
            raise InvalidInput(translate("outreach", "There is already a list called {name}: choose another name.").format(name=repr(name)))
        cohort = Cohort(name=name, reason=reason.strip(), owner=(owner or self.actor).strip(), source=source)
        session.add(cohort)
        audit.record(session, actor=self.actor, action="create", detail="started an outreach list")
        return cohort

    def find(self, cohort: str) -> str:
        """The id of a cohort given by its id or its name."""
        with self.db.session() as session:
            found = session.exec(select(Cohort.id).where(func.lower(Cohort.name) == " ".join(cohort.split()).lower())
                                 ).first()
            if found is None:
                try:
                    found = session.get(Cohort, uuid.UUID(cohort)).id  # type: ignore[union-attr]
                except (ValueError, AttributeError):
                    raise NotFound(translate("outreach", "There is no outreach list called {cohort}.").format(cohort=repr(cohort))) from None
        return str(found)

    def cohorts(self, *, today: date | None = None) -> list[CohortSummary]:
        today = today or clock.today()
        with self.db.session() as session:
            cohorts = session.exec(select(Cohort).order_by(col(Cohort.created_at))).all()
            return [CohortSummary(str(c.id), c.name, c.reason, c.owner, c.source,
                                  self._progress(session, c.id, today)) for c in cohorts]

    def progress(self, cohort_id: str, *, today: date | None = None) -> OutreachProgress:
        with self.db.session() as session:
            return self._progress(session, as_uuid(cohort_id, "list"), today or clock.today())

    def _progress(self, session: Session, cohort_id: uuid.UUID, today: date) -> OutreachProgress:
        members = session.exec(select(col(CohortMember.state), col(CohortMember.retry_on), col(CohortMember.needs))
                               .where(CohortMember.cohort_id == cohort_id)).all()
        outcomes = session.exec(
            select(CohortCall.outcome, func.count(func.distinct(CohortCall.member_id)))
            .join(CohortMember, col(CohortMember.id) == CohortCall.member_id)
            .where(CohortMember.cohort_id == cohort_id).group_by(CohortCall.outcome)).all()
        by_outcome = dict(outcomes)
        count = {s: 0 for s in ("new", "reached", "closed")}
        due = later = needs = 0
        for state, retry_on, found in members:
            if state == "retry":
                if retry_on is None or retry_on <= today:
                    due += 1
                else:
                    later += 1
            else:
                count[state] = count.get(state, 0) + 1
            needs += bool(found)
        return OutreachProgress(total=len(members), reached=count["reached"], retry_today=due, retry_later=later,
                                not_tried=count["new"], closed=count["closed"], needs_found=needs,
                                support_offered=by_outcome.get("support_offered", 0),
                                referrals=by_outcome.get("referral_opened", 0))

    # --- filling a cohort -------------------------------------------------------------------

    def import_people(self, source: Path | str | Table, *, name: str, reason: str = "",
                      mapping: Mapping[str, str] | None = None, dry_run: bool = False,
                      progress: Progress | None = None) -> CohortImportReport:
        """People from a GP system search export (CSV or XLSX) onto the cohort called ``name`` (made if new),
        matched to the caseload, in one transaction (none when ``dry_run``)."""
        table = read_source(source)
        report = CohortImportReport(dry_run=dry_run)
        rows = read_rows(table, mapping, report, progress)
        label = Path(source).name if isinstance(source, (str, Path)) else "a spreadsheet"
        with self.db.session(immediate=True) as session:
            cohort = session.exec(select(Cohort).where(func.lower(Cohort.name) == " ".join(name.split()).lower())
                                  ).first()
            if cohort is None:
                cohort = self._new(session, name, reason, owner=None, source=f"imported from {label}")
                session.flush()
            con = session.connection().connection.dbapi_connection
            rows = match_rows(self.db, con, rows, self._listed(session, cohort.id), report)
            for row in rows:
                v = row.values
                member = CohortMember(
                    cohort_id=cohort.id, person_id=uuid.UUID(row.person_id) if row.person_id else None,
                    nhs_number=row.nhs_number, given_name=v["given_name"], family_name=v["family_name"],
                    date_of_birth=row.date_of_birth, phone=v.get("phone", ""), address=row.address,
                    postcode=v.get("postcode", "").upper(), practice=v.get("practice", ""))
                session.add(member)
                report.member_ids.append(str(member.id))
                if row.person_id:
                    report.matched += 1
                    report.person_ids.append(row.person_id)
                else:
                    report.added += 1
            report.cohort_id, report.cohort_name = str(cohort.id), cohort.name
            audit.record(session, actor=self.actor, action="import",
                         detail=f"put {len(rows)} people on an outreach list from {label}")
            if dry_run:
                session.rollback()
        return report

    def _listed(self, session: Session, cohort_id: uuid.UUID) -> list[tuple[str | None, date | None, str, str | None]]:
        from app.services.caseload.matching import fold

        members = session.exec(select(CohortMember).where(CohortMember.cohort_id == cohort_id)).all()
        return [(m.nhs_number, m.date_of_birth, fold(f"{m.given_name} {m.family_name}"),
                 str(m.person_id) if m.person_id else None) for m in members]

    def build_from_caseload(self, name: str, reason: str = "", *, status: str | None = None,
                            practice_id: str | None = None, reason_code: str | None = None,
                            worker_id: str | None = None, open_only: bool = False) -> Changes:
        """A cohort of the people on the caseload who pass the caseload's own filters."""
        from app.domain.models import Person, Practice
        from app.services.caseload.listing import CaseloadList

        listing = CaseloadList(self.db)
        try:
            ids = list(listing.person_ids(status=status, practice_id=practice_id, open_only=open_only,
                                          worker_id=worker_id, reason=reason_code))
        finally:
            listing.close()
        with self.db.session(immediate=True) as session:
            cohort = self._new(session, name, reason, owner=None, source="the caseload")
            practices = {p.id: p.name for p in session.exec(select(Practice))}
            for person_id in ids:
                person = session.get(Person, uuid.UUID(person_id))
                if person is None:
                    continue
                session.add(CohortMember(
                    cohort_id=cohort.id, person_id=person.id, nhs_number=person.nhs_number,
                    given_name=person.given_name, family_name=person.family_name,
                    date_of_birth=person.date_of_birth, phone=person.phone, address=person.address,
                    postcode=person.postcode, practice=practices.get(person.practice_id, "")
                    if person.practice_id else ""))
            audit.record(session, actor=self.actor, action="create",
                         detail=f"put {len(ids)} people from the caseload on an outreach list")
        return Changes(outreach=True, created_id=str(cohort.id))

    # --- the worklist -----------------------------------------------------------------------

    def call_ids(self, cohort_id: str, *, today: date | None = None, worker: str | None = None) -> list[str]:
        """Everyone on the list in calling order (see the module's docstring); with ``worker``, only the
        people given to them and those given to no one."""
        today = today or clock.today()
        group = ("CASE WHEN state = 'retry' AND (retry_on IS NULL OR retry_on <= ?) THEN 0 "
                 "WHEN state = 'new' THEN 1 WHEN state = 'retry' THEN 2 ELSE 3 END")
        mine = " AND assigned_to IN (?, '')" if worker is not None else ""
        con = self.db.connect()
        try:
            rows = con.execute(
                f"SELECT id FROM cohortmember WHERE cohort_id = ?{mine} ORDER BY {group}, "
                "CASE WHEN state = 'retry' THEN retry_on END, CASE WHEN state = 'retry' THEN last_attempt_at END, "
                "family_name COLLATE NOCASE, given_name COLLATE NOCASE, id",
                (as_uuid(cohort_id, "list").hex, *([worker] if worker is not None else []),
                 today.isoformat())).fetchall()
        finally:
            con.close()
        return [str(uuid.UUID(r[0])) for r in rows]

    def call_rows(self, member_ids: Sequence[str]) -> list[CallRow]:
        """The worklist lines for these people, in the order asked (one read for a page of them)."""
        wanted = [as_uuid(m, "person on the list") for m in member_ids]
        with self.db.session() as session:
            found = {m.id: m for m in session.exec(select(CohortMember).where(col(CohortMember.id).in_(wanted)))}
        return [_row(found[m]) for m in wanted if m in found]

    def calls(self, member_id: str) -> list[dict[str, Any]]:
        """Every call to one person, oldest first, in words."""
        with self.db.session() as session:
            calls = session.exec(select(CohortCall).where(CohortCall.member_id == as_uuid(member_id, "person"))
                                 .order_by(col(CohortCall.called_at))).all()
            return [{"outcome": c.outcome, "words": OUTCOMES.get(c.outcome, c.outcome),
                     "at": c.called_at.isoformat(), "caller": c.caller, "note": c.note, "needs": list(c.needs),
                     "retry_on": c.retry_on.isoformat() if c.retry_on else None,
                     "service_id": str(c.service_id) if c.service_id else None, "letter": c.letter,
                     "referral_id": str(c.episode_id) if c.episode_id else None} for c in calls]

    def remove(self, member_id: str) -> Changes:
        """Take one person off a list, with every call made to them (they asked not to be contacted, or are
        not who the list meant). Their caseload record, if any, is not touched. On a team, the removal syncs."""
        with self.db.session() as session:
            member = get_record(session, CohortMember, member_id, "person on the list")
            for call in session.exec(select(CohortCall).where(CohortCall.member_id == member.id)):
                session.delete(call)
            session.delete(member)
            audit.record(session, actor=self.actor, action="edit", person_id=member.person_id,
                         detail="took a person off an outreach list, with the calls made to them")
        return Changes(outreach=True)

    # --- sharing a list between workers ----------------------------------------------------------

    def split(self, cohort_id: str, workers: Sequence[str]) -> Changes:
        """Share out the people still to call (never tried, or to try again) between ``workers``, in turn down
        the calling order, so each has their share of due retries and of new people. Those reached or not to
        be called again keep whoever had them."""
        names = list(dict.fromkeys(" ".join(w.split()) for w in workers if w.strip()))
        if not names:
            raise InvalidInput(translate("outreach", "Name at least one worker to share the list with."))
        ids = self.call_ids(cohort_id)
        with self.db.session(immediate=True) as session:
            members = {m.id: m for m in session.exec(select(CohortMember).where(
                CohortMember.cohort_id == as_uuid(cohort_id, "list"), col(CohortMember.state).in_(("new", "retry"))))}
            turn = 0
            for member_id in ids:
                member = members.get(uuid.UUID(member_id))
                if member is None:
                    continue
                member.assigned_to = names[turn % len(names)]
                session.add(member)
                turn += 1
            audit.record(session, actor=self.actor, action="edit",
                         detail=f"shared {turn} people on an outreach list between {len(names)} workers")
        return Changes(outreach=True)

    def called_today(self, row: CallRow, *, today: date | None = None) -> str:
        """A warning when someone else called this person today, else "" (two workers never call one person
        on the same day without seeing it)."""
        today = today or clock.today()
        if row.last_attempt_at is None or row.last_attempt_at.astimezone().date() != today \
                or row.last_caller in ("", self.actor):
            return ""
        at = row.last_attempt_at.astimezone()
        outcome = OUTCOMES.get(row.last_outcome, row.last_outcome).lower()
        return translate("outreach", "{caller} already called {name} today at {time} ({outcome}).").format(
            caller=row.last_caller, name=row.name, time=f"{at:%H:%M}", outcome=outcome)

    # --- a letter to everyone ---------------------------------------------------------------

    def write_letters(self, cohort_id: str, out: Path, *, kinds: Sequence[str] = (), per_kind: int = 2,
                      note: str = "", large_print: bool = False, one_file: bool = True,
                      progress: Progress | None = None, language: str = "en") -> CohortLetters:
        """A letter to everyone on the list (not those who died or moved), each with open services that have
        room, of ``kinds`` (directory categories), near them (``app.services.outreach.letters``)."""
        from app.services.outreach.letters import write_letters

        return write_letters(self.db, cohort_id, Path(out), actor=self.actor, kinds=kinds, per_kind=per_kind,
                             note=note, large_print=large_print, one_file=one_file, progress=progress,
                             language=language)

    # --- recording a call -------------------------------------------------------------------

    def record(self, member_id: str, outcome: str, *, retry_in_days: int | None = None,
               needs: Sequence[str] = (), service_id: str | None = None, letter: bool = False,
               note: str = "", referral_source: str = "outreach") -> Changes:
        """What came of a call to one person on a list. "referral_opened" makes them a referral on the caseload
        (a new person unless they are on it already) in the same step."""
        if outcome not in OUTCOMES:
            raise InvalidInput(translate("outreach", "{outcome} is not an outcome of a call; choose one of: {join}.").format(outcome=repr(outcome), join=', '.join(OUTCOMES)))
        unknown = [n for n in needs if n not in _reasons()]
        if unknown:
            raise InvalidInput(translate("outreach", "{unknown} is not one of the needs Linkwell knows; choose from: {join}.").format(unknown=repr(unknown[0]), join=', '.join(_reasons())))
        if outcome not in ("spoke", "support_offered", "referral_opened") and needs:
            raise InvalidInput(translate("outreach", "Needs are recorded when you spoke to the person."))
        if outcome == "support_offered" and not (service_id or letter):
            raise InvalidInput(translate("outreach", "Say what support was offered: a service from the directory, a letter, or both."))
        if outcome != "no_answer" and retry_in_days is not None:
            raise InvalidInput(translate("outreach", "A day to try again goes with no answer only."))
        if outcome == "referral_opened" and referral_source not in OUTREACH_SOURCES:
            raise InvalidInput(translate("outreach", "A referral opened from a call comes from outreach or from the person themselves."))
        if retry_in_days is not None and not 0 <= retry_in_days <= 90:
            raise InvalidInput(translate("outreach", "Try again in 0 to 90 days."))
        now, today = clock.now(), clock.today()
        changes = Changes(outreach=True)
        with self.db.session(immediate=True) as session:
            member = get_record(session, CohortMember, member_id, "person on the list")
            call = CohortCall(member_id=member.id, outcome=outcome, called_at=now, caller=self.actor,
                              needs=list(dict.fromkeys(needs)), letter=letter, note=note.strip())
            if outcome == "no_answer":
                call.retry_on = today + timedelta(days=RETRY_DAYS if retry_in_days is None else retry_in_days)
            if service_id:
                from app.domain.models import Service

                call.service_id = get_record(session, Service, service_id, "service").id
            if outcome == "referral_opened":
                person_id, episode_id = self._open_referral(session, member, needs, referral_source, today)
                call.episode_id = episode_id
                changes = changes | Changes(person_ids=frozenset({str(person_id)}), caseload=True,
                                            created_id=str(episode_id))
            session.add(call)
            if member.state != "reached" or outcome in REACHED:  # a later no-answer never unreaches anyone
                member.state = state_after(outcome)
            if outcome in CLOSED:
                member.state = "closed"
            member.last_outcome, member.attempts = outcome, member.attempts + 1
            member.last_attempt_at, member.last_caller, member.retry_on = now, self.actor, call.retry_on
            if needs:
                member.needs = list(dict.fromkeys([*member.needs, *needs]))
            session.add(member)
            audit.record(session, actor=self.actor, action="edit", person_id=member.person_id,
                         detail=f"recorded an outreach call: {OUTCOMES.english[outcome].lower()}")
        if member.person_id is not None:
            changes = changes | Changes(person_ids=frozenset({str(member.person_id)}))
        return changes

    def _open_referral(self, session: Session, member: CohortMember, needs: Sequence[str], source: str,
                       today: date) -> tuple[uuid.UUID, uuid.UUID]:
        from app.domain.models import Person, Practice
        from app.services.caseload.facade import Caseload
        from app.services.caseload.matching import find_matches

        caseload = Caseload(self.db, actor=self.actor)
        person = session.get(Person, member.person_id) if member.person_id else None
        if person is None:  # on the caseload since the list came in?
            con = session.connection().connection.dbapi_connection
            found = find_matches(self.db, nhs_number=member.nhs_number, given_name=member.given_name,
                                 family_name=member.family_name, date_of_birth=member.date_of_birth, con=con)
            same = [m for m in found if member.nhs_number and m.nhs_number == member.nhs_number]
            if same:
                person = session.get(Person, uuid.UUID(same[0].person_id))
        if person is None:
            practice = session.exec(select(Practice.id).where(
                (func.lower(Practice.name) == member.practice.lower())
                | (func.upper(Practice.ods_code) == member.practice.upper()))).first() if member.practice else None
            person = caseload._new_person(
                session, given_name=member.given_name, family_name=member.family_name,
                nhs_number=member.nhs_number or "", date_of_birth=member.date_of_birth, phone=member.phone,
                address=member.address, postcode=member.postcode, practice_id=practice)
            session.flush()
        episode = caseload._new_episode(session, person, referral_date=today, referral_source=source,
                                        reasons=list(dict.fromkeys([*member.needs, *needs])) or ["other"])
        member.person_id = person.id
        return person.id, episode.id


def _row(m: CohortMember) -> CallRow:
    return CallRow(id=str(m.id), name=f"{m.given_name} {m.family_name}", phone=m.phone,
                   date_of_birth=m.date_of_birth, practice=m.practice, on_caseload=m.person_id is not None,
                   state=m.state, attempts=m.attempts, last_outcome=m.last_outcome,
                   last_attempt_at=m.last_attempt_at, last_caller=m.last_caller, retry_on=m.retry_on,
                   assigned_to=m.assigned_to, needs=tuple(m.needs))
