"""One HSDS 3.0 / UK profile service object → a ``ServiceRecord`` (or a rejection)."""

from __future__ import annotations

from typing import Any

from app.i18n import translate
from app.io.openreferral import clean, common
from app.io.openreferral.records import (
    LocationRecord,
    Notes,
    OrganisationRecord,
    Problem,
    ScheduleRecord,
    ServiceRecord,
    TermRecord,
)

_CHARITY_SCHEMES = {"GB-CHC", "GB-SC", "GB-NIC"}  # the charity registers of England and Wales, Scotland, NI


def read_service(raw: dict[str, Any], position: int, warnings: list[Problem],
                 rejected: list[Problem]) -> ServiceRecord | None:
    started = common.start(raw, position, warnings, rejected)
    if started is None:
        return None
    rid, name, notes = started
    common.warn_if_not_uuid(rid, notes)

    fees = clean.text(raw.get("fees_description") or raw.get("fees"), notes, "fees_description", html=True)
    eligibility = clean.text(raw.get("eligibility_description"), notes, "eligibility_description", html=True)
    how = clean.text(raw.get("application_process"), notes, "application_process", html=True)
    contact = common.first(raw.get("contacts"))
    fields: dict[str, Any] = {
        "name": name,
        "description": clean.text(raw.get("description"), notes, "description", html=True),
        "url": clean.url(raw.get("url"), notes, "url"),
        "email": clean.email(raw.get("email"), notes, "email"),
        "phone": _phone(raw, contact, notes),
        "contact_name": clean.text(contact.get("name"), notes, "contacts.name"),
        "area": _areas(common.objects(raw.get("service_areas"), notes, "service_areas"), notes),
        "alert": clean.text(raw.get("alert"), notes, "alert", html=True),
        "eligibility": eligibility,
        "how_to_access": how,
        "cost_note": fees,
        "minimum_age": clean.age(raw.get("minimum_age"), notes, "minimum_age"),
        "maximum_age": clean.age(raw.get("maximum_age"), notes, "maximum_age"),
    }
    if not fields["email"] and contact:
        fields["email"] = clean.email(contact.get("email"), notes, "contacts.email")
    found_status = common.status(raw.get("status"), notes)
    if found_status:
        fields["status"] = found_status
    common.check_ages(fields, notes)
    free = common.is_free_from(common.objects(raw.get("cost_options"), notes, "cost_options"), fees)
    if free is not None:
        fields["is_free"] = free
    access = common.access_from_text(how)
    if access:
        fields["access"] = access

    links = common.objects(raw.get("service_at_locations"), notes, "service_at_locations")
    locations, kinds = _locations(links, notes)
    schedules = [*_schedules(raw.get("schedules"), notes, "schedules")]
    for i, link in enumerate(links):
        schedules += _schedules(link.get("schedules"), notes, f"service_at_locations[{i}].schedules")
    attributes = common.objects(raw.get("attributes"), notes, "attributes")
    facts, attend, verified_by = common.linkwell_facts(attributes, notes)
    if attend is not None:
        common.apply_attend(fields, attend, exact=True)
    else:
        given = raw.get("schedules")
        plain = given if isinstance(given, list) else []
        texts = [str(s.get("attending_type") or "") for s in plain if isinstance(s, dict)]
        common.apply_attend(fields, kinds | common.attend_from_text(*texts), exact=False)
    fields.update(_capacity(raw.get("service_capacity"), notes))
    fields.update(facts)
    assurer = clean.email(raw.get("assurer_email"), notes, "assurer_email")
    return ServiceRecord(
        source_id=rid,
        fields=fields,
        verified_on=clean.day(raw.get("assured_date"), notes, "assured_date"),
        verified_by=verified_by or assurer,
        organisation=organisation(raw, notes),
        locations=locations,
        schedules=common.unique_schedules(schedules),
        terms=_terms(attributes, notes),
    )


def _capacity(value: Any, notes: Notes) -> dict[str, Any]:
    """HSDS 3.1 ``service_capacity`` (unit, available, maximum, updated), when a feed already has it."""
    found = common.first(value) if isinstance(value, list) else value if isinstance(value, dict) else {}
    available = clean.number(found.get("available"))
    if available is None:
        return {}
    maximum = clean.number(found.get("maximum"))
    unit = found.get("unit", {}).get("name", "") if isinstance(found.get("unit"), dict) else found.get("unit")
    unit = clean.text(unit, notes, "service_capacity.unit")
    words = " ".join(str(int(n) if n == int(n) else n) for n in (available,) if n is not None)
    if maximum is not None:
        words += f" of {int(maximum) if maximum == int(maximum) else maximum}"
    if unit:
        words += f" {unit}"
    return {"capacity": "full" if available <= 0 else "has capacity", "capacity_note": f"{words} available",
            "capacity_updated_on": clean.day(found.get("updated"), notes, "service_capacity.updated")}


def _phone(raw: dict[str, Any], contact: dict[str, Any], notes: Notes) -> str:
    for where, phones in (("phones", raw.get("phones")), ("contacts.phones", contact.get("phones"))):
        number = common.first(phones).get("number")
        if number not in (None, ""):
            return common.phone(number, notes, f"{where}.number")
    return ""


def _areas(areas: list[dict[str, Any]], notes: Notes) -> str:
    names = []
    for area in areas:
        name = clean.text(area.get("name") or area.get("service_area"), notes, "service_areas.name")
        if name and name not in names:
            names.append(name)
    return "; ".join(names)


def organisation(raw: dict[str, Any], notes: Notes) -> OrganisationRecord | None:
    """The service's organisation, described or only named by id."""
    org = raw.get("organization")
    if not isinstance(org, dict):
        ref = raw.get("organization_id")
        return OrganisationRecord(source_id=str(ref), name="") if isinstance(ref, str) and ref else None
    at = notes.at("organization")
    name = clean.text(org.get("name"), at, "name")
    oid = org.get("id")
    source_id = str(oid) if isinstance(oid, int | str) and not isinstance(oid, bool) and str(oid) else None
    if not name and source_id is None:
        at.warn("name", translate("directory", "the organisation has neither a name nor an id; it was left out"))
        return None
    charity = ""
    for ident in common.objects(org.get("organization_identifiers"), at, "organization_identifiers"):
        if str(ident.get("identifier_scheme") or "").upper() in _CHARITY_SCHEMES:
            charity = clean.text(ident.get("identifier"), at, "organization_identifiers.identifier")
            break
    legal = str(org.get("legal_status") or "").lower()
    return OrganisationRecord(
        source_id=source_id,
        name=name,
        description=clean.text(org.get("description"), at, "description", html=True),
        email=clean.email(org.get("email"), at, "email"),
        url=clean.url(org.get("website") or org.get("url"), at, "website"),
        phone=common.phone(common.first(org.get("phones")).get("number"), at, "phones.number"),
        charity_number=charity,
        informal="unincorporated" in legal or "informal" in legal,
    )


def _locations(links: list[dict[str, Any]], notes: Notes) -> tuple[list[LocationRecord], set[str]]:
    out: list[LocationRecord] = []
    kinds: set[str] = set()
    for i, link in enumerate(links):
        loc = link.get("location")
        if not isinstance(loc, dict):
            continue
        at = notes.at(f"service_at_locations[{i}].location")
        kind = str(loc.get("location_type") or "physical").lower()
        if kind == "virtual":
            kinds.add("online")
            continue
        if kind == "physical":
            kinds.add("in person")
        record = location(loc, at)
        if record is not None:
            out.append(record)
    return out, kinds


def location(loc: dict[str, Any], at: Notes) -> LocationRecord | None:
    addresses = common.objects(loc.get("addresses"), at, "addresses")
    address = next((a for a in addresses if a.get("address_type") == "physical"), addresses[0] if addresses else {})
    lines = [clean.text(address.get(k), at, f"addresses.{k}") for k in ("address_1", "address_2")]
    lat, lon = clean.coordinates(loc.get("latitude"), loc.get("longitude"), at, "latitude")
    lid = loc.get("id")
    record = LocationRecord(
        source_id=str(lid) if isinstance(lid, int | str) and not isinstance(lid, bool) and str(lid) else None,
        name=clean.text(loc.get("name"), at, "name"),
        address=", ".join(line for line in lines if line),
        city=clean.text(address.get("city"), at, "addresses.city"),
        postcode=clean.postcode(address.get("postal_code"), at, "addresses.postal_code"),
        latitude=lat,
        longitude=lon,
        how_to_get_there=clean.text(loc.get("transportation"), at, "transportation", html=True),
    )
    if not (record.name or record.address or record.postcode or record.latitude is not None):
        return None
    return record


def _schedules(items: Any, notes: Notes, field: str) -> list[ScheduleRecord]:
    out = []
    for i, s in enumerate(common.objects(items, notes, field)):
        at = notes.at(f"{field}[{i}]")
        freq = clean.text(s.get("freq"), at, "freq").upper() or "WEEKLY"
        out.append(ScheduleRecord(
            freq=freq if freq in ("WEEKLY", "MONTHLY", "DAILY") else "WEEKLY",
            byday=clean.byday(s.get("byday"), at, "byday"),
            opens_at=clean.clock(s.get("opens_at"), at, "opens_at"),
            closes_at=clean.clock(s.get("closes_at"), at, "closes_at"),
            description=clean.text(s.get("description"), at, "description", html=True),
        ))
    return out


def _terms(attributes: list[dict[str, Any]], notes: Notes) -> list[TermRecord]:
    out: list[TermRecord] = []
    for i, attribute in enumerate(attributes):
        term = attribute.get("taxonomy_term")
        if not isinstance(term, dict) or term.get("taxonomy") == common.LINKWELL_TAXONOMY:
            continue
        record = term_record(term, notes.at(f"attributes[{i}].taxonomy_term"))
        if record is not None and record not in out:
            out.append(record)
    return out


def term_record(term: dict[str, Any], at: Notes) -> TermRecord | None:
    given = term.get("taxonomy_detail")
    detail = given if isinstance(given, dict) else {}
    vocabulary = clean.text(term.get("taxonomy") or detail.get("name") or term.get("vocabulary"), at, "taxonomy")
    name = clean.text(term.get("name") or term.get("term"), at, "name")
    code = clean.text(term.get("code") or term.get("id") or name, at, "code")
    if not (code and name):
        at.warn("name", translate("directory", "the category has no name; it was left out"))
        return None
    return TermRecord(vocabulary=vocabulary or "hsds", code=code, name=name)
