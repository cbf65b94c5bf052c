"""Two records of one person made one: compare them, merge them, undo a merge.

Merging keeps one record and moves everything held on the other to it, in one transaction: every
referral (and with it its contacts, connections, measures and plan), every unmet need, and every other
row naming the person (found from the schema's foreign keys, so a table added later moves too). The
worker chooses, field by field, which value the kept record holds.

The record merged away is not deleted: it stays as a marker naming the kept one (``person.merged_into``,
migration 0011), left out of the caseload, quick find and matching. The marker syncs to the team as an
ordinary change of the person row, with each moved referral's change of person, so every laptop ends with
one record; and its audit events stay whole and sealed, read with the kept person's (``Audit.events``).
Its NHS number moves off it (the number is held once), so a later record can use it.

The audit trail records the merge on both records, saying what was merged from what; an undo is recorded
too. What undoing needs (``MergeUndo``) is kept with the merge (``personmerge``, team data), so a merge can be
undone later, from the command line or the person's history, as well as from the window that made it
(``app.services.caseload.merge_record``); a value edited since the merge is not put back.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from app.domain import nhs_number as nhs
from app.domain.models import Episode, Person, Practice
from app.errors import InvalidInput, NotFound
from app.paths import load_json_resource
from app.services import audit
from app.services.caseload.matching import Described, why_same
from app.services.changes import Changes
from app.services.caseload.merge_record import MergeUndo, forget, remember
from app.i18n import short_date, translate

# The fields a worker chooses between, in the order shown, with their words.
FIELDS: dict[str, str] = {
    "given_name": "Given name", "family_name": "Family name", "preferred_name": "Preferred name",
    "date_of_birth": "Date of birth", "nhs_number": "NHS number", "sex": "Sex", "gender": "Gender",
    "ethnicity": "Ethnic group", "phone": "Phone", "email": "Email", "address": "Address", "postcode": "Postcode",
    "practice_id": "Practice", "communication_needs": "Communication needs",
    "consent_share_with_gp": "Agreed to share with the GP", "risk_note": "Risk or safeguarding note",
}
NOT_MOVED = frozenset({"auditsubject",  # a record's own audit pseudonym and secret stay with it
                       "notsamepair", "personmerge"})  # decisions about these two records, as they were


@dataclass(frozen=True)
class Difference:
    """One field the two records hold differently, as words, and which the merge takes unless told."""

    field: str
    label: str
    kept: str
    other: str
    default: str  # "kept" or "other": the other's value when the kept record has none


@dataclass(frozen=True)
class Side:
    person_id: str
    name: str
    referrals: int
    needs: int


@dataclass(frozen=True)
class Comparison:
    """Two records side by side: what differs, what they share, and why they may be one person."""

    kept: Side
    other: Side
    why: str
    differences: tuple[Difference, ...]
    same: tuple[tuple[str, str], ...]  # (label, value) held alike


@dataclass(frozen=True)
class Merged(Changes):
    """The changes a merge made (broadcast as any ``Changes``) and how to undo it."""

    undo: MergeUndo | None = field(default=None, compare=False)


def _words(session: Session, name: str, value: Any) -> str:
    if value is None or value == "":
        return "not recorded"
    if name == "date_of_birth":
        return short_date(value)
    if name == "nhs_number":
        return nhs.format_display(value)
    if name == "practice_id":
        practice = session.get(Practice, value)
        return practice.name if practice else "not known"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if name == "ethnicity":  # a code: its words from resources/
        return str(load_json_resource("reference.json")["ethnic_categories"].get(value, value))
    if name == "sex":
        return str(value).capitalize()
    return str(value)


def _person(session: Session, person_id: str, *, live: bool = True) -> Person:
    try:
        key = uuid.UUID(str(person_id))
    except ValueError:
        raise NotFound(translate("caseload", "No person has the id {person_id}.").format(person_id=repr(person_id))) from None
    person = session.get(Person, key)
    if person is None:
        raise NotFound(translate("caseload", "No person has the id {person_id}.").format(person_id=repr(person_id)))
    if live and person.merged_into is not None:
        raise InvalidInput(translate("caseload", "{given_name} {family_name}'s record was merged into another already.").format(given_name=person.given_name, family_name=person.family_name))
    return person


def _described(p: Person) -> Described:
    return Described(f"{p.given_name} {p.family_name}", p.date_of_birth, p.nhs_number, p.phone, p.postcode,
                     str(p.id))


def _counts(session: Session, person: Person) -> Side:
    referrals = len(session.exec(select(Episode.id).where(Episode.person_id == person.id)).all())
    needs = session.connection().execute(text("SELECT count(*) FROM unmetneed WHERE person_id = :p"),
                                         {"p": person.id.hex}).scalar_one()
    return Side(str(person.id), f"{person.given_name} {person.family_name}", referrals, int(needs))


def compare(session: Session, kept_id: str, other_id: str) -> Comparison:
    kept, other = _person(session, kept_id), _person(session, other_id)
    if kept.id == other.id:
        raise InvalidInput(translate("caseload", "Choose two different records to compare."))
    why = why_same(_described(kept), _described(other))
    differences, same = [], []
    for name, label in FIELDS.items():
        a, b = getattr(kept, name), getattr(other, name)
        if (a or None) == (b or None):
            if a not in (None, ""):
                same.append((label, _words(session, name, a)))
            continue
        default = "other" if a in (None, "") or (name == "consent_share_with_gp" and not a) else "kept"
        differences.append(Difference(name, label, _words(session, name, a), _words(session, name, b), default))
    return Comparison(_counts(session, kept), _counts(session, other),
                      why[0] if why else "Chosen by the worker as one person.", tuple(differences), tuple(same))


def _person_references(session: Session) -> list[tuple[str, str]]:
    """(table, column) of every column that names a person, from the schema's foreign keys."""
    con = session.connection()
    tables = [r[0] for r in con.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))]
    found = []
    for table in tables:
        if table in NOT_MOVED or table == "person":
            continue
        for row in con.execute(text(f"PRAGMA foreign_key_list(\"{table}\")")):
            if row[2] == "person" and row[4] == "id":
                found.append((table, row[3]))
    return sorted(found)


def merge(session: Session, kept_id: str, other_id: str, take: Mapping[str, str] | None, *,
          actor: str) -> Merged:
    """Merge ``other_id`` into ``kept_id``; ``take`` says, field by field, "kept" or "other" (each
    differing field not named takes its ``Difference.default``)."""
    take = dict(take or {})
    unknown = [f for f in take if f not in FIELDS]
    if unknown:
        raise InvalidInput(translate("caseload", "{join} cannot be chosen; the fields are: {join_b}.").format(join=', '.join(unknown), join_b=', '.join(FIELDS)))
    bad = [f"{f}={v}" for f, v in take.items() if v not in ("kept", "other")]
    if bad:
        raise InvalidInput(translate("caseload", "Say 'kept' or 'other' for each field, not {join}.").format(join=', '.join(bad)))
    comparison = compare(session, kept_id, other_id)
    kept, other = _person(session, kept_id), _person(session, other_id)
    chosen = {d.field: take.get(d.field, d.default) for d in comparison.differences}
    taken = [f for f, side in chosen.items() if side == "other"]
    other_nhs = other.nhs_number
    if other_nhs is not None:  # held once: off the marker before the kept record may take it
        other.nhs_number = None
        session.add(other)
        session.flush()
    kept_before = {f: getattr(kept, f) for f in taken}
    for f in taken:
        setattr(kept, f, other_nhs if f == "nhs_number" else getattr(other, f))
    session.add(kept)
    session.flush()
    moved: dict[tuple[str, str], tuple[str, ...]] = {}
    con = session.connection()
    for table, column in _person_references(session):
        ids = tuple(r[0] for r in con.execute(text(f"SELECT id FROM \"{table}\" WHERE \"{column}\" = :p"),
                                              {"p": other.id.hex}))
        if ids:
            con.execute(text(f"UPDATE \"{table}\" SET \"{column}\" = :k WHERE \"{column}\" = :p"),
                        {"k": kept.id.hex, "p": other.id.hex})
            moved[(table, column)] = ids
    other.merged_into = kept.id
    session.add(other)
    what = _described_for_trail(session, other, other_nhs)
    took = f"; took {', '.join(FIELDS[f].lower() for f in taken)} from it" if taken else ""
    audit.record(session, actor=actor, action="edit", person_id=kept.id,
                 detail=f"merged in the record of {what}, with {comparison.other.referrals} referral(s){took}")
    audit.record(session, actor=actor, action="edit", person_id=other.id,
                 detail=f"merged into the record of {_described_for_trail(session, kept, kept.nhs_number)}")
    undo = MergeUndo(str(kept.id), str(other.id), kept_before, other_nhs, moved,
                     {f: getattr(kept, f) for f in taken})
    undo = remember(session, undo)
    return Merged(person_ids=frozenset({str(kept.id), str(other.id)}), caseload=True, created_id=str(kept.id),
                  undo=undo)


def _described_for_trail(session: Session, p: Person, number: str | None) -> str:
    bits = [f"{p.given_name} {p.family_name}"]
    if p.date_of_birth:
        bits.append(f"born {_words(session, 'date_of_birth', p.date_of_birth)}")
    if number:
        bits.append(f"NHS number {nhs.format_display(number)}")
    return ", ".join(bits)


def undo(session: Session, undone: MergeUndo, *, actor: str) -> Changes:
    kept = _person(session, undone.kept_id)
    other = _person(session, undone.other_id, live=False)
    if other.merged_into != kept.id:
        raise InvalidInput(translate("caseload", "That merge has already been undone."))
    for f, value in undone.kept_before.items():
        if f not in undone.kept_after or getattr(kept, f) == undone.kept_after[f]:  # not edited since
            setattr(kept, f, value)
    session.add(kept)
    session.flush()  # the kept record lets go of the NHS number before the other takes it back
    other.merged_into = None
    other.nhs_number = undone.other_nhs_number
    session.add(other)
    session.flush()
    con = session.connection()
    for (table, column), ids in undone.moved.items():
        for start in range(0, len(ids), 500):
            batch = ids[start:start + 500]
            marks = ", ".join(f":i{n}" for n in range(len(batch)))
            con.execute(text(f"UPDATE \"{table}\" SET \"{column}\" = :p WHERE \"{column}\" = :k AND id IN ({marks})"),
                        {"p": other.id.hex, "k": kept.id.hex, **{f"i{n}": i for n, i in enumerate(batch)}})
    audit.record(session, actor=actor, action="edit", person_id=kept.id,
                 detail=f"undid the merge of {_described_for_trail(session, other, other.nhs_number)} into this record")
    audit.record(session, actor=actor, action="edit", person_id=other.id,
                 detail=f"undid the merge of this record into {_described_for_trail(session, kept, kept.nhs_number)}")
    forget(session, undone)
    return Changes(person_ids=frozenset({str(kept.id), str(other.id)}), caseload=True)


def choices_from_words(pairs: list[str]) -> dict[str, str]:
    """``["phone=other", "postcode=kept"]`` (the command line's ``--take``) as a choice per field."""
    found = {}
    for pair in pairs:
        name, sep, side = pair.partition("=")
        if not sep:
            side = "other"  # a bare FIELD takes the other record's value
        found[name.strip()] = side.strip() or "other"
    return found
