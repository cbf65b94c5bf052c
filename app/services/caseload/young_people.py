"""Young people (issue 16 item 2): under 18 from their date of birth, with their parents, guardians or
carers (relationship, parental responsibility, whether each may be contacted), their school or college,
whether they may be contacted directly, to whom their letters go, and an 18th birthday that falls during
a referral.

Every call is one transaction; writes return ``Changes`` and are audited on the young person's trail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, select

from app import clock
from app.domain.models import Episode, Person
from app.domain.people import Guardian
from app.errors import InvalidInput, NotFound
from app.paths import load_json_resource
from app.services import audit
from app.services.actor import default_actor
from app.services.changes import Changes
from app.services.lookup import get_record
from app.storage.database import Database
from app import i18n_labels
from app.i18n import short_date, translate

ADULT = 18
SOON = 183  # days: an 18th birthday this near, during an open referral, is told ahead
GUARDIAN_FIELDS = ("name", "relationship", "parental_responsibility", "may_contact", "phone", "email", "address",
                   "note")


def relationships() -> dict[str, str]:
    return dict(load_json_resource("reference.json")["guardian_relationships"])


def addressees() -> dict[str, str]:
    return dict(load_json_resource("reference.json")["letter_addressees"])


def relationship_words() -> dict[str, str]:
    """``relationships()`` in the chosen language, for the window's lists."""
    return dict(i18n_labels.reference("guardian_relationships"))


def addressee_words() -> dict[str, str]:
    """``addressees()`` in the chosen language, for the window's lists."""
    return dict(i18n_labels.reference("letter_addressees"))


def birthday(born: date, years: int) -> date:
    """The day someone born on ``born`` turns ``years`` (29 February: 1 March in a year without one)."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return date(born.year + years, 3, 1)


def age_on(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def is_young(born: date | None, on: date | None = None) -> bool:
    """Under 18 on ``on`` (today); no date of birth is not a young person."""
    age = age_on(born, on or clock.today())
    return age is not None and age < ADULT


@dataclass(frozen=True)
class GuardianView:
    id: str
    name: str
    relationship: str  # the code
    relationship_label: str
    parental_responsibility: bool
    may_contact: bool
    phone: str
    email: str
    address: str
    note: str

    @property
    def line(self) -> str:
        """One line for a list: name, relationship, responsibility and contact."""
        bits = [f"{self.name} ({self.relationship_label.lower()})"]
        bits.append(translate("caseload", "has parental responsibility") if self.parental_responsibility
                    else translate("caseload", "no parental responsibility"))
        bits.append(translate("caseload", "may be contacted") if self.may_contact
                    else translate("caseload", "do not contact"))
        if self.phone:
            bits.append(self.phone)
        return ", ".join(bits)


@dataclass(frozen=True)
class YoungPerson:
    """What the record shows of a person's age: whether they are a young person, and their guardians."""

    person_id: str
    name: str
    age: int | None
    young: bool
    eighteenth: date | None
    turning_18: str  # a sentence when the 18th birthday falls during a referral, else ""
    school: str
    contact_directly: bool
    letters_to: str
    guardians: tuple[GuardianView, ...]

    @property
    def badge(self) -> str:
        """"Young person, 16" for the record's heading; "" for an adult."""
        return translate("caseload", "Young person, {age}").format(age=self.age) if self.young else ""


def _view(g: Guardian, labels: Mapping[str, str]) -> GuardianView:
    return GuardianView(str(g.id), g.name, g.relationship, labels.get(g.relationship, g.relationship),
                        g.parental_responsibility, g.may_contact, g.phone, g.email, g.address, g.note)


def _turning_18(born: date | None, episodes: list[Episode], today: date) -> str:
    """A sentence when someone turns 18 during a referral: already, or to come while it is open."""
    if born is None:
        return ""
    day = birthday(born, ADULT)
    for e in sorted(episodes, key=lambda e: e.referral_date, reverse=True):
        ends = e.closed_at.date() if e.closed_at else None
        if e.referral_date <= day and (ends is None or day <= ends):
            if day <= today:
                return translate("caseload", "Turned 18 on {day}, during the referral of {referred}.").format(
                    day=short_date(day), referred=short_date(e.referral_date))
            if (day - today).days > SOON:
                continue
            return translate("caseload", "Turns 18 on {day}, during the open referral of {referred}: "
                                         "adult services and consent apply from then.").format(
                day=short_date(day), referred=short_date(e.referral_date))
    return ""


def young_person(session: Session, person: Person, today: date | None = None) -> YoungPerson:
    today = today or clock.today()
    labels = i18n_labels.reference("guardian_relationships")
    guardians = session.exec(select(Guardian).where(Guardian.person_id == person.id)
                             .order_by(col(Guardian.created_at))).all()
    episodes = list(session.exec(select(Episode).where(Episode.person_id == person.id)))
    born = person.date_of_birth
    return YoungPerson(
        str(person.id), f"{person.given_name} {person.family_name}", age_on(born, today), is_young(born, today),
        birthday(born, ADULT) if born else None, _turning_18(born, episodes, today), person.school,
        person.contact_directly, person.letters_to or "person", tuple(_view(g, labels) for g in guardians))


def _checked(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = [k for k in fields if k not in GUARDIAN_FIELDS]
    if unknown:
        raise InvalidInput(translate("caseload", "A parent or guardian has no {join}.").format(join=', '.join(unknown)))
    if "name" in fields:
        fields["name"] = str(fields["name"]).strip()
        if not fields["name"]:
            raise InvalidInput(translate("caseload", "A parent or guardian needs a name."))
    if "relationship" in fields and fields["relationship"] not in relationships():
        raise InvalidInput(translate("caseload", "{relationship} is not a relationship Linkwell knows; choose one from the list.").format(relationship=repr(fields['relationship'])))
    return fields


class YoungPeople:
    def __init__(self, db: Database, *, actor: str | None = None) -> None:
        self.db = db
        self.actor = actor or default_actor()

    def view(self, person_id: str) -> YoungPerson:
        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            return young_person(session, person)

    def set_details(self, person_id: str, *, school: str | None = None, contact_directly: bool | None = None,
                    letters_to: str | None = None) -> Changes:
        """A young person's school or college, whether they may be contacted directly, and to whom letters go."""
        if letters_to is not None and letters_to not in addressees():
            raise InvalidInput(translate("caseload", "Letters go to the young person, their parent or guardian, or both; not {letters_to}.").format(letters_to=repr(letters_to)))
        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            if letters_to in ("guardian", "both") and not session.exec(
                    select(Guardian).where(Guardian.person_id == person.id)).first():
                raise InvalidInput(translate("caseload", "Add a parent or guardian before sending letters to them."))
            if school is not None:
                person.school = school.strip()
            if contact_directly is not None:
                person.contact_directly = contact_directly
            if letters_to is not None:
                person.letters_to = letters_to
            session.add(person)
            audit.record(session, actor=self.actor, action="edit", person_id=person.id,
                         detail="changed the young person's school, contact or letters choice")
        return Changes(person_ids=frozenset({person_id}))

    def add_guardian(self, person_id: str, *, name: str, **fields: Any) -> Changes:
        fields = _checked({"name": name, **fields})
        with self.db.session() as session:
            person = get_record(session, Person, person_id, "person")
            guardian = Guardian(person_id=person.id, **fields)
            session.add(guardian)
            audit.record(session, actor=self.actor, action="create", person_id=person.id,
                         detail="added a parent or guardian")
        return Changes(person_ids=frozenset({person_id}), created_id=str(guardian.id))

    def update_guardian(self, guardian_id: str, **fields: Any) -> Changes:
        fields = _checked(dict(fields))
        with self.db.session() as session:
            guardian = self._guardian(session, guardian_id)
            for key, value in fields.items():
                setattr(guardian, key, value)
            session.add(guardian)
            person_id = str(guardian.person_id)
            audit.record(session, actor=self.actor, action="edit", person_id=guardian.person_id,
                         detail="changed a parent or guardian's details")
        return Changes(person_ids=frozenset({person_id}))

    def remove_guardian(self, guardian_id: str) -> Changes:
        with self.db.session() as session:
            guardian = self._guardian(session, guardian_id)
            person_id = str(guardian.person_id)
            session.delete(guardian)
            remaining = session.exec(select(Guardian).where(Guardian.person_id == guardian.person_id,
                                                            Guardian.id != guardian.id)).first()
            person = get_record(session, Person, person_id, "person")
            if remaining is None and person.letters_to != "person":
                person.letters_to = "person"  # no one left to write to
                session.add(person)
            audit.record(session, actor=self.actor, action="edit", person_id=guardian.person_id,
                         detail="removed a parent or guardian")
        return Changes(person_ids=frozenset({person_id}))

    @staticmethod
    def _guardian(session: Session, guardian_id: str) -> Guardian:
        try:
            found = session.get(Guardian, uuid.UUID(str(guardian_id)))
        except ValueError:
            found = None
        if found is None:
            raise NotFound(translate("caseload", "That parent or guardian is no longer on the record."))
        return found
