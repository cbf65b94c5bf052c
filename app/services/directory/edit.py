"""One service, read whole and saved whole: the detail and editing behind the directory window.

``service_detail`` gives every field the model holds, with its organisation, categories, first place
and weekly times as text; ``save_service`` checks the lot (messages are sentences naming the field),
then writes it in one transaction with an audit event. Informal groups are first-class: no charity
number, a contact's mobile, a café as the place.

When a save (or ``set_availability``) makes a service closed, paused, full or waiting-listed, the
moment is kept in the settings table (``directory.changed_at.<id>``), so the Today screen can tell
a connection dealt with since (moved on, or the person connected elsewhere) from one that is not.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from app import clock
from app.domain.base import utcnow
from app.domain.directory import CAPACITIES, SERVICE_STATUSES
from app.errors import InvalidInput
from app.io.openreferral.clean import DAYS, weekday
from app.io.openreferral.common import ACCESS, ATTEND
from app.services.directory.attention import CHANGED_AT
from app.i18n import translate

UNAVAILABLE_STATUSES = ("temporarily closed", "inactive", "defunct")
SHORT_CAPACITIES = ("waiting list", "full")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIMES = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)\s*[-–to ]+\s*([01]?\d|2[0-3])[:.]([0-5]\d)$")
_DAY_SHORT = dict(zip(DAYS, ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), strict=True))

SERVICE_TEXT = ("name", "description", "url", "email", "phone", "contact_name", "area", "capacity_note", "alert",
                "cost_note", "eligibility", "how_to_access", "local_note")
SERVICE_FLAGS = ("is_free", *ATTEND.values())


def is_short(status: str, capacity: str) -> bool:
    """Closed, paused, full or waiting-listed: the people connected should hear about it."""
    return status in UNAVAILABLE_STATUSES or capacity in SHORT_CAPACITIES


def schedule_text(rules: list[tuple[str, str, str]]) -> str:
    """``[("TU,TH", "10:00", "12:00")]`` → ``Tue, Thu 10:00-12:00`` (rules joined by "; ")."""
    out = []
    for byday, opens, closes in rules:
        days = ", ".join(_DAY_SHORT.get(d, d) for d in byday.split(",") if d)
        hours = f"{opens}-{closes}" if opens and closes else opens
        out.append(" ".join(p for p in (days, hours) if p))
    return "; ".join(o for o in out if o)


def parse_schedule(text: str) -> list[tuple[str, str, str]]:
    """The inverse of ``schedule_text``: ``Tue, Thu 10:00-12:00; Sat 09:30-11:00``."""
    rules = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        words = re.split(r"[\s,]+", part)
        days, rest = [], list(words)
        while rest and weekday(rest[0].rstrip(".")) is not None:
            days.append(weekday(rest.pop(0).rstrip(".")))
        hours = " ".join(rest).strip()
        found = _TIMES.match(hours) if hours else None
        if not days or (hours and not found):
            raise InvalidInput(translate("directory", "“{part}” is not a weekly time. Write days then hours, such as “Tue, Thu 10:00-12:00”, with “;” between different times.").format(part=part))
        opens = closes = ""
        if found:
            opens, closes = f"{int(found[1]):02d}:{found[2]}", f"{int(found[3]):02d}:{found[4]}"
            if closes <= opens:
                raise InvalidInput(translate("directory", "In “{part}”, the finishing time comes before the starting time.").format(part=part))
        rules.append((",".join(str(d) for d in days), opens, closes))
    return rules


def parse_day(value: Any, what: str) -> date | None:
    """A date from ``YYYY-MM-DD`` or ``DD/MM/YYYY`` text (or a date); blank is None."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    for form in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise InvalidInput(translate("directory", "The {what} “{text}” is not a date; write it as DD/MM/YYYY.").format(what=what, text=text))


def _age(value: Any, what: str) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        age = int(str(value).strip())
    except ValueError:
        raise InvalidInput(translate("directory", "The {what} “{value}” is not a whole number of years.").format(what=what, value=value)) from None
    if not 0 <= age <= 130:
        raise InvalidInput(translate("directory", "The {what} must be between 0 and 130 years.").format(what=what))
    return age


def validate(fields: dict[str, Any]) -> dict[str, Any]:
    """Tidy and check what the editor sends; raise ``InvalidInput`` with a sentence on the first problem."""
    out = dict(fields)
    for name in (*SERVICE_TEXT, "organisation", "charity_number", "place_name", "address", "postcode", "when"):
        out[name] = str(out.get(name) or "").strip()
    if not out["name"]:
        raise InvalidInput(translate("directory", "A service needs a name."))
    if out["email"] and not _EMAIL.match(out["email"]):
        raise InvalidInput(translate("directory", "The email address “{email}” does not look right (it needs an @ and a domain).").format(email=out['email']))
    if out.get("status", "active") not in SERVICE_STATUSES:
        raise InvalidInput(translate("directory", "“{status}” is not a service status; use one of: {join}.").format(status=out['status'], join=', '.join(SERVICE_STATUSES)))
    if out.get("capacity", "has capacity") not in CAPACITIES:
        raise InvalidInput(translate("directory", "“{capacity}” is not a capacity; use one of: {join}.").format(capacity=out['capacity'], join=', '.join(CAPACITIES)))
    if out.get("access", "self-refer") not in ACCESS:
        raise InvalidInput(translate("directory", "“{access}” is not a way in; use one of: {join}.").format(access=out['access'], join=', '.join(ACCESS)))
    out["minimum_age"] = _age(out.get("minimum_age"), "youngest age")
    out["maximum_age"] = _age(out.get("maximum_age"), "oldest age")
    if out["minimum_age"] is not None and out["maximum_age"] is not None and out["minimum_age"] > out["maximum_age"]:
        raise InvalidInput(translate("directory", "The youngest age is above the oldest age; swap them or clear one."))
    out["funding_ends_on"] = parse_day(out.get("funding_ends_on"), "funding end date")
    if out.get("informal") and out["charity_number"]:
        raise InvalidInput(translate("directory", "An informal group has no charity number: clear the number, or untick “Informal group”."))
    if out["charity_number"] and not re.fullmatch(r"[0-9A-Za-z -]{4,20}", out["charity_number"]):
        raise InvalidInput(translate("directory", "The charity number “{charity_number}” has characters a charity number never has.").format(charity_number=out['charity_number']))
    if out["url"] and not re.match(r"^(https?://)?[^\s/]+\.[^\s]+$", out["url"]):
        raise InvalidInput(translate("directory", "The website “{url}” does not look like a web address.").format(url=out['url']))
    if out["organisation"] == "" and out.get("informal"):
        raise InvalidInput(translate("directory", "Give the informal group's name under Organisation (it may be the same as the service)."))
    out["schedule"] = parse_schedule(out["when"])
    out["categories"] = [c.strip() for c in out.get("categories") or [] if str(c).strip()]
    return out


def mark_changed(session: Session, service_id: uuid.UUID, before: tuple[str, str], after: tuple[str, str]) -> None:
    """Keep when the service became closed, paused, full or waiting-listed (see the module's docstring)."""
    from app.domain.settings import Setting

    if is_short(*after) and after != before:
        key = CHANGED_AT + service_id.hex
        row = session.get(Setting, key) or Setting(key=key)
        row.value = utcnow().isoformat()
        session.add(row)


def find_or_add_term(session: Session, name: str) -> Any:
    """A category by its name or code, any vocabulary (spelling case aside); new ones are local."""
    from sqlalchemy import func

    from app.domain.models import TaxonomyTerm

    term = session.exec(select(TaxonomyTerm).where(
        (func.lower(TaxonomyTerm.name) == name.lower()) | (TaxonomyTerm.code == name))).first()
    if term is None:
        code = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "category"
        term = TaxonomyTerm(code=code, name=name, vocabulary="local")
        session.add(term)
        session.flush()
    return term


def read_service(session: Session, service: Any) -> dict[str, Any]:
    """Every field of one service, its organisation, categories, first place and weekly times."""
    from app.domain.models import (
        Location,
        Organisation,
        Schedule,
        ServiceLocation,
        ServiceTaxonomy,
        TaxonomyTerm,
    )

    out: dict[str, Any] = {name: getattr(service, name) for name in (*SERVICE_TEXT, *SERVICE_FLAGS)}
    out.update(id=str(service.id), status=service.status, capacity=service.capacity, access=service.access,
               minimum_age=service.minimum_age, maximum_age=service.maximum_age,
               funding_ends_on=service.funding_ends_on, last_verified_on=service.last_verified_on,
               verified_by=service.verified_by, capacity_updated_on=service.capacity_updated_on,
               source=service.source, missing_from_source_on=service.missing_from_source_on)
    org = session.get(Organisation, service.organisation_id) if service.organisation_id else None
    out.update(organisation=org.name if org else "", charity_number=org.charity_number if org else "",
               informal=bool(org and org.informal))
    out["categories"] = list(session.exec(
        select(TaxonomyTerm.name).join(ServiceTaxonomy, col(ServiceTaxonomy.term_id) == TaxonomyTerm.id)
        .where(ServiceTaxonomy.service_id == service.id).order_by(TaxonomyTerm.name)))
    place = session.exec(select(Location).join(ServiceLocation, col(ServiceLocation.location_id) == Location.id)
                         .where(ServiceLocation.service_id == service.id)).first()
    out.update(place_name=place.name if place else "", address=place.address if place else "",
               postcode=place.postcode if place else "")
    rules = [(r.byday, r.opens_at, r.closes_at) for r in session.exec(
        select(Schedule).where(Schedule.service_id == service.id))]
    rules.sort(key=lambda r: (min((DAYS.index(d) for d in r[0].split(",") if d in DAYS), default=7), r[1]))
    out["when"] = schedule_text(rules)  # in week order
    return out


def write_service(session: Session, service: Any, fields: dict[str, Any], *, new: bool = False) -> list[str]:
    """Apply checked ``fields`` (from ``validate``) to ``service``; the names of what changed."""
    from app.domain.models import Location, Organisation, Schedule, ServiceLocation, ServiceTaxonomy

    before = {} if new else read_service(session, service)
    for name in (*SERVICE_TEXT, *SERVICE_FLAGS, "status", "capacity", "access", "minimum_age", "maximum_age",
                 "funding_ends_on"):
        if name in fields:
            setattr(service, name, fields[name])
    if before.get("capacity") != service.capacity or before.get("capacity_note") != service.capacity_note:
        service.capacity_updated_on = clock.today()
    org = session.get(Organisation, service.organisation_id) if service.organisation_id else None
    if fields["organisation"]:
        if org is None or org.name != fields["organisation"]:
            org = session.exec(select(Organisation).where(Organisation.name == fields["organisation"])).first() \
                or Organisation(name=fields["organisation"])
        org.charity_number, org.informal = fields["charity_number"], bool(fields.get("informal"))
        if org.informal and service.phone and not org.phone:
            org.phone = service.phone
        session.add(org)
        session.flush()
        service.organisation_id = org.id
    else:
        service.organisation_id = None
    session.add(service)
    session.flush()
    _write_place(session, service, fields, Location, ServiceLocation)
    rules = list(session.exec(select(Schedule).where(Schedule.service_id == service.id)))
    if sorted((str(r.byday), str(r.opens_at), str(r.closes_at)) for r in rules) != sorted(
            tuple(str(v) for v in rule) for rule in fields["schedule"]):  # unchanged times keep their rows,
        for rule in rules:  # so a laptop that edited only the phone does not undo another's new times on sync
            session.delete(rule)
        for byday, opens, closes in fields["schedule"]:
            session.add(Schedule(service_id=service.id, byday=byday, opens_at=opens, closes_at=closes))
    wanted = {find_or_add_term(session, name).id for name in fields["categories"]}
    links = session.exec(select(ServiceTaxonomy).where(ServiceTaxonomy.service_id == service.id)).all()
    for link in links:
        if link.term_id not in wanted:
            session.delete(link)
    for term_id in wanted - {link.term_id for link in links}:
        session.add(ServiceTaxonomy(service_id=service.id, term_id=term_id))
    session.flush()
    after = read_service(session, service)
    return [k for k in after if k not in ("id", "capacity_updated_on") and before.get(k) != after[k]]


def _write_place(session: Session, service: Any, fields: dict[str, Any], location: Any, link: Any) -> None:
    place = session.exec(select(location).join(link, link.location_id == location.id)
                         .where(link.service_id == service.id)).first()
    wanted = (fields["place_name"], fields["address"], fields["postcode"].upper())
    if place is None and not any(wanted):
        return
    if place is not None and (place.name, place.address, place.postcode) == wanted:
        return
    shared = place is not None and len(session.exec(select(link).where(link.location_id == place.id)).all()) > 1
    if shared and place is not None:  # other services meet there too: this one moves to a place of its own
        for row in session.exec(select(link).where(link.service_id == service.id, link.location_id == place.id)):
            session.delete(row)
        place = None
    if place is None:
        place = location()
        session.add(place)
        session.flush()
        session.add(link(service_id=service.id, location_id=place.id))
    place.name, place.address, place.postcode = wanted
    session.add(place)
