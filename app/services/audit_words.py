"""The audit trail in words: each event as a plain sentence that names people and services instead of
their ids ("Ann Shaw referred June Bradshaw to Riverside Community Garden").

The stored detail keeps its ids (it is sealed into the trail and exported as it is); the sentence is
made when the trail is read, from the names on record now. An event whose person was erased says 'an
erased person' and nothing more. Used by the audit trail screen and Today's recent activity."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # not at start-up: Today's recent activity is read before the ORM is imported
    from app.domain.audit import AuditEvent
from app.domain.status import EPISODE_LABELS, EpisodeStatus
from app.paths import load_json_resource

ERASED_PERSON = "an erased person"
_ID = r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}"
_ANY_ID = re.compile(_ID)


@dataclass(frozen=True)
class AuditLine:
    """One event as a person reads it: ``person`` is a name, ``ERASED_PERSON`` or ""."""

    seq: int
    at: datetime
    actor: str
    action: str
    person: str
    person_id: str | None
    sentence: str
    detail: str  # as stored, ids and all (the export's)


@dataclass(frozen=True)
class PersonName:
    name: str
    nhs_number: str | None


class Names:
    """The names behind ids, looked up once for a batch of events (people, services, connections,
    contacts), through a raw connection (``Database.connect()``)."""

    def __init__(self, con: Any, events: Sequence[AuditEvent] | Sequence[tuple[str | None, str]]) -> None:
        people: set[str] = set()
        ids: set[str] = set()
        for event in events:
            pid, detail = event if isinstance(event, tuple) else (event.person_id, event.detail)
            if pid:
                people.add(uuid.UUID(str(pid)).hex)
            ids.update(uuid.UUID(found).hex for found in _ANY_ID.findall(detail))
        self.people = {_dashed(r[0]): PersonName(f"{r[1]} {r[2]}", r[3]) for r in _rows(
            con, "SELECT id, given_name, family_name, nhs_number FROM person WHERE id IN ({})", people)}
        self.services = {_dashed(r[0]): r[1] for r in _rows(con, "SELECT id, name FROM service WHERE id IN ({})", ids)}
        self.connections = {_dashed(r[0]): (_dashed(r[1]), r[2]) for r in _rows(
            con, "SELECT c.id, c.service_id, s.name FROM connection c LEFT JOIN service s ON s.id = c.service_id "
                 "WHERE c.id IN ({})", ids)}
        self.contacts = {_dashed(r[0]) for r in _rows(con, "SELECT id FROM contact WHERE id IN ({})", ids)}

    def person(self, person_id: object, subject: str | None) -> str:
        if person_id:
            found = self.people.get(str(person_id))
            return found.name if found else ERASED_PERSON
        return ERASED_PERSON if subject else ""

    def service(self, service_id: str, fallback: str = "a service") -> str:
        return self.services.get(str(uuid.UUID(service_id)), fallback)

    def connection_service(self, connection_id: str) -> str:
        found = self.connections.get(str(uuid.UUID(connection_id)))
        return (found[1] or "a service no longer in the directory") if found else "a service"


def _dashed(stored: object) -> str:
    return str(uuid.UUID(str(stored)))


def _rows(con: Any, sql: str, hex_ids: set[str]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    wanted = sorted(hex_ids)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        out.extend(con.execute(sql.format(", ".join("?" * len(chunk))), chunk).fetchall())
    return out


def _labels(name: str) -> dict[str, str]:
    labels: dict[str, str] = load_json_resource("reference.json")[name]
    return labels


def _episode_label(code: str) -> str:
    try:
        return EPISODE_LABELS.english[EpisodeStatus(code)]
    except ValueError:
        return code


_ERASED_VERBS = {
    "view": "viewed the record of", "create": "added to the record of", "edit": "changed the record of",
    "export": "exported from the record of", "print": "printed a letter for", "import": "imported the record of",
    "erase": "erased",
}
_ACTION_VERBS = {"view": "viewed", "create": "added", "edit": "changed", "export": "exported", "print": "printed",
                 "import": "imported", "erase": "erased"}
_KIND_VERBS = {"refer": "referred {p} to {s}", "signpost": "signposted {p} to {s}",
               "accompany": "arranged to go with {p} to {s}"}


def _phrase(detail: str, action: str, person: str, names: Names) -> str:  # noqa: C901 - one rule a line
    """What happened, after the actor's name: a phrase naming the person and any service."""
    p = person or "someone"
    if person == ERASED_PERSON:
        return f"{_ERASED_VERBS.get(action, action)} {ERASED_PERSON}"
    if m := re.fullmatch(rf"connected to service ({_ID}) \((\w+)\)", detail):
        return _KIND_VERBS.get(m[2], "connected {p} to {s}").format(p=p, s=names.service(m[1]))
    if m := re.fullmatch(rf"connection ({_ID}) moved to ([\w-]+)", detail):
        label = _labels("connection_statuses").get(m[2], m[2])
        return f"marked {p}'s referral to {names.connection_service(m[1])} as '{label}'"
    if m := re.fullmatch(rf"(deleted|restored) connection ({_ID})", detail):
        return f"{m[1]} {p}'s connection to {names.connection_service(m[2])}"
    if m := re.fullmatch(rf"(deleted|restored|corrected) contact ({_ID})", detail):
        return f"corrected the notes of a contact with {p}" if m[1] == "corrected" else f"{m[1]} a contact with {p}"
    if m := re.fullmatch(r"added the person( from a spreadsheet)?", detail):
        return f"added {p}{m[1] or ''}"
    if m := re.fullmatch(r"added a referral \(([^)]*)\)( from a spreadsheet)?", detail):
        source = _labels("referral_sources").get(m[1], m[1])
        return f"added a referral for {p} from {source}{m[2] or ''}"
    if m := re.fullmatch(r"referral moved to (\w+)", detail):
        return f"moved {p}'s referral to '{_episode_label(m[1])}'"
    if m := re.fullmatch(r"added a (\w+) contact", detail):
        kind = _labels("contact_kinds").get(m[1], m[1].replace("_", " "))
        return f"recorded a contact with {p} ({kind.lower()})"
    if m := re.fullmatch(r"viewed the record in (.+)", detail):
        return f"viewed {p}'s record in {m[1]}"
    fixed = {
        "recorded what matters": f"recorded what matters to {p}",
        "added a plan goal": f"added a goal to {p}'s plan",
        "added a plan action": f"added an action to {p}'s plan",
        "plan action done": f"marked an action in {p}'s plan done",
        "plan action reopened": f"reopened an action in {p}'s plan",
        "subject access export": f"exported everything held about {p} (a subject access request)",
        "erased everything held about this person": f"erased everything held about {p}",
    }
    if detail in fixed:
        return fixed[detail]
    if m := re.fullmatch(r"goal marked (\w+)", detail):
        return f"marked a goal in {p}'s plan {m[1]}"
    if m := re.fullmatch(r"(recorded|corrected) (.+)", detail):  # measures: "recorded ONS4 (baseline)"
        return f"{m[1]} {_readable(m[2], names)} for {p}"
    text = _readable(detail, names)
    verb = _ACTION_VERBS.get(action, action)
    if person:
        return f"{verb} {text} for {p}" if action in ("print", "export") else f"{verb}: {text} ({p})"
    return f"{verb}: {text}"


def _readable(detail: str, names: Names) -> str:
    """A stored detail with its ids turned into names: "service <id> (Name)" becomes "Name"."""
    def service(m: re.Match[str]) -> str:
        return names.service(m[1], m[2])
    text = re.sub(rf"service ({_ID}) \((.*?)\)(?=[: ]|$)", service, detail)
    text = re.sub(rf"(?:service|connection|contact) ({_ID})", lambda m: _named(m[1], names), text)
    return _ANY_ID.sub(lambda m: _named(m[0], names), text)


def _named(ident: str, names: Names) -> str:
    key = str(uuid.UUID(ident))
    if key in names.services:
        return names.services[key]
    if key in names.connections:
        return f"the connection to {names.connection_service(key)}"
    if key in names.contacts:
        return "a contact"
    if key in names.people:
        return names.people[key].name
    return "a record no longer held"


def sentence(actor: str, detail: str, action: str, person: str, names: Names) -> str:
    """The event in one sentence: who, then what."""
    return f"{actor or 'Someone'} {_phrase(detail, action, person, names)}"


def lines(con: Any, events: Sequence[AuditEvent]) -> list[AuditLine]:
    """Every event as a line, in the order given."""
    return search(con, events, "")


_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss"})


def _folded(text: str) -> str:
    """Lower case without accents, so "zoe lukasz" finds Zoë Łukasz."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return bare.translate(_UNDECOMPOSED)


def matches(line: AuditLine, query: str, names: Names | None = None) -> bool:
    """Whether a person search (a name, part of one, or an NHS number with or without spaces) finds the
    event's person. Every word must be found in the name."""
    digits = re.sub(r"[\s-]", "", query)
    if digits.isdigit():
        if not line.person_id or names is None:
            return False
        found = names.people.get(line.person_id)
        return bool(found and found.nhs_number and digits in found.nhs_number)
    words = _folded(query).split()
    name = _folded(line.person) if line.person != ERASED_PERSON else ""
    return bool(words) and all(w in name for w in words)


def search(con: Any, events: Iterable[AuditEvent], who: str) -> list[AuditLine]:
    """The events about people whose name or NHS number matches ``who`` (every event when empty), in
    the order given."""
    events = list(events)
    names = Names(con, events)
    out = []
    for e in events:
        person = names.person(e.person_id, e.subject)
        line = AuditLine(seq=e.seq, at=e.at, actor=e.actor, action=e.action, person=person,
                         person_id=str(e.person_id) if e.person_id else None, sentence="", detail=e.detail)
        if who.strip() and not matches(line, who, names):
            continue
        out.append(replace(line, sentence=sentence(e.actor, e.detail, e.action, person, names)))
    return out


__all__ = ["ERASED_PERSON", "AuditLine", "Names", "lines", "matches", "search", "sentence"]
