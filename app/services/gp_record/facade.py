"""Straight into the GP record: ``core.gp_record``. Queues a GP Connect Send Document message for a
person (the GP letter, or without consent to share detail the codes-only form, as a PDF inside an ITK3
FHIR STU3 message, checked before it is queued), lists the outbox, and delivers it over MESH.

Nothing waits on the network to queue: ``send`` writes the message into the encrypted database and
returns. ``deliver`` sends what is queued, reads MESH's tracking, acknowledgements and non-delivery
reports, and applies them; each change of state is a row of ``gp_message_event`` (the person's
timeline) and an audit event.

At most once: every message has a local id, sent to MESH as ``Mex-LocalID``. Just before sending,
``sending_since`` is written and committed; a crash (or a lost connection) between MESH accepting the
message and the local record leaves it set, and the next ``deliver`` asks MESH's tracking for that
local id before sending again. A refused connection backs off (1, 2, 4 … minutes, at most six hours)
for the background delivery; a person asking to deliver now (``force``) is not made to wait.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from app import clock
from app.domain.gp_outbox import (
    ACKNOWLEDGED,
    DELIVERED,
    FAILED,
    QUEUED,
    SENT,
    STATE_WORDS,
    GpMessage,
    GpMessageEvent,
)
from app.domain.models import Person, Practice
from app.errors import InvalidInput
from app.services import audit
from app.services.actor import default_actor
from app.services.changes import Changes
from app.services.lookup import get_record
from app.storage.database import Database
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.gp_record.mesh import Mesh, MeshSettings

MAX_BACKOFF = timedelta(hours=6)
BACKGROUND_TIMEOUT = 8  # seconds: a background try holds the window's database worker no longer than this
TITLE = "Social prescribing: letter to the GP"
SENDER_NAME = "Social prescribing service"  # the sending organisation, when no letterhead names it
TITLE_CODES_ONLY = "Social prescribing: codes and dates for the GP record"


@dataclass(frozen=True)
class OutboxItem:
    id: str
    person_id: str
    person: str
    practice: str
    practice_ods: str
    title: str
    codes_only: bool
    state: str
    state_words: str
    reason: str
    queued_at: datetime
    updated_at: datetime
    mesh_message_id: str | None
    history: list[tuple[datetime, str, str]]  # (when, state, what happened)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "person_id": self.person_id, "person": self.person, "practice": self.practice,
                "practice_ods": self.practice_ods, "title": self.title, "codes_only": self.codes_only,
                "state": self.state, "state_words": self.state_words, "reason": self.reason,
                "queued_at": self.queued_at.isoformat(), "updated_at": self.updated_at.isoformat(),
                "mesh_message_id": self.mesh_message_id,
                "history": [{"at": at.isoformat(), "state": s, "detail": d} for at, s, d in self.history]}


@dataclass
class DeliveryReport:
    sent: int = 0
    delivered: int = 0
    acknowledged: int = 0
    failed: int = 0
    waiting: int = 0  # still queued after this run
    problem: str = ""  # why delivery stopped (MESH out of reach), in words
    person_ids: set[str] = field(default_factory=set)

    @property
    def changes(self) -> Changes:
        return Changes(person_ids=frozenset(self.person_ids))

    def sentence(self) -> str:
        parts = [f"{n} {w}" for n, w in ((self.sent, "sent"), (self.delivered, "collected by the practice"),
                                          (self.acknowledged, "filed in the GP record"),
                                          (self.failed, "not delivered")) if n]
        said = ("; ".join(parts) + ".") if parts else "Nothing new to send or to read."
        if self.waiting:
            said += f" {self.waiting} still waiting in the outbox."
        return f"{self.problem} {said}".strip() if self.problem else said

    def as_json(self) -> dict[str, Any]:
        return {"sent": self.sent, "delivered": self.delivered, "acknowledged": self.acknowledged,
                "failed": self.failed, "waiting": self.waiting, "problem": self.problem}


class GpRecord:
    def __init__(self, db: Database, *, actor: str | None = None) -> None:
        self.db = db
        self.actor = actor or default_actor(db)

    # --- MESH settings ---------------------------------------------------------------------

    def configure(self, url: str, mailbox: str, ods_code: str, *, password: str, shared_key: str,
                  cert: str = "", key: str = "", ca: str = "") -> str:
        """Keep this laptop's MESH mailbox; the password and shared key in the keyring or wrapped under
        the database key. Returns a sentence saying where."""
        from app.services.gp_record.mesh import MeshSettings, store

        url, mailbox, ods_code = url.strip().rstrip("/"), mailbox.strip().upper(), ods_code.strip().upper()
        if not url.startswith(("https://", "http://")):
            raise InvalidInput(translate("gp", "{url} is not a MESH address: give one starting https://.").format(url=repr(url)))
        if not mailbox or not ods_code:
            raise InvalidInput(translate("gp", "Give the MESH mailbox id and the sending organisation's ODS code."))
        if not password or not shared_key:
            raise InvalidInput(translate("gp", "The MESH mailbox password and shared key are both needed."))
        where = store(self.db, MeshSettings(url, mailbox, ods_code, cert, key, ca), password, shared_key)
        place = "the system keyring" if where == "keyring" else "a file beside the database, under its key"
        return f"MESH mailbox {mailbox} at {url} is set up; its password and shared key are kept in {place}."

    def settings(self) -> MeshSettings | None:
        from app.services.gp_record.mesh import MeshNotConfigured, load

        try:
            return load(self.db)[0]
        except MeshNotConfigured:
            return None

    def _mesh(self, timeout: float = 30) -> Mesh:
        from app.services.gp_record.mesh import Mesh, load

        settings, password, shared_key = load(self.db)
        return Mesh(settings, password, shared_key, timeout=timeout)

    # --- queueing ------------------------------------------------------------------------------

    def send(self, person_id: str, episode_id: str | None = None) -> Changes:
        """Queue the GP letter (codes-only without consent) for the person's practice's GP record."""
        from app.io import gp_connect
        from app.services.gp_record.mesh import load
        from app.services.letters import Letters

        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            name = f"{person.given_name} {person.family_name}"
            if not person.nhs_number:
                raise InvalidInput(translate("gp", "{name} has no NHS number, so nothing can be filed in a GP record: add it first.").format(name=name))
            practice = session.get(Practice, person.practice_id) if person.practice_id else None
            if practice is None:
                raise InvalidInput(translate("gp", "{name} has no GP practice recorded: add it first.").format(name=name))
            practice_ods, practice_name, practice_phone = practice.ods_code, practice.name, practice.phone
        settings, _, _ = load(self.db)  # MeshNotConfigured: the sender's mailbox and ODS code are in the message
        letters = Letters(self.db, actor=self.actor)
        context = letters.gp_context(person_id, episode_id)
        letter = letters.prepare("gp", person_id, episode_id=episode_id)
        codes_only = not context.shares_detail
        head = letters.letterhead()  # the service's own heading: the letter's falls back to the practice's
        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            from app.services.letters import _person_and_episode

            _, episode = _person_and_episode(session, person_id, episode_id)
            local_id = uuid.uuid4().hex
            doc = gp_connect.SendDocument(
                sender_mailbox=settings.mailbox,
                sender=gp_connect.Party(settings.ods_code, head.name or SENDER_NAME, head.phone),
                practice=gp_connect.Party(practice_ods, practice_name, practice_phone),
                nhs_number=person.nhs_number or "", given_name=person.given_name, family_name=person.family_name,
                birth_date=person.date_of_birth, worker_name=context.worker.name or "Link worker",
                worker_phone=context.worker.phone,
                title=TITLE_CODES_ONLY if codes_only else TITLE, pdf=letter.pdf(),
                codes=[(c.id, c.term) for c in context.codes if c.id],
                period_start=episode.referral_date, sender_reference=local_id, timestamp=clock.now(),
            )
            built = gp_connect.build(doc)  # MessageInvalid: never queued
            message = GpMessage(person_id=person.id, episode_id=episode.id, practice_ods=practice_ods,
                                practice_name=practice_name, codes_only=codes_only, title=doc.title,
                                subject=built.subject, header_id=built.header_id, local_id=local_id,
                                payload=built.payload, queued_by=self.actor,
                                created_at=clock.now(), updated_at=clock.now())
            session.add(message)
            session.flush()
            form = "codes and dates only (no consent to share detail)" if codes_only else "the GP letter"
            self._event(session, message, QUEUED, f"Queued for {practice_name} ({practice_ods}): {form}.")
            session.commit()
            return Changes(person_ids=frozenset({str(person.id)}), created_id=str(message.id))

    # --- reading -------------------------------------------------------------------------------

    def messages(self, person_id: str | None = None) -> list[OutboxItem]:
        with self.db.session() as session:
            query = select(GpMessage).order_by(col(GpMessage.created_at))
            if person_id:
                query = query.where(GpMessage.person_id == uuid.UUID(str(person_id)))
            out = []
            for m in session.exec(query).all():
                person = session.get(Person, m.person_id)
                events = session.exec(select(GpMessageEvent).where(GpMessageEvent.message_id == m.id)
                                      .order_by(col(GpMessageEvent.at))).all()
                out.append(OutboxItem(
                    id=str(m.id), person_id=str(m.person_id),
                    person=f"{person.given_name} {person.family_name}" if person else "",
                    practice=m.practice_name, practice_ods=m.practice_ods, title=m.title, codes_only=m.codes_only,
                    state=m.state, state_words=STATE_WORDS[m.state], reason=m.reason, queued_at=m.created_at,
                    updated_at=m.updated_at, mesh_message_id=m.mesh_message_id,
                    history=[(e.at, e.state, e.detail) for e in events]))
            return out

    def timeline(self, person_id: str) -> list[tuple[datetime, str]]:
        """The person's GP record messages, each change of state in words, oldest first."""
        return [(at, detail) for item in self.messages(person_id) for at, _, detail in item.history]

    # --- delivering ----------------------------------------------------------------------------

    def deliver(self, *, force: bool = True, mesh: Mesh | None = None) -> DeliveryReport:
        """Send what is queued (only what is due unless ``force``), then read tracking, acknowledgements
        and non-delivery reports. MESH out of reach: the report says so and nothing is lost."""
        from app.services.gp_record.mesh import MeshUnreachable

        report = DeliveryReport()
        if not force and not self._anything_due():
            return report  # nothing due and nothing to hear about: no network at all
        session_mesh = mesh or self._mesh(timeout=30 if force else BACKGROUND_TIMEOUT)
        try:
            session_mesh.handshake()  # MESH asks for one each day; a refused password shows here, sending nothing
            self._send_queued(session_mesh, report, force=force)
            self._read_inbox(session_mesh, report)
            self._track(session_mesh, report)
        except MeshUnreachable as exc:
            report.problem = str(exc)
            self._note_waiting(report.problem)
        finally:
            if mesh is None:
                session_mesh.__exit__(None, None, None)
        with self.db.session() as session:
            report.waiting = len(session.exec(select(GpMessage.id).where(GpMessage.state == QUEUED)).all())
        return report

    def _anything_due(self) -> bool:
        """A queued message whose wait is over, or a sent one whose answer may be waiting."""
        now = clock.now()
        with self.db.session() as session:
            if session.exec(select(GpMessage.id).where(GpMessage.state == SENT)).first() is not None:
                return True
            waits = session.exec(select(GpMessage.next_attempt_at).where(GpMessage.state == QUEUED)).all()
            return any(w is None or _aware(w) <= now for w in waits)

    def _note_waiting(self, reason: str) -> None:
        """Each queued message says why it still waits (shown with it in the outbox), and waits longer
        before the next background try: 1, 2, 4 … minutes, at most six hours."""
        with self.db.session() as session:
            for m in session.exec(select(GpMessage).where(GpMessage.state == QUEUED)).all():
                m.reason = reason
                m.attempts += 0 if m.sending_since is not None else 1  # a send cut off counted its try already
                m.next_attempt_at = clock.now() + _backoff(m.attempts)
                session.add(m)
            session.commit()

    def _send_queued(self, mesh: Mesh, report: DeliveryReport, *, force: bool) -> None:
        """Each due message, one transaction each. MESH out of reach raises ``MeshUnreachable`` out of here
        (``deliver`` notes it on every queued message); a message MESH refuses fails with its words."""
        from mesh_client import MeshError

        from app.io.gp_connect import WORKFLOW

        now = clock.now()
        with self.db.session() as session:
            queued = session.exec(select(GpMessage).where(GpMessage.state == QUEUED)
                                  .order_by(col(GpMessage.created_at))).all()
            ids = [m.id for m in queued if force or m.next_attempt_at is None or _aware(m.next_attempt_at) <= now]
        mailboxes: dict[str, str | None] = {}
        for message_id in ids:
            with self.db.session() as session:
                m = session.get(GpMessage, message_id)
                if m is None or m.state != QUEUED:
                    continue
                if m.sending_since is not None:  # a try that may have reached MESH before a crash
                    already = mesh.sent_with_local_id(m.local_id)
                    if already:
                        self._sent(session, m, already, m.recipient_mailbox, report,
                                   "MESH already had it from an earlier try; not sent again.")
                        continue
                if m.practice_ods not in mailboxes:
                    mailboxes[m.practice_ods] = mesh.lookup(m.practice_ods, WORKFLOW)
                recipient = mailboxes[m.practice_ods]
                if recipient is None:
                    self._fail(session, m, report, f"{m.practice_name or 'The practice'} (ODS code "
                               f"{m.practice_ods}) has no MESH mailbox registered for GP Connect Send "
                               "Document, so the letter cannot go into its GP record this way: print it "
                               "or send the summary instead.")
                    continue
                m.sending_since, m.attempts, m.recipient_mailbox = clock.now(), m.attempts + 1, recipient
                m.updated_at = clock.now()
                session.add(m)
                session.commit()  # before the network: a crash from here on is found by tracking
                try:
                    mesh_id = mesh.send(recipient, m.payload, workflow=WORKFLOW, local_id=m.local_id,
                                        subject=m.subject)
                except MeshError as exc:
                    m.sending_since = None
                    self._fail(session, m, report, f"MESH refused the message: {exc.args[0] if exc.args else exc}.")
                    continue
                self._sent(session, m, mesh_id, recipient, report, f"Sent over MESH to {recipient}.")

    def _read_inbox(self, mesh: Mesh, report: DeliveryReport) -> None:
        from app.io.gp_connect import WORKFLOW_ACK, parse_response

        for received in mesh.inbox():
            with self.db.session() as session:
                if received.kind == "REPORT":
                    m = self._find(session, mesh_id=received.linked_id, local_id=received.local_id)
                    if m is not None and m.state not in (ACKNOWLEDGED, FAILED):
                        self._fail(session, m, report, "MESH could not deliver it to the practice: "
                                   f"{received.status or 'no reason given'}.")
                    mesh.acknowledge(received.message_id)
                elif received.workflow == WORKFLOW_ACK:
                    response = parse_response(received.body)
                    m = self._find(session, header_id=response.header_id) if response else None
                    if m is not None and response is not None and m.state not in (ACKNOWLEDGED, FAILED):
                        if response.ok:
                            self._move(session, m, ACKNOWLEDGED, report,
                                       f"{m.practice_name or 'The practice'}'s GP system filed it in the record.")
                        else:
                            self._fail(session, m, report, f"{m.practice_name or 'The practice'}'s GP system "
                                       f"could not file it: {response.words or 'no reason given'} "
                                       f"(ITK response {response.code}).")
                    if response is not None:
                        mesh.acknowledge(received.message_id)

    def _track(self, mesh: Mesh, report: DeliveryReport) -> None:
        with self.db.session() as session:
            sent = session.exec(select(GpMessage).where(GpMessage.state == SENT)).all()
            for m in sent:
                status = mesh.status(m.mesh_message_id or "")
                if status == "acknowledged":
                    self._move(session, m, DELIVERED, report, "Collected from MESH by the practice's GP system.")
                elif status in ("undeliverable", "error"):
                    self._fail(session, m, report, "MESH could not deliver it to the practice.")

    # --- state changes -------------------------------------------------------------------------

    @staticmethod
    def _find(session: Session, *, mesh_id: str = "", local_id: str = "", header_id: str = "") -> GpMessage | None:
        for column, value in ((GpMessage.mesh_message_id, mesh_id), (GpMessage.local_id, local_id),
                              (GpMessage.header_id, header_id)):
            if value:
                found = session.exec(select(GpMessage).where(column == value)).first()
                if found is not None:
                    return found
        return None

    def _sent(self, session: Session, m: GpMessage, mesh_id: str, recipient: str | None, report: DeliveryReport,
              detail: str) -> None:
        m.mesh_message_id, m.recipient_mailbox, m.sending_since, m.reason = mesh_id, recipient, None, ""
        self._move(session, m, SENT, report, detail)

    def _fail(self, session: Session, m: GpMessage, report: DeliveryReport, reason: str) -> None:
        m.reason = reason
        self._move(session, m, FAILED, report, reason)

    def _move(self, session: Session, m: GpMessage, state: str, report: DeliveryReport, detail: str) -> None:
        m.state, m.updated_at = state, clock.now()
        session.add(m)
        self._event(session, m, state, detail)
        session.commit()
        report.person_ids.add(str(m.person_id))
        counted = {SENT: "sent", DELIVERED: "delivered", ACKNOWLEDGED: "acknowledged", FAILED: "failed"}[state]
        setattr(report, counted, getattr(report, counted) + 1)

    def _event(self, session: Session, m: GpMessage, state: str, detail: str) -> None:
        session.add(GpMessageEvent(message_id=m.id, at=clock.now(), state=state, detail=detail))
        audit.record(session, actor=self.actor, action="export", person_id=m.person_id,
                     detail=f"GP record message ({m.title}) {state}: {detail}")


def _backoff(attempts: int) -> timedelta:
    return min(timedelta(minutes=2 ** max(min(attempts, 10) - 1, 0)), MAX_BACKOFF)


def _aware(value: datetime) -> datetime:
    from datetime import UTC

    return value if value.tzinfo else value.replace(tzinfo=UTC)
