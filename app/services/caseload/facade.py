"""The caseload façade: people, their referrals (episodes) and everything recorded on them.

Every public call is one unit of work (one transaction) and returns ``Changes``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from app.domain import nhs_number
from app.domain.base import utcnow
from app.domain.models import (
    Connection,
    ConnectionStatusChange,
    Contact,
    Episode,
    EpisodeStatusChange,
    Person,
    Practice,
    Service,
)
from app.domain.status import (
    EPISODE_LABELS,
    ConnectionStatus,
    EpisodeStatus,
    next_connection_status,
    next_episode_status,
)
from app.errors import InvalidInput
from app.paths import load_json_resource
from app.services import audit
from app.services.actor import default_actor
from app.services.caseload.listing import CaseloadList
from app.services.changes import Changes
from app.services.lookup import get_record
from app.storage.database import Database
from app.i18n import translate

if TYPE_CHECKING:
    from pathlib import Path

    from app.domain.record import RecordView
    from app.io.people_import import ImportReport as PeopleImportReport
    from app.io.people_import import Table as Sheet
    from app.services.caseload.closing import ClosingCheck
    from app.services.caseload.matching import Match, Pair
    from app.services.caseload.merge_record import MergeUndo
    from app.services.caseload.merging import Comparison, Merged


def snomed_for(status: str) -> dict[str, str] | None:
    """The SNOMED CT concept recorded when an episode moves to ``status``, from resources/."""
    for concept in load_json_resource("snomed.json")["concepts"].values():
        if concept["on_status"] == status:
            return concept
    return None


def reference(list_name: str) -> dict[str, str]:
    return load_json_resource("reference.json")[list_name]


class Caseload:
    def __init__(self, db: Database, *, actor: str | None = None) -> None:
        self.db = db
        self.actor = actor or default_actor(db)
        self.list = CaseloadList(db)

    def _audit(self, session: Session, action: str, person_id: object, detail: str) -> None:
        audit.record(session, actor=self.actor, action=action, person_id=str(person_id), detail=detail)

    # --- people and referrals -------------------------------------------------------------

    def add_person(self, *, given_name: str, family_name: str, **fields: Any) -> Changes:
        with self.db.session() as session:
            person = self._new_person(session, given_name=given_name, family_name=family_name, **fields)
        return Changes(person_ids=frozenset({str(person.id)}), caseload=True, created_id=str(person.id))

    def refer(
        self,
        person_id: str,
        *,
        referral_date: date,
        referral_source: str,
        reasons: list[str],
        **fields: Any,
    ) -> Changes:
        """A new referral (episode) for an existing person, starting as 'referred'."""
        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            episode = self._new_episode(session, person, referral_date=referral_date,
                                        referral_source=referral_source, reasons=reasons, **fields)
        return Changes(person_ids=frozenset({person_id}), caseload=True, created_id=str(episode.id))

    def refer_new_person(self, person: dict[str, Any], referral: dict[str, Any]) -> Changes:
        """A new person and their first referral in one transaction: never one without the other.

        ``created_id`` is the referral's id; ``person_ids`` holds the new person's."""
        with self.db.session() as session:
            new = self._new_person(session, **person)
            episode = self._new_episode(session, new, **referral)
        return Changes(person_ids=frozenset({str(new.id)}), caseload=True, created_id=str(episode.id))

    def _new_person(self, session: Session, *, given_name: str, family_name: str, **fields: Any) -> Person:
        given_name, family_name = given_name.strip(), family_name.strip()
        if not given_name or not family_name:
            raise InvalidInput(translate("caseload", "A person needs a given name and a family name."))
        if "nhs_number" in fields:  # a blank number is no number (NULL), as the unique index needs
            fields["nhs_number"] = nhs_number.parse(fields["nhs_number"]) if fields["nhs_number"] else None
        person = Person(given_name=given_name, family_name=family_name, **fields)
        session.add(person)
        self._audit(session, "create", person.id, "added the person")
        return person

    def _new_episode(
        self, session: Session, person: Person, *, referral_date: date, referral_source: str, reasons: list[str],
        **fields: Any,
    ) -> Episode:
        if referral_source not in reference("referral_sources"):
            raise InvalidInput(translate("caseload", "{referral_source} is not a referral source.").format(referral_source=repr(referral_source)))
        unknown = [r for r in reasons if r not in reference("referral_reasons")]
        if unknown:
            raise InvalidInput(translate("caseload", "Unknown referral reason: {join}.").format(join=', '.join(unknown)))
        episode = Episode(person_id=person.id, referral_date=referral_date, referral_source=referral_source,
                          reasons=list(reasons), **fields)
        session.add(episode)
        session.add(EpisodeStatusChange(episode_id=episode.id, to_status=EpisodeStatus.REFERRED.value,
                                        changed_at=episode.status_changed_at))
        self._audit(session, "create", person.id, f"added a referral ({referral_source})")
        return episode

    def move_episode(
        self,
        episode_id: str,
        to: str,
        *,
        closure_reason: str | None = None,
        note: str = "",
        at: datetime | None = None,
    ) -> Changes:
        with self.db.session() as session:
            episode = get_record(session, Episode, episode_id, "referral")
            self._move(session, episode, to, closure_reason=closure_reason, note=note, when=at or utcnow())
            person_id = str(episode.person_id)
        return Changes(person_ids=frozenset({person_id}), caseload=True)

    def closing_check(self, episode_id: str) -> ClosingCheck:
        """Before closing: open connections (with the endings each can take) and closing measures due."""
        from dataclasses import replace

        from app.domain.instruments import load_instruments
        from app.services.caseload.closing import closing_check

        with self.db.session() as session:
            check = closing_check(session, episode_id)
        instruments = load_instruments()  # said by name: "ONS4 wellbeing", not an internal id
        return replace(check, measures_due=tuple(instruments.get(i).name if i in instruments else i
                                                 for i in check.measures_due))

    def close_referral(self, episode_id: str, *, reason: str, note: str = "",
                       endings: dict[str, str] | None = None) -> Changes:
        """Close the referral, first moving each open connection as ``endings`` says (connection id ->
        completed, cancelled or did_not_attend); all in one transaction, so nothing is left half-closed."""
        from app.services.caseload.closing import end_connections

        with self.db.session() as session:
            episode = get_record(session, Episode, episode_id, "referral")
            for detail in end_connections(session, episode.id, endings or {}):
                self._audit(session, "edit", str(episode.person_id), detail)
            self._move(session, episode, EpisodeStatus.CLOSED.value, closure_reason=reason, note=note,
                       when=utcnow())
            person_id = str(episode.person_id)
        return Changes(person_ids=frozenset({person_id}), caseload=True)

    def _move(self, session: Session, episode: Episode, to: str, *, closure_reason: str | None = None,
              note: str = "", when: datetime) -> None:
        new = next_episode_status(episode.status, to, closure_reason=closure_reason)
        concept = snomed_for(new.value)
        session.add(EpisodeStatusChange(
            episode_id=episode.id, from_status=episode.status, to_status=new.value, changed_at=when,
            snomed_concept=concept["id"] if concept else None, note=note,
        ))
        episode.status, episode.status_changed_at = new.value, when
        if new is EpisodeStatus.CLOSED:
            episode.closure_reason, episode.closed_at = closure_reason, when
        session.add(episode)
        self._audit(session, "edit", str(episode.person_id), f"referral moved to {new.value}")

    # --- contacts (append-only) -----------------------------------------------------------

    def add_contact(
        self, episode_id: str, *, kind: str, contact_at: datetime, duration_minutes: int = 0, notes: str = "",
        mark_contacted: bool = False,
    ) -> Changes:
        """A contact; with ``mark_contacted``, a referral still "not yet contacted" moves to contacted in
        the same transaction, so Today and the status agree."""
        if kind not in reference("contact_kinds"):
            raise InvalidInput(translate("caseload", "{kind} is not a kind of contact.").format(kind=repr(kind)))
        with self.db.session() as session:
            episode = get_record(session, Episode, episode_id, "referral")
            contact = Contact(episode_id=episode.id, kind=kind, contact_at=contact_at,
                              duration_minutes=duration_minutes, notes=notes)
            session.add(contact)
            person_id = str(episode.person_id)
            self._audit(session, "create", person_id, f"added a {kind} contact")
            moved = mark_contacted and episode.status == EpisodeStatus.REFERRED.value
            if moved:
                self._move(session, episode, EpisodeStatus.CONTACTED.value, when=contact_at)
        return Changes(person_ids=frozenset({person_id}), created_id=str(contact.id), caseload=moved)

    def edit_contact(self, contact_id: str, *, notes: str, kind: str | None = None,
                     contact_at: datetime | None = None, duration_minutes: int | None = None) -> Changes:
        """A corrected contact: a new row that supersedes the old one, which is kept as history. The
        type, time and length can be corrected as well as the notes (None keeps them)."""
        if kind is not None and kind not in reference("contact_kinds"):
            raise InvalidInput(translate("caseload", "{kind} is not a kind of contact.").format(kind=repr(kind)))
        if duration_minutes is not None and not 0 <= duration_minutes <= 24 * 60:
            raise InvalidInput(translate("caseload", "A contact lasts between 0 minutes and a day."))
        with self.db.session() as session:
            old = get_record(session, Contact, contact_id, "contact")
            if old.deleted_at is not None:
                raise InvalidInput(translate("caseload", "That contact is deleted; restore it before correcting it."))
            if session.exec(select(Contact).where(Contact.supersedes_id == old.id)).first():
                raise InvalidInput(translate("caseload", "That contact has already been edited; edit its newest version."))
            new = Contact(episode_id=old.episode_id, kind=kind or old.kind, contact_at=contact_at or old.contact_at,
                          duration_minutes=old.duration_minutes if duration_minutes is None else duration_minutes,
                          notes=notes, worker_id=old.worker_id, supersedes_id=old.id)
            session.add(new)
            person_id = str(get_record(session, Episode, old.episode_id, "referral").person_id)
            self._audit(session, "edit", person_id, f"corrected contact {old.id}")
        return Changes(person_ids=frozenset({person_id}), created_id=str(new.id))

    def delete_contact(self, contact_id: str) -> Changes:
        """Soft delete: the contact and its earlier versions are hidden but kept, and can be restored."""
        return self._set_contact_deleted(contact_id, deleted=True)

    def restore_contact(self, contact_id: str) -> Changes:
        return self._set_contact_deleted(contact_id, deleted=False)

    def _set_contact_deleted(self, contact_id: str, *, deleted: bool) -> Changes:
        with self.db.session() as session:
            contact = get_record(session, Contact, contact_id, "contact")
            chain = _contact_chain(session, contact)
            if deleted == (chain[0].deleted_at is not None):
                raise InvalidInput("That contact is already deleted." if deleted else "That contact is not deleted.")
            when = utcnow() if deleted else None
            for row in chain:  # every version together: the trigger allows deleted_at to change
                row.deleted_at = when
                session.add(row)
            person_id = str(get_record(session, Episode, contact.episode_id, "referral").person_id)
            verb = "deleted" if deleted else "restored"
            self._audit(session, "edit", person_id, f"{verb} contact {chain[0].id}")
        return Changes(person_ids=frozenset({person_id}), caseload=True)

    # --- connections to services ----------------------------------------------------------

    def connect(self, episode_id: str, service_id: str, *, kind: str = "refer", note: str = "") -> Changes:
        with self.db.session() as session:
            episode = get_record(session, Episode, episode_id, "referral")
            service = get_record(session, Service, service_id, "service")
            connection = Connection(episode_id=episode.id, service_id=service.id, kind=kind, note=note)
            session.add(connection)
            session.add(ConnectionStatusChange(connection_id=connection.id, to_status=connection.status))
            person_id = str(episode.person_id)
            self._audit(session, "create", person_id, f"connected to service {service.id} ({kind})")
        return Changes(person_ids=frozenset({person_id}), created_id=str(connection.id))

    def move_connection(self, connection_id: str, to: str, *, outcome_reason: str | None = None) -> Changes:
        with self.db.session() as session:
            connection = get_record(session, Connection, connection_id, "connection")
            if connection.deleted_at is not None:
                raise InvalidInput(translate("caseload", "That connection is deleted; restore it before updating it."))
            new = next_connection_status(connection.status, to, outcome_reason=outcome_reason)
            session.add(ConnectionStatusChange(connection_id=connection.id, from_status=connection.status,
                                               to_status=new.value, outcome_reason=outcome_reason))
            connection.status, connection.status_changed_at = new.value, utcnow()
            connection.outcome_reason = outcome_reason
            session.add(connection)
            person_id = str(get_record(session, Episode, connection.episode_id, "referral").person_id)
            self._audit(session, "edit", person_id, f"connection {connection.id} moved to {new.value}")
        return Changes(person_ids=frozenset({person_id}))

    def delete_connection(self, connection_id: str) -> Changes:
        """Soft delete: hidden, no longer open, kept with its history, and can be restored."""
        return self._set_connection_deleted(connection_id, deleted=True)

    def restore_connection(self, connection_id: str) -> Changes:
        return self._set_connection_deleted(connection_id, deleted=False)

    def _set_connection_deleted(self, connection_id: str, *, deleted: bool) -> Changes:
        with self.db.session() as session:
            connection = get_record(session, Connection, connection_id, "connection")
            if deleted == (connection.deleted_at is not None):
                raise InvalidInput("That connection is already deleted." if deleted
                                   else "That connection is not deleted.")
            connection.deleted_at = utcnow() if deleted else None
            session.add(connection)
            person_id = str(get_record(session, Episode, connection.episode_id, "referral").person_id)
            verb = "deleted" if deleted else "restored"
            self._audit(session, "edit", person_id, f"{verb} connection {connection.id}")
        return Changes(person_ids=frozenset({person_id}), caseload=True)

    # --- reading one person ----------------------------------------------------------------

    def summaries(self) -> list[dict[str, Any]]:
        """Every person with their current referral's status (the ``person list --json`` shape)."""
        ids = self.list.person_ids()
        with self.db.session() as session:
            people = {str(p.id): p for p in session.exec(select(Person))}
            practices = {p.id: p.name for p in session.exec(select(Practice))}
        rows = {r.person_id: r for r in self.list.rows(ids)}
        return [_summary(people[i], practices, rows[i].status or None) for i in ids]

    def person_detail(self, person_id: str, *, viewed_from: str = "the window") -> dict[str, Any]:
        """Everything on one person (the ``person show --json`` shape). Viewing is audited."""
        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            self._audit(session, "view", person.id, f"viewed the record in {viewed_from}")
            practices = {p.id: p.name for p in session.exec(select(Practice))}
            episodes = session.exec(
                select(Episode).where(Episode.person_id == person.id)
                .order_by(col(Episode.referral_date), col(Episode.created_at))
            ).all()
            current = episodes[-1].status if episodes else None
            detail = _summary(person, practices, current)
            detail.update(
                date_of_birth=_iso(person.date_of_birth), phone=person.phone, email=person.email,
                postcode=person.postcode, communication_needs=person.communication_needs,
                consent_share_with_gp=person.consent_share_with_gp, risk_note=person.risk_note,
                episodes=[_episode_detail(session, e) for e in episodes],
            )
            from app.services.caseload.safeguarding import live_concerns
            from app.services.caseload.young_people import young_person

            young = young_person(session, person)
            detail.update(  # that a concern is open, never its detail (that is `Safeguarding.concerns`, audited)
                young_person=young.young, turning_18=young.turning_18,
                safeguarding_open=sorted({c.category_label for c in live_concerns(session, person.id)}))
        return detail

    def record(self, person_id: str) -> RecordView:
        """What the person window shows (``app.domain.record``): the person, each referral with its
        steps, contacts, connections (each with its service's name, status and capacity) and plan.
        Viewing is audited."""
        from app.services.caseload.record_view import build_record

        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            self._audit(session, "view", person.id, "viewed the record in the window")
            return build_record(session, person)

    def find_matches(self, *, nhs_number: str | None = None, given_name: str = "", family_name: str = "",
                     date_of_birth: date | None = None, phone: str = "", postcode: str = "") -> list[Match]:
        """People who may be the one described (``Match``), best first: the intake's duplicate check."""
        from app.services.caseload.matching import find_matches

        return find_matches(self.db, nhs_number=nhs_number, given_name=given_name, family_name=family_name,
                            date_of_birth=date_of_birth, phone=phone, postcode=postcode)

    def practice_choices(self) -> list[tuple[str, str]]:
        """(id, name) of every practice, by name, for a picker."""
        from app.services.caseload.plans import practice_choices

        return practice_choices(self.db)

    def read_sheet(self, path: Path | str) -> Sheet:
        """A spreadsheet (CSV or .xlsx) of people, read to be previewed and mapped before an import."""
        from app.io.people_import import read_table

        return read_table(path)

    def import_people(self, source: Path | str | Sheet, **options: Any) -> PeopleImportReport:
        """People and their open referrals from a spreadsheet, matched and written in one transaction
        (``app.services.caseload.people_import``'s options: ``mapping``, ``dry_run``, ``progress``…)."""
        from app.services.caseload.people_import import import_people

        return import_people(self.db, source, **options)

    # --- duplicates (app.services.caseload.merging) -------------------------------------------

    def duplicates(self) -> list[Pair]:
        """Every pair of records that may be one person, most likely first (``Pair``)."""
        from app.services.caseload.matching import duplicate_pairs

        return duplicate_pairs(self.db)

    def not_duplicates(self, first_id: str, second_id: str) -> Changes:
        """The worker says these two records are two people: the worklist leaves the pair out from now on
        (on every laptop of the team: the decision syncs)."""
        from app.services.caseload.matching import mark_not_same

        with self.db.session() as session:
            for pid in (first_id, second_id):
                person = get_record(session, Person, pid, "person")
                self._audit(session, "edit", person.id, "marked as not the same person as a possible duplicate")
            mark_not_same(session, first_id, second_id)
        return Changes(person_ids=frozenset({first_id, second_id}))

    def compare(self, kept_id: str, other_id: str) -> Comparison:
        """Two records side by side, with each differing field in words. Viewing is audited."""
        from app.services.caseload.merging import compare

        with self.db.session() as session:
            found = compare(session, kept_id, other_id)
            for pid in (kept_id, other_id):
                self._audit(session, "view", pid, "compared with another record as a possible duplicate")
            return found

    def merge_people(self, kept_id: str, other_id: str, take: dict[str, str] | None = None) -> Merged:
        """Merge ``other_id`` into ``kept_id`` in one transaction; ``take`` chooses, per differing field,
        "kept" or "other". The result is the ``Changes`` made and, in ``undo``, how to undo them."""
        from app.services.caseload.merging import merge

        with self.db.session() as session:
            return merge(session, kept_id, other_id, take, actor=self.actor)

    def undo_merge(self, undo: MergeUndo) -> Changes:
        from app.services.caseload.merging import undo as undo_merge

        with self.db.session() as session:
            return undo_merge(session, undo, actor=self.actor)

    def unmerge(self, person_id: str) -> Changes:
        """Undo, later, the latest merge that kept this record or merged it away (the command line's
        ``person unmerge``, the person's history); audited on both records like any undo."""
        from app.services.caseload.merge_record import latest
        from app.services.caseload.merging import undo as undo_merge

        with self.db.session() as session:
            return undo_merge(session, latest(session, person_id), actor=self.actor)

    def take_referral(self, person: dict[str, Any] | None, person_id: str | None,
                      referral: dict[str, Any]) -> tuple[str, str]:
        """A referral, for a new person with it (one transaction: never a person without it) or for
        ``person_id``; the ids of the person and the new referral."""
        if person_id is None:
            if person is None:
                raise InvalidInput(translate("caseload", "A referral needs a person: choose one, or give a new person's details."))
            changes = self.refer_new_person(person, referral)
            (person_id,) = changes.person_ids
        else:
            changes = self.refer(person_id, **referral)
        assert changes.created_id is not None
        return person_id, changes.created_id


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def _summary(person: Person, practices: dict[uuid.UUID, str], status: str | None) -> dict[str, Any]:
    return {
        "id": str(person.id),
        "given_name": person.given_name,
        "family_name": person.family_name,
        "nhs_number": person.nhs_number,
        "practice": practices.get(person.practice_id) if person.practice_id else None,
        "status": status,
    }


def _contact_chain(session: Session, contact: Contact) -> list[Contact]:
    """A contact and every version of it (earlier and later), newest first."""
    rows = {c.id: c for c in session.exec(select(Contact).where(Contact.episode_id == contact.episode_id))}
    later = {c.supersedes_id: c for c in rows.values() if c.supersedes_id}
    newest = contact
    while newest.id in later:
        newest = later[newest.id]
    chain = [newest]
    while chain[-1].supersedes_id in rows:
        chain.append(rows[chain[-1].supersedes_id])
    return chain


def _contact_detail(c: Contact, superseded: set[Any]) -> dict[str, Any]:
    return {"id": str(c.id), "kind": c.kind, "at": _iso(c.contact_at), "duration_minutes": c.duration_minutes,
            "notes": c.notes, "supersedes": str(c.supersedes_id) if c.supersedes_id else None,
            "current": c.id not in superseded, "deleted_at": _iso(c.deleted_at)}


def _connection_detail(c: Connection) -> dict[str, Any]:
    return {"id": str(c.id), "service_id": str(c.service_id), "kind": c.kind, "status": c.status,
            "outcome_reason": c.outcome_reason, "deleted_at": _iso(c.deleted_at)}


def _episode_detail(session: Session, episode: Episode) -> dict[str, Any]:
    """``contacts`` and ``connections`` leave deleted rows out; ``deleted_contacts`` and
    ``deleted_connections`` hold them (nothing is lost, and each can be restored)."""
    history = session.exec(select(EpisodeStatusChange).where(EpisodeStatusChange.episode_id == episode.id)
                           .order_by(col(EpisodeStatusChange.changed_at))).all()
    contacts = session.exec(select(Contact).where(Contact.episode_id == episode.id)
                            .order_by(col(Contact.contact_at), col(Contact.created_at))).all()
    superseded = {c.supersedes_id for c in contacts if c.supersedes_id}
    connections = session.exec(select(Connection).where(Connection.episode_id == episode.id)
                               .order_by(col(Connection.created_at))).all()
    return {
        "id": str(episode.id),
        "referral_date": _iso(episode.referral_date),
        "referral_source": episode.referral_source,
        "referrer_name": episode.referrer_name,
        "reasons": list(episode.reasons),
        "consent_to_contact": episode.consent_to_contact,
        "status": episode.status,
        "status_label": EPISODE_LABELS.english[EpisodeStatus(episode.status)],
        "closure_reason": episode.closure_reason,
        "status_history": [
            {"from": h.from_status, "to": h.to_status, "at": _iso(h.changed_at), "snomed": h.snomed_concept,
             "note": h.note}
            for h in history
        ],
        "contacts": [_contact_detail(c, superseded) for c in contacts if c.deleted_at is None],
        "connections": [_connection_detail(c) for c in connections if c.deleted_at is None],
        "deleted_contacts": [_contact_detail(c, superseded) for c in contacts if c.deleted_at is not None],
        "deleted_connections": [_connection_detail(c) for c in connections if c.deleted_at is not None],
    }


__all__ = ["Caseload", "ConnectionStatus", "EpisodeStatus", "default_actor", "reference", "snomed_for"]
