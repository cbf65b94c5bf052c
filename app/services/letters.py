"""The letters façade: gathers what a letter needs, limited to what the person agreed to share, and renders it.

Consent is enforced here, not in templates: a field the person did not agree to share is left empty,
so an edited template cannot print it.
- Referral letter to a service: name always; the items in the organisation's referral consent list
  (setting ``letters.referral_share``, changeable per letter) and nothing else. Never the risk note.
- GP letter and summary: identifiers (name, NHS number, date of birth), dates and SNOMED CT codes
  always; every other detail only when ``consent_share_with_gp`` is true.
- "My plan" goes to the person: all of their own plan.
Every letter or summary produced is recorded in the audit trail (``export``; ``print`` via ``printed``).
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from app import clock
from app.domain import nhs_number
from app.domain.instruments import InstrumentSet
from app.domain.models import (
    Connection,
    Episode,
    EpisodeStatusChange,
    Location,
    MeasureResponse,
    Organisation,
    Person,
    PlanAction,
    PlanGoal,
    Practice,
    Schedule,
    Service,
    ServiceLocation,
    Worker,
)
from app.domain.status import EPISODE_LABELS, EpisodeStatus
from app.errors import InvalidInput
from app.io.files import write_atomically
from app.io.letters import Document, load_template
from app.io.letters.clean import as_date
from app.io.letters.fields import (
    ActionFields,
    CodeFields,
    ConnectionFields,
    EpisodeFields,
    GoalFields,
    GpContext,
    LetterheadFields,
    MeasureFields,
    PersonFields,
    PausedContext,
    PlaceFields,
    PlanContext,
    PracticeFields,
    ReferralContext,
    ServiceFields,
    SessionFields,
    WorkerFields,
)
from app.io.letters.language import BILINGUAL, combine, current, languages, phone_word, value_format, words
from app.io.letters.language import said as letter_word
from app.io.letters.language import writing_in as letter_language
from app.io.letters.pdf import LARGE_SIZE, NORMAL_SIZE, Layout, render_pdf
from app.io.letters.text import render_text, text_value
from app.paths import load_json_resource
from app.services import audit
from app.services.lookup import get_record
from app.storage.database import Database
from app.storage.rows import collector_paused
from app.i18n import translate

LETTERHEAD_KEY = "letters.letterhead"
REFERRAL_SHARE_KEY = "letters.referral_share"
# What a referral letter may carry besides the person's name, and what it carries unless told otherwise.
SHAREABLE = ("phone", "email", "address", "date_of_birth", "nhs_number", "communication_needs", "what_matters")
DEFAULT_REFERRAL_SHARE = frozenset({"phone", "email", "address", "communication_needs", "what_matters"})
# Open safeguarding concerns go into a letter to a service only when the worker ticks them in for that
# letter: never a default, never remembered.
SAFEGUARDING = "safeguarding"
KINDS = ("referral", "plan", "gp", "paused")
_LIVE = {"draft", "requested", "accepted", "in-progress", "on-hold"}
_WAITING = ("requested", "accepted")  # referred, not yet started: who a "your group is paused" letter is for


def wording(key: str) -> Any:
    """Words for coded values, in the language of the letter being written (``letters.language``)."""
    return words(current())[key]


def _reference(name: str) -> dict[str, str]:
    return {code: letter_word(name, code, label) for code, label in load_json_resource("reference.json")[name].items()}


@dataclass(frozen=True)
class Letterhead:
    """The sender's heading, set once in settings (kept in the database, so it travels with it)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None  # PNG or JPEG

    def fields(self) -> LetterheadFields:
        return LetterheadFields(name=self.name, address=self.address, phone=self.phone, email=self.email)


@dataclass(frozen=True)
class Letter:
    """A letter ready to lay out: as PDF for saving, as HTML for Qt's print path."""

    kind: str
    person_id: str
    document: Document
    layout: Layout

    def pdf(self) -> bytes:
        return render_pdf([self.document], self.layout)

    def html(self) -> str:
        from app.io.letters.html import render_html

        return render_html(self.document, self.layout.size, self.layout.logo)


@dataclass(frozen=True)
class GpSummary:
    text: str
    codes_only: bool  # the person has not agreed to share detail with the GP: codes and dates only


@dataclass(frozen=True)
class ServiceChoice:
    """A service people have open connections to (for a batch of letters)."""

    id: str
    name: str
    people: int
    unavailable: bool  # paused or closed in the directory
    waiting: int = 0  # of them, people referred and not yet started


@dataclass(frozen=True)
class BatchResult:
    files: list[Path] = field(default_factory=list)
    letters: int = 0
    cancelled: bool = False


@dataclass(frozen=True)
class BatchOutcome:
    """A batch as the window and the command line report it."""

    letters: int
    skipped: int  # people with no referral, so no letter
    out: Path
    one_file: bool
    cancelled: bool


def _local_date(value: datetime | date | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().date()
    return as_date(value)


def _lines(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


class Letters:
    def __init__(self, db: Database, *, actor: str | None = None, today: date | None = None) -> None:
        from app.services.caseload.facade import default_actor

        self.db = db
        self.actor = actor or default_actor(db)
        self._today = today
        self._head: Letterhead | None = None  # the letterhead, read once per letter or batch

    @contextmanager
    def _one_read(self) -> Iterator[Letterhead]:
        """The letterhead setting read once for a whole letter or batch (each read opens a connection)."""
        if self._head is not None:
            yield self._head
            return
        self._head = self.letterhead()
        try:
            yield self._head
        finally:
            self._head = None

    @property
    def today(self) -> date:
        return self._today or clock.today()

    # --- settings ------------------------------------------------------------------------

    def _setting(self, key: str) -> str | None:
        """A setting read on the pooled connection (``db.read_setting`` opens and keys a new SQLCipher
        connection, about 5 ms, which was most of gathering one letter)."""
        from app.domain.settings import Setting

        with self.db.session() as session:
            found = session.get(Setting, key)
            return found.value if found is not None else None

    def letterhead(self) -> Letterhead:
        raw = self._setting(LETTERHEAD_KEY)
        if not raw:
            return Letterhead()
        data = json.loads(raw)
        logo = base64.b64decode(data["logo"]) if data.get("logo") else None
        return Letterhead(name=data.get("name", ""), address=data.get("address", ""), phone=data.get("phone", ""),
                          email=data.get("email", ""), logo=logo)

    def set_letterhead(self, head: Letterhead) -> None:
        if head.logo is not None:
            _check_logo(head.logo)
        data = {"name": head.name, "address": head.address, "phone": head.phone, "email": head.email,
                "logo": base64.b64encode(head.logo).decode("ascii") if head.logo else ""}
        self.db.write_setting(LETTERHEAD_KEY, json.dumps(data, ensure_ascii=False))

    def referral_share(self) -> frozenset[str]:
        raw = self._setting(REFERRAL_SHARE_KEY)
        return frozenset(json.loads(raw)) & set(SHAREABLE) if raw else DEFAULT_REFERRAL_SHARE

    def set_referral_share(self, items: Iterable[str]) -> None:
        self.db.write_setting(REFERRAL_SHARE_KEY, json.dumps(sorted(_share(items) - {SAFEGUARDING})))

    def save_letterhead(self, head: Letterhead, share: Iterable[str], *, logo_file: Path | None = None,
                        keep_logo: bool = False) -> None:
        """The letterhead settings as the window saves them: the logo read from ``logo_file``, the one
        already saved kept (``keep_logo``), or none; and what a referral letter may share."""
        if keep_logo:
            data = self.letterhead().logo
        elif logo_file is None:
            data = None
        else:
            try:
                data = Path(logo_file).read_bytes()
            except OSError as exc:
                raise InvalidInput(translate("letters", "The logo {name} could not be read ({value}). Choose another picture or remove the logo.").format(name=Path(logo_file).name, value=exc.strerror or exc)) from None
        self.set_letterhead(Letterhead(head.name, head.address, head.phone, head.email, data))
        self.set_referral_share(share)

    # --- contexts --------------------------------------------------------------------------

    def referral_context(self, connection_id: str, *, share: Iterable[str] | None = None) -> ReferralContext:
        allowed = self.referral_share() if share is None else _share(share)
        with self.db.session() as session:
            connection = _live_connection(session, connection_id)
            episode = get_record(session, Episode, connection.episode_id, "referral")
            person = get_record(session, Person, episode.person_id, "person")
            service = _service(session, connection.service_id)
            ep = _episode(session, episode)
            return ReferralContext(
                letterhead=self._sender(session, person).fields(), today=self.today,
                person=_person(person, allowed, session, self.today), worker=self._worker(session, episode, person),
                episode=ep if "what_matters" in allowed else _without_what_matters(ep),
                service=service, connection=_connection(connection, service), note=connection.note,
            )

    def paused_context(self, connection_id: str) -> PausedContext:
        """The "your group is paused" letter: to the person (all of their own details), about one service."""
        with self.db.session() as session:
            connection = _live_connection(session, connection_id)
            episode = get_record(session, Episode, connection.episode_id, "referral")
            person = get_record(session, Person, episode.person_id, "person")
            service = _service(session, connection.service_id)
            return PausedContext(
                letterhead=self._sender(session, person).fields(), today=self.today,
                person=_person(person, set(SHAREABLE), session, self.today),
                worker=self._worker(session, episode, person), service=service,
                connection=_connection(connection, service),
            )

    def plan_context(self, person_id: str, episode_id: str | None = None) -> PlanContext:
        with self.db.session() as session:
            person, episode = _person_and_episode(session, person_id, episode_id)
            connections = [c for c in _connections(session, episode.id) if c[0].status in _LIVE]
            return PlanContext(
                letterhead=self._sender(session, person).fields(), today=self.today,
                person=_person(person, set(SHAREABLE), session, self.today),
                worker=self._worker(session, episode, person),
                episode=_episode(session, episode), goals=_goals(session, episode.id),
                connections=[cf for _, cf in connections],
            )

    def gp_context(self, person_id: str, episode_id: str | None = None) -> GpContext:
        with self.db.session() as session:
            person, episode = _person_and_episode(session, person_id, episode_id)
            shares = person.consent_share_with_gp
            practice = session.get(Practice, person.practice_id) if person.practice_id else None
            ep = _episode(session, episode)
            if not shares:
                ep = EpisodeFields(referral_date=ep.referral_date, offer_date=ep.offer_date, closed_on=ep.closed_on)
            return GpContext(
                letterhead=self._sender(session, person).fields(), today=self.today, shares_detail=shares,
                person=_person(person, set(SHAREABLE) if shares else {"nhs_number", "date_of_birth"}, session,
                               self.today),
                worker=self._worker(session, episode, person),
                practice=PracticeFields(name=practice.name, address=_lines(practice.address, practice.postcode),
                                        phone=practice.phone, ods_code=practice.ods_code) if practice
                else PracticeFields(),
                episode=ep, codes=_codes(session, episode.id),
                goals=_goals(session, episode.id) if shares else [],
                connections=[cf for c, cf in _connections(session, episode.id) if c.status != "entered-in-error"]
                if shares else [],
                measures=_measures(session, episode.id) if shares else [],
            )

    def _sender(self, session: Session, person: Person) -> Letterhead:
        """The letterhead from settings; else the person's practice; else a plain heading."""
        head = self._head or self.letterhead()
        if head.name:
            return head
        practice = session.get(Practice, person.practice_id) if person.practice_id else None
        if practice:
            return Letterhead(name=practice.name, address=_lines(practice.address, practice.postcode),
                              phone=practice.phone, logo=head.logo)
        return Letterhead(name=wording("default_sender"), address=head.address, phone=head.phone,
                          email=head.email, logo=head.logo)

    def _worker(self, session: Session, episode: Episode, person: Person) -> WorkerFields:
        worker = session.get(Worker, episode.worker_id) if episode.worker_id else None
        if worker:
            role = letter_word("worker_roles", worker.role, worker.role)  # free text; the usual ones in Welsh too
            return WorkerFields(name=worker.name, role=role, phone=worker.phone, email=worker.email)
        from app.settings import WORKER_NAME

        sender = self._sender(session, person)  # the worker who set their name on this database signs
        return WorkerFields(name=WORKER_NAME.parse(self._setting(WORKER_NAME.key)), role=letter_word("worker_roles", "link worker", "link worker"),
                            phone=sender.phone, email=sender.email)

    # --- letters -----------------------------------------------------------------------------

    def prepare(self, kind: str, target_id: str, *, large_print: bool = False, easy_read: bool = False,
                share: Iterable[str] | None = None, episode_id: str | None = None, language: str = "en") -> Letter:
        """A letter laid out but not yet exported (print preview). ``target_id``: a connection for
        ``referral``, a person for ``plan`` and ``gp`` (their latest referral unless ``episode_id``).
        ``language``: en, cy, bilingual (side by side) or cy-first (``app/io/letters/language.py``)."""
        with self._one_read() as sender:
            made: dict[str, Letter] = {}
            for lang in languages(language):  # each language's letter made whole on its own, then combined
                phone = phone_word(lang) + (" / Phone" if lang != "en" and language in BILINGUAL else "")
                with letter_language(lang):
                    made[lang] = self._prepare(kind, target_id, sender, large_print=large_print,
                                               easy_read=easy_read, share=share, episode_id=episode_id,
                                               language=lang, phone=phone)
            first = next(iter(made.values()))
            return Letter(first.kind, first.person_id,
                          combine(language, {k: v.document for k, v in made.items()}), first.layout)

    def _prepare(self, kind: str, target_id: str, sender: Letterhead, *, large_print: bool, easy_read: bool,
                 share: Iterable[str] | None, episode_id: str | None, language: str = "en",
                 phone: str = "Phone") -> Letter:
        if kind == "referral":
            context: Any = self.referral_context(target_id, share=share)
            person_id = self._person_of_connection(target_id)
            template = "referral"
        elif kind == "plan":
            context, person_id = self.plan_context(target_id, episode_id), target_id
            template = "plan-easy-read" if easy_read else "plan"
        elif kind == "gp":
            context, person_id, template = self.gp_context(target_id, episode_id), target_id, "gp-letter"
        elif kind == "paused":
            context, template = self.paused_context(target_id), "paused"
            person_id = self._person_of_connection(target_id)
        else:
            raise InvalidInput(translate("letters", "{kind} is not a kind of letter ({join}).").format(kind=repr(kind), join=', '.join(KINDS)))
        document = load_template(template, language=language).render(context, value_format(language),
                                                                     phone_word=phone)
        size = LARGE_SIZE if (large_print or easy_read) else NORMAL_SIZE
        layout = Layout(size=size, logo=sender.logo, author=context.letterhead.name)
        return Letter(kind, person_id, document, layout)

    def referral_letter(self, connection_id: str, *, share: Iterable[str] | None = None,
                        language: str = "en") -> bytes:
        return self._export(self.prepare("referral", connection_id, share=share, language=language))

    def plan_letter(self, person_id: str, *, large_print: bool = False, easy_read: bool = False,
                    language: str = "en") -> bytes:
        return self._export(self.prepare("plan", person_id, large_print=large_print, easy_read=easy_read,
                                         language=language))

    def gp_letter(self, person_id: str, language: str = "en") -> bytes:
        return self._export(self.prepare("gp", person_id, language=language))

    def gp_summary(self, person_id: str, episode_id: str | None = None) -> str:
        """The plain-text summary for pasting into the GP record."""
        return self.summarise_for_gp(person_id, episode_id).text

    def summarise_for_gp(self, person_id: str, episode_id: str | None = None) -> GpSummary:
        """The GP summary and whether it is the codes-only form."""
        context = self.gp_context(person_id, episode_id)
        text = render_text(load_template("gp-summary").render(context, text_value))
        self._audit("export", person_id, "GP summary" + ("" if context.shares_detail else " (codes and dates)"))
        return GpSummary(text, codes_only=not context.shares_detail)

    def open_services(self) -> list[ServiceChoice]:
        """Services with open connections, with how many people; for "everyone waiting for..." batches."""
        from sqlalchemy import func

        from app.services.directory.facade import UNAVAILABLE_STATUSES

        with self.db.session() as session:
            rows = session.exec(
                select(Service.id, Service.name, Service.status, func.count(func.distinct(Episode.person_id)))
                .join(Connection, col(Connection.service_id) == Service.id)
                .join(Episode, col(Episode.id) == Connection.episode_id)
                .where(col(Connection.status).in_(_LIVE), col(Connection.deleted_at).is_(None))
                .group_by(col(Service.id)).order_by(Service.name)).all()
            waiting = dict(session.exec(
                select(Connection.service_id, func.count(func.distinct(Episode.person_id)))
                .join(Episode, col(Episode.id) == Connection.episode_id)
                .where(col(Connection.status).in_(_WAITING), col(Connection.deleted_at).is_(None))
                .group_by(col(Connection.service_id))).all())
        return [ServiceChoice(str(sid), name, count, status in UNAVAILABLE_STATUSES, waiting.get(sid, 0))
                for sid, name, status, count in rows]

    def with_referrals(self, person_ids: Sequence[str], *, open_only: bool = False) -> list[str]:
        """The people among ``person_ids`` who have a referral (a letter needs one), in the order given;
        with ``open_only``, a referral not yet closed (the batch letters' first choice)."""
        found: set[str] = set()
        ids = [uuid.UUID(str(p)) for p in person_ids]
        with self.db.session() as session:
            for start in range(0, len(ids), 500):
                query = select(Episode.person_id).where(col(Episode.person_id).in_(ids[start:start + 500]))
                if open_only:
                    query = query.where(Episode.status != EpisodeStatus.CLOSED.value)
                found.update(str(p) for p in session.exec(query.distinct()).all())
        return [str(p) for p in person_ids if str(p) in found]

    def people_waiting_for(self, service_id: str) -> list[str]:
        """Everyone with an open connection to the service, in name order."""
        with self.db.session() as session:
            service = get_record(session, Service, service_id, "service")
            rows = session.exec(
                select(Person.id).join(Episode, col(Episode.person_id) == Person.id)
                .join(Connection, col(Connection.episode_id) == Episode.id)
                .where(Connection.service_id == service.id, col(Connection.status).in_(_LIVE),
                       col(Connection.deleted_at).is_(None))
                .order_by(Person.family_name, Person.given_name)).all()
        return list(dict.fromkeys(str(r) for r in rows))

    def waiting_to_start(self, service_id: str) -> list[str]:
        """The connections of people referred to the service and not yet started, in name order: one
        "your group is paused" letter each."""
        with self.db.session() as session:
            service = get_record(session, Service, service_id, "service")
            rows = session.exec(
                select(Connection.id).join(Episode, col(Episode.id) == Connection.episode_id)
                .join(Person, col(Person.id) == Episode.person_id)
                .where(Connection.service_id == service.id, col(Connection.status).in_(_WAITING),
                       col(Connection.deleted_at).is_(None))
                .order_by(Person.family_name, Person.given_name)).all()
        return [str(r) for r in rows]

    def printed(self, letter: Letter) -> None:
        """Record that ``letter`` was sent to a printer."""
        self._audit("print", letter.person_id, f"{letter.kind} letter")

    def write(self, kind: str, target_id: str, out: Path, **options: Any) -> Path:
        """Save one letter as a PDF file (written whole or not at all)."""
        letter = self.prepare(kind, target_id, **options)
        write_atomically(Path(out), letter.pdf())
        self._audit("export", letter.person_id, f"{kind} letter saved as PDF")
        return Path(out)

    def batch(
        self,
        kind: str,
        target_ids: Sequence[str],
        out: Path,
        *,
        one_file: bool = True,
        progress: Callable[[int, int], bool] | None = None,
        **options: Any,
    ) -> BatchResult:
        """Many letters: into one PDF (``out`` is the file) or one file each (``out`` is a folder).

        ``progress(done, total)`` is called after each letter; returning False cancels, and a
        cancelled batch leaves no files behind.
        """
        with self._one_read(), collector_paused():  # hundreds of letters' objects live until the PDF is made
            return self._batch(kind, target_ids, out, one_file=one_file, progress=progress, **options)

    def write_batch(self, kind: str, options: dict[str, Any], people: Sequence[str] | None, service_id: str | None,
                    out: Path, *, one_file: bool, name: str = "letters",
                    progress: Callable[[int, int, str], bool] | None = None) -> BatchOutcome:
        """Batch letters for ``people`` (or, with None, everyone waiting for ``service_id``; a ``paused``
        letter goes to each person referred there and not yet started): those with no referral are skipped, a folder for one file each is made private first, and ``progress(done,
        total, label)`` returning True cancels between letters (nothing is left behind)."""
        from app.io.files import private_folder

        if kind == "paused":  # to the people waiting to start at one service; each has a referral
            targets = self.waiting_to_start(str(service_id))
            if not targets:
                raise InvalidInput(translate("letters", "No one is waiting to start at this service, so there are no letters to write."))
            chosen = targets
        else:
            chosen = list(people) if people is not None else self.people_waiting_for(str(service_id))
            targets = self.with_referrals(chosen)
        if not targets:
            raise InvalidInput(translate("letters", "None of these people has a referral yet, so there are no letters to write."))
        if not one_file:
            private_folder(out)

        def report(done: int, total: int) -> bool:
            return not (progress is not None and progress(done, total, f"Writing {name}: {done} of {total}…"))

        result = self.batch(kind, targets, out, one_file=one_file, progress=report, **options)
        return BatchOutcome(result.letters, len(chosen) - len(targets), out, one_file, result.cancelled)

    def _batch(self, kind: str, target_ids: Sequence[str], out: Path, *, one_file: bool,
               progress: Callable[[int, int], bool] | None, **options: Any) -> BatchResult:
        out = Path(out)
        total = len(target_ids)
        documents: list[Document] = []
        people: list[str] = []
        written: list[Path] = []
        layout = Layout()
        try:
            for done, target in enumerate(target_ids, start=1):
                letter = self.prepare(kind, target, **options)
                people.append(letter.person_id)
                layout = letter.layout
                if one_file:
                    documents.append(letter.document)
                else:
                    path = out / f"{kind}-{done:04d}-{target}.pdf"
                    write_atomically(path, letter.pdf())
                    written.append(path)
                if progress is not None and progress(done, total) is False:
                    for path in written:
                        path.unlink(missing_ok=True)
                    return BatchResult(cancelled=True)
            if one_file and documents:
                write_atomically(out, render_pdf(documents, layout))
                written = [out]
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        with self.db.session() as session:
            for person_id in people:
                audit.record(session, actor=self.actor, action="export", person_id=person_id,
                             detail=f"{kind} letter in a batch")
        return BatchResult(files=written, letters=total)

    # --- helpers ------------------------------------------------------------------------------

    def _export(self, letter: Letter) -> bytes:
        data = letter.pdf()
        self._audit("export", letter.person_id, f"{letter.kind} letter")
        return data

    def _audit(self, action: str, person_id: str, detail: str) -> None:
        with self.db.session() as session:
            audit.record(session, actor=self.actor, action=action, person_id=person_id, detail=detail)

    def _person_of_connection(self, connection_id: str) -> str:
        with self.db.session() as session:
            return self._person_of(session, "referral", connection_id)

    @staticmethod
    def _person_of(session: Session, kind: str, target_id: str) -> str:
        connection = _live_connection(session, target_id)
        return str(get_record(session, Episode, connection.episode_id, "referral").person_id)


# --- gathering -------------------------------------------------------------------------------


def _live_connection(session: Session, connection_id: str) -> Connection:
    connection = get_record(session, Connection, connection_id, "connection")
    if connection.deleted_at is not None:
        raise InvalidInput(translate("letters", "That connection has been deleted, so there is no referral letter to write."))
    return connection


def _share(items: Iterable[str]) -> frozenset[str]:
    chosen = frozenset(i.strip() for i in items if i.strip())
    unknown = chosen - set(SHAREABLE) - {SAFEGUARDING}
    if unknown:
        raise InvalidInput(translate("letters", "{join} cannot be shared in a letter; choose from {join_b}.").format(join=', '.join(sorted(unknown)), join_b=', '.join(SHAREABLE)))
    return chosen


def _check_logo(data: bytes) -> None:
    from reportlab.lib.utils import ImageReader

    try:
        import io

        ImageReader(io.BytesIO(data)).getSize()
    except (OSError, ValueError, binascii.Error) as exc:
        raise InvalidInput(translate("letters", "The logo is not a picture Linkwell can print (PNG or JPEG): {exc}.").format(exc=exc)) from None


def _person_and_episode(session: Session, person_id: str, episode_id: str | None) -> tuple[Person, Episode]:
    person = get_record(session, Person, person_id, "person")
    if episode_id:
        episode = get_record(session, Episode, episode_id, "referral")
        if episode.person_id != person.id:
            raise InvalidInput(translate("letters", "That referral belongs to someone else."))
        return person, episode
    latest = session.exec(select(Episode).where(Episode.person_id == person.id)
                          .order_by(col(Episode.referral_date).desc(), col(Episode.created_at).desc())).first()
    if latest is None:
        raise InvalidInput(translate("letters", "{given_name} {family_name} has no referral yet, so there is nothing to write about.").format(given_name=person.given_name, family_name=person.family_name))
    return person, latest


def _young(person: Person, allowed: set[str] | frozenset[str], session: Session | None,
           today: date | None) -> dict[str, str]:
    """For a young person (under 18): the age band, their parents or guardians, and whom a letter is
    addressed to (the person, those guardians who may be contacted, or both, as the worker chose)."""
    from app.domain.people import Guardian
    from app.services.caseload.young_people import age_on, relationships

    name, preferred = f"{person.given_name} {person.family_name}".strip(), person.preferred_name or person.given_name
    plain = {"addressed_to": name, "salutation": preferred, **_safeguarding(person, allowed, session)}
    age = age_on(person.date_of_birth, today or clock.today())
    if age is None or age >= 18 or session is None:
        return plain
    labels = relationships()
    guardians = session.exec(select(Guardian).where(Guardian.person_id == person.id)
                             .order_by(col(Guardian.parental_responsibility).desc(), col(Guardian.created_at))).all()
    found = {"age_band": letter_word("age_bands", "", "Under 16" if age < 16 else "16 to 17"), **plain}
    if "phone" in allowed:  # detail, shared only where the person agreed
        found["guardians"] = "\n".join(
            f"{g.name} ({letter_word('guardian_relationships', g.relationship, labels.get(g.relationship, g.relationship)).lower()}"
            f"{', ' + wording('parental_responsibility') if g.parental_responsibility else ''})" for g in guardians)
    found.update(_safeguarding(person, allowed, session))
    reachable = [g.name for g in guardians if g.may_contact]
    if reachable and person.letters_to == "guardian":
        both = f" {wording('and')} "
        found.update(addressed_to=both.join(reachable), salutation=both.join(reachable))
    elif reachable and person.letters_to == "both":
        both = f" {wording('and')} "
        found.update(addressed_to=both.join([name, *reachable]), salutation=both.join([preferred, *reachable]))
    return found


def _safeguarding(person: Person, allowed: set[str] | frozenset[str], session: Session | None) -> dict[str, str]:
    """The flag (for the GP summary) when a concern is open, and the concerns in words only when the worker
    ticked them into this letter."""
    if session is None:
        return {}
    from app.services.caseload.safeguarding import live_concerns, wording

    live = live_concerns(session, person.id)
    if not live:
        return {}
    found = {"safeguarding_flag": str(words(current()).get("gp_flag", wording()["gp_flag"]))}
    if SAFEGUARDING in allowed:
        found["safeguarding"] = "\n".join(c.line + (f" {c.note}" if c.note else "") for c in live)
    return found


def _person(person: Person, allowed: set[str] | frozenset[str], session: Session | None = None,
            today: date | None = None) -> PersonFields:
    def keep(item: str, value: Any) -> Any:
        return value if item in allowed else type(value)() if value is not None else None

    return PersonFields(**_young(person, allowed, session, today),
        name=f"{person.given_name} {person.family_name}".strip(),
        given_name=person.given_name, family_name=person.family_name,
        preferred_name=person.preferred_name or person.given_name,
        nhs_number=keep("nhs_number", nhs_number.format_display(person.nhs_number) if person.nhs_number else ""),
        date_of_birth=person.date_of_birth if "date_of_birth" in allowed else None,
        phone=keep("phone", person.phone), email=keep("email", person.email),
        address=keep("address", _lines(person.address, person.postcode)),
        communication_needs=keep("communication_needs", person.communication_needs),
    )


def _without_what_matters(ep: EpisodeFields) -> EpisodeFields:
    from dataclasses import replace

    return replace(ep, what_matters="", strengths="")


def _episode(session: Session, episode: Episode) -> EpisodeFields:
    history = session.exec(select(EpisodeStatusChange).where(EpisodeStatusChange.episode_id == episode.id)
                           .order_by(col(EpisodeStatusChange.changed_at))).all()
    offer = [h for h in history if h.to_status in ("accepted", "declined")]
    reasons, sources = _reference("referral_reasons"), _reference("referral_sources")
    closures = _reference("closure_reasons")
    return EpisodeFields(
        referral_date=episode.referral_date,
        referral_source=sources.get(episode.referral_source, episode.referral_source),
        referrer_name=episode.referrer_name, referrer_organisation=episode.referrer_organisation,
        reasons=[reasons.get(r, r) for r in episode.reasons],
        status=letter_word("episode_statuses", episode.status, EPISODE_LABELS.english[EpisodeStatus(episode.status)]),
        offer_outcome=letter_word("offer_outcomes", offer[-1].to_status, offer[-1].to_status) if offer else "",
        offer_date=_local_date(offer[-1].changed_at) if offer else None,
        what_matters=episode.what_matters, strengths=episode.strengths,
        next_contact_due=episode.next_contact_due,
        closed_on=_local_date(episode.closed_at),
        closure_reason=closures.get(episode.closure_reason, episode.closure_reason or "")
        if episode.closure_reason else "",
    )


def _codes(session: Session, episode_id: uuid.UUID) -> list[CodeFields]:
    concepts = {c["id"]: c for c in load_json_resource("snomed.json")["concepts"].values()}
    rows = session.exec(select(EpisodeStatusChange).where(EpisodeStatusChange.episode_id == episode_id,
                                                          col(EpisodeStatusChange.snomed_concept).is_not(None))
                        .order_by(col(EpisodeStatusChange.changed_at))).all()
    out = []
    for row in rows:
        concept = concepts.get(row.snomed_concept or "")
        term = f"{concept['term']} ({concept['semantic_tag']})" if concept else ""
        out.append(CodeFields(date=_local_date(row.changed_at), id=row.snomed_concept or "", term=term))
    return out


def _goals(session: Session, episode_id: uuid.UUID) -> list[GoalFields]:
    statuses = wording("goal_statuses")
    goals = session.exec(select(PlanGoal).where(PlanGoal.episode_id == episode_id)
                         .order_by(col(PlanGoal.created_at))).all()
    out = []
    for goal in goals:
        actions = session.exec(select(PlanAction).where(PlanAction.goal_id == goal.id)
                               .order_by(col(PlanAction.created_at))).all()
        out.append(GoalFields(
            text=goal.text, status=statuses.get(goal.status, goal.status), target_date=goal.target_date,
            actions=[ActionFields(text=a.text, owner=a.owner, due_date=a.due_date, done=a.done_at is not None)
                     for a in actions],
        ))
    return out


def _connections(session: Session, episode_id: uuid.UUID) -> list[tuple[Connection, ConnectionFields]]:
    rows = session.exec(select(Connection).where(Connection.episode_id == episode_id,
                                                 col(Connection.deleted_at).is_(None))
                        .order_by(col(Connection.created_at))).all()
    return [(c, _connection(c, _service(session, c.service_id))) for c in rows]


def _connection(connection: Connection, service: ServiceFields) -> ConnectionFields:
    outcomes = _reference("connection_outcomes")
    reason = connection.outcome_reason or ""
    return ConnectionFields(
        service=service, kind=wording("connection_kinds").get(connection.kind, connection.kind),
        status=wording("connection_statuses").get(connection.status, connection.status),
        outcome=outcomes.get(reason, reason), note=connection.note,
        started_on=_local_date(connection.created_at),
    )


def _service(session: Session, service_id: uuid.UUID) -> ServiceFields:
    service = get_record(session, Service, service_id, "service")
    organisation = session.get(Organisation, service.organisation_id) if service.organisation_id else None
    locations = session.exec(select(Location).join(ServiceLocation, col(ServiceLocation.location_id) == Location.id)
                             .where(ServiceLocation.service_id == service.id)
                             .order_by(col(ServiceLocation.created_at))).all()
    schedules = session.exec(select(Schedule).where(Schedule.service_id == service.id)
                             .order_by(col(Schedule.created_at))).all()
    places = [PlaceFields(name=loc.name, address=_lines(loc.address, loc.city, loc.postcode),
                          how_to_get_there=loc.how_to_get_there) for loc in locations]
    org_name = organisation.name if organisation and organisation.name != service.name else ""
    return ServiceFields(
        name=service.name, organisation=org_name, contact_name=service.contact_name,
        phone=service.phone or (organisation.phone if organisation else ""),
        email=service.email or (organisation.email if organisation else ""),
        website=service.url, address=_lines(places[0].name, places[0].address) if places else "",
        description=service.description,
        cost=wording("free") if service.is_free else (service.cost_note or wording("not_free")),
        sessions=[_session(s) for s in schedules], places=places,
    )


def _session(schedule: Schedule) -> SessionFields:
    names = wording("weekdays")
    days = [names.get(d.strip(), d.strip()) for d in schedule.byday.split(",") if d.strip()]
    said = days[0] if len(days) == 1 else ", ".join(days[:-1]) + f" {wording('and')} " + days[-1] if days else ""
    times = wording("time_range").format(opens=schedule.opens_at, closes=schedule.closes_at) \
        if schedule.opens_at and schedule.closes_at else \
        schedule.opens_at
    when = schedule.description or ", ".join(p for p in (said, times) if p)
    return SessionFields(when=when, days=said, times=times)


def _scores_said(instruments: InstrumentSet, instrument_id: str, answers: dict[str, Any]) -> str:
    """The scores in words ("Loneliness score (3 to 9) 7"), never an item's internal key; an instrument
    whose definition is not loaded says so instead."""
    if instrument_id not in instruments:
        return str(wording("scores_missing"))
    definition = instruments.get(instrument_id)
    scores = definition.scores_for(answers)
    said = [f"{letter_word('score_labels', s.label, s.label)} {scores[s.id]:g}" for s in definition.scores
            if scores.get(s.id) is not None]
    return "; ".join(said) or str(wording("not_answered"))


def _measures(session: Session, episode_id: uuid.UUID) -> list[MeasureFields]:
    """Before and after: the first and the latest response to each instrument."""
    rows = session.exec(select(MeasureResponse).where(MeasureResponse.episode_id == episode_id)
                        .order_by(col(MeasureResponse.taken_at))).all()
    from app.domain.instruments import load_instruments

    names, instruments = wording("instruments"), load_instruments()
    by_instrument: dict[str, list[MeasureResponse]] = {}
    for row in rows:
        by_instrument.setdefault(row.instrument, []).append(row)
    out = []
    for instrument, responses in by_instrument.items():
        for row in ([responses[0], responses[-1]] if len(responses) > 1 else responses):
            answers = _scores_said(instruments, row.instrument, row.answers)
            out.append(MeasureFields(instrument=names.get(instrument, instrument), timepoint=letter_word("timepoints", row.timepoint, row.timepoint),
                                     taken_on=_local_date(row.taken_at), answers=answers))
    return out
