"""Rules shared by the v1 and HSDS 3 readers: required fields, status, how people attend and get in,
and the Linkwell facts that travel as HSDS attributes (taxonomy ``linkwell-service``)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from typing import Any

from app.domain.directory import CAPACITIES, SERVICE_STATUSES
from app.i18n import translate
from app.io.openreferral import clean
from app.io.openreferral.records import Notes, Problem, ScheduleRecord, unnamed

LINKWELL_TAXONOMY = "linkwell-service"  # attributes that carry Linkwell's own fields through HSDS
ACCESS = ("drop-in", "self-refer", "referral needed")
ATTEND = {"in person": "attend_in_person", "phone": "attend_phone", "online": "attend_online",
          "home visit": "attend_home_visit"}
_STATUS_WORDS = {"temporarily_closed": "temporarily closed", "temporarily-closed": "temporarily closed",
                 "paused": "temporarily closed", "closed": "inactive"}
# Read from a provider's words (compiled once: the import asks them of every service)
_DROP_IN = re.compile(r"\bdrop[- ]?in\b|just (turn|come|pop) (up|along|in)")
_SELF_REFER = re.compile(r"self[- ]refer|refer yourself|no referral")
_REFERRAL = re.compile(r"\breferr(al|ed)\b")
_BOOKING = re.compile(r"\b(appointment|book|booking|membership|contact us|call us|ring us)\b")
_IN_PERSON = re.compile(r"in[- ]person|face[- ]to[- ]face|venue|attend at|come to")
_PHONE = re.compile(r"\b(tele)?phone\b|\bcall\b")
_ONLINE = re.compile(r"online|video|remote|zoom|teams|virtual|internet")
_HOME_VISIT = re.compile(r"home visit|at home|your home|outreach")
_FREE = re.compile(r"\bfree\b|no (charge|cost|fee)")
_CHARGED = re.compile(r"£\s?\d|\bcharge|\bcost|\bfee")


def record_id(raw: dict[str, Any], position: int, rejected: list[Problem]) -> str | None:
    """The feed's id for a service, as text; a record without one is rejected."""
    value = raw.get("id")
    if isinstance(value, int | str) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    rejected.append(unnamed(position, "id", translate("directory", "has no id, which every service needs; it was not imported")))
    return None


def required_name(raw: dict[str, Any], rid: str, rejected: list[Problem]) -> str | None:
    value = raw.get("name")
    if isinstance(value, str) and clean.tidy(value):
        return clean.strip_html(value) if "<" in value else clean.tidy(value)
    rejected.append(Problem(rid, "name", translate("directory", "has no name, which every service needs; it was not imported")
                            if value in (None, "") or isinstance(value, str) else
                            translate("directory", "has a name that is not text, which every service needs; it was not imported")))
    return None


def start(raw: dict[str, Any], position: int, warnings: list[Problem],
          rejected: list[Problem]) -> tuple[str, str, Notes] | None:
    """A service's id, its name and the notes for its warnings; None (and a rejection) without both."""
    rid = record_id(raw, position, rejected)
    if rid is None:
        return None
    name = required_name(raw, rid, rejected)
    if name is None:
        return None
    return rid, name, Notes(rid, warnings)


def warn_if_not_uuid(rid: str, notes: Notes) -> None:
    try:
        uuid.UUID(rid)
    except ValueError:
        notes.warn("id", translate("directory", "{value} is not a uuid as HSDS 3 expects; it was kept as the feed's id").format(value=repr(rid)))


def status(value: Any, notes: Notes, field: str = "status") -> str | None:
    if value in (None, ""):
        return None
    word = clean.text(value, notes, field).lower().strip()
    word = _STATUS_WORDS.get(word, word.replace("_", " "))
    if word in SERVICE_STATUSES:
        return word
    notes.warn(field, translate("directory", "{value} is not a service status ({statuses}); it was left out").format(
        value=repr(value), statuses=", ".join(SERVICE_STATUSES)))
    return None


def phone(value: Any, notes: Notes, field: str) -> str:
    """A phone number as written, without the stray quotes some feeds wrap round it."""
    return clean.text(value, notes, field).strip("\"' ")


def first(items: Any) -> dict[str, Any]:
    """The first object of a list, or {} (a missing section is normal, not an error)."""
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict):
                return item
    return {}


def objects(items: Any, notes: Notes, field: str) -> list[dict[str, Any]]:
    """The objects of a list section; anything else in it is dropped with a warning."""
    if items in (None, ""):
        return []
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list):
        notes.warn(field, translate("directory", "is not a list; it was left out"))
        return []
    found = [item for item in items if isinstance(item, dict)]
    if len(found) != len(items):
        notes.warn(field, translate("directory", "{count} entries are not objects; they were left out").format(
            count=len(items) - len(found)))
    return found


def access_from_text(*texts: str) -> str | None:
    """How people get in, read from the provider's words; None when they do not say."""
    words = " ".join(texts).lower()
    if _DROP_IN.search(words):
        return "drop-in"
    if _SELF_REFER.search(words):
        return "self-refer"
    if _REFERRAL.search(words):
        return "referral needed"
    if _BOOKING.search(words):
        return "self-refer"
    return None


def attend_from_text(*texts: str) -> set[str]:
    words = " ".join(texts).lower()
    found = set()
    if _IN_PERSON.search(words):
        found.add("in person")
    if _PHONE.search(words):
        found.add("phone")
    if _ONLINE.search(words):
        found.add("online")
    if _HOME_VISIT.search(words):
        found.add("home visit")
    return found


def apply_attend(fields: dict[str, Any], modes: set[str], *, exact: bool) -> None:
    """Set the attend flags: ``exact`` sets all four; otherwise only the modes named become True,
    and in person / online are decided together (a feed naming one has spoken about both)."""
    if exact:
        for mode, column in ATTEND.items():
            fields[column] = mode in modes
        return
    if modes & {"in person", "online"}:
        fields["attend_in_person"] = "in person" in modes
        fields["attend_online"] = "online" in modes
    for mode in modes & {"phone", "home visit"}:
        fields[ATTEND[mode]] = True


def is_free_from(cost_options: Iterable[dict[str, Any]], fees_text: str) -> bool | None:
    amounts = [a for a in (clean.number(c.get("amount")) for c in cost_options) if a is not None]
    if any(a > 0 for a in amounts):
        return False
    if amounts or _FREE.search(fees_text.lower()):
        return True
    if _CHARGED.search(fees_text.lower()):
        return False
    return None


def linkwell_facts(attributes: list[dict[str, Any]], notes: Notes) -> tuple[dict[str, Any], set[str] | None, str]:
    """Fields from ``linkwell-service`` attributes (written by Linkwell's export):
    (service fields, attend modes or None, verified_by)."""
    fields: dict[str, Any] = {}
    attend: set[str] | None = None
    verified_by = ""
    for attribute in attributes:
        term = attribute.get("taxonomy_term")
        if not isinstance(term, dict) or term.get("taxonomy") != LINKWELL_TAXONOMY:
            continue
        code, value = term.get("code"), attribute.get("value")
        text = clean.text(value, notes, f"attributes.{code}")
        if code == "capacity" and text in CAPACITIES:
            fields["capacity"] = text
        elif code in ("capacity_note",):
            fields[code] = text
        elif code in ("capacity_updated_on", "funding_ends_on"):
            fields[code] = clean.day(value, notes, f"attributes.{code}")
        elif code == "access" and text in ACCESS:
            fields["access"] = text
        elif code == "attend":
            attend = {m.strip() for m in text.split(",") if m.strip() in ATTEND}
        elif code == "is_free" and text in ("true", "false"):
            fields["is_free"] = text == "true"
        elif code == "verified_by":
            verified_by = text
        else:
            notes.warn(f"attributes.{code}", translate("directory", "{value} is not a value Linkwell knows here; it was left out").format(
                value=repr(text)))
    return fields, attend, verified_by


def unique_schedules(schedules: Iterable[ScheduleRecord]) -> list[ScheduleRecord]:
    seen: set[tuple[str, str, str, str, str]] = set()
    out = []
    for s in schedules:
        key = (s.freq, s.byday, s.opens_at, s.closes_at, s.description)
        if key not in seen and (s.byday or s.opens_at or s.description):
            seen.add(key)
            out.append(s)
    return out


def check_ages(fields: dict[str, Any], notes: Notes) -> None:
    low, high = fields.get("minimum_age"), fields.get("maximum_age")
    if low is not None and high is not None and low > high:
        notes.warn("minimum_age", translate("directory", "the minimum age {low} is above the maximum {high}; both were left out").format(
            low=low, high=high))
        fields["minimum_age"] = fields["maximum_age"] = None
