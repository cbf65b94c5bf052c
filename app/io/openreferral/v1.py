"""One ORUK v1 service object (HSDS 1.1 with the UK extensions) → a ``ServiceRecord``.

v1 differs from HSDS 3 in names more than meaning: ``regular_schedules`` (a weekday per row),
``eligibilitys`` (ages), ``service_taxonomys`` → ``taxonomy`` (with ``vocabulary``),
``service_at_locations`` → ``location`` → ``physical_addresses``, ``contacts`` → ``phones``,
and ``attending_type`` / ``attending_access`` on the service itself.
"""

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

MARKERS = ("regular_schedules", "eligibilitys", "service_taxonomys", "holiday_schedules", "attending_type",
           "attending_access", "deliverable_type", "fundings", "reviews")


def looks_like_v1(raw: dict[str, Any]) -> bool:
    if any(key in raw for key in MARKERS):
        return True
    link = common.first(raw.get("service_at_locations"))
    return isinstance(link.get("location"), dict) and "physical_addresses" in link["location"]


def read_service(raw: dict[str, Any], position: int, warnings: list[Problem],
                 rejected: list[Problem]) -> ServiceRecord | None:
    started = common.start(raw, position, warnings, rejected)
    if started is None:
        return None
    rid, name, notes = started
    contact = common.first(raw.get("contacts"))
    fees = clean.text(raw.get("fees"), notes, "fees", html=True)
    eligibility = common.first(raw.get("eligibilitys"))
    fields: dict[str, Any] = {
        "name": name,
        "description": clean.text(raw.get("description"), notes, "description", html=True),
        "url": clean.url(raw.get("url"), notes, "url"),
        "email": clean.email(raw.get("email"), notes, "email"),
        "phone": common.phone(common.first(contact.get("phones")).get("number"), notes, "contacts.phones.number"),
        "contact_name": clean.text(contact.get("name"), notes, "contacts.name"),
        "area": _areas(common.objects(raw.get("service_areas"), notes, "service_areas"), notes),
        "alert": clean.text(raw.get("alert"), notes, "alert", html=True),
        "eligibility": clean.text(eligibility.get("eligibility"), notes, "eligibilitys.eligibility", html=True),
        "how_to_access": "",
        "cost_note": fees,
        "minimum_age": clean.age(eligibility.get("minimum_age"), notes, "eligibilitys.minimum_age"),
        "maximum_age": clean.age(eligibility.get("maximum_age"), notes, "eligibilitys.maximum_age"),
    }
    found_status = common.status(raw.get("status"), notes)
    if found_status:
        fields["status"] = found_status
    common.check_ages(fields, notes)
    free = common.is_free_from(common.objects(raw.get("cost_options"), notes, "cost_options"), fees)
    if free is not None:
        fields["is_free"] = free
    attending_access = clean.text(raw.get("attending_access"), notes, "attending_access")
    access = common.access_from_text(attending_access)
    if access:
        fields["access"] = access
    attending_type = clean.text(raw.get("attending_type"), notes, "attending_type")
    locations = _locations(common.objects(raw.get("service_at_locations"), notes, "service_at_locations"), notes)
    modes = common.attend_from_text(attending_type)
    if locations and not attending_type:
        modes.add("in person")
    common.apply_attend(fields, modes, exact=False)
    return ServiceRecord(
        source_id=rid,
        fields=fields,
        verified_on=clean.day(raw.get("assured_date"), notes, "assured_date"),
        verified_by="",
        organisation=organisation(raw, notes),
        locations=locations,
        schedules=_schedules(common.objects(raw.get("regular_schedules"), notes, "regular_schedules"), notes),
        terms=_terms(common.objects(raw.get("service_taxonomys"), notes, "service_taxonomys"), notes),
    )


def _areas(areas: list[dict[str, Any]], notes: Notes) -> str:
    names: list[str] = []
    for area in areas:
        name = clean.text(area.get("service_area") or area.get("name"), notes, "service_areas.service_area")
        if name and name not in names:
            names.append(name)
    return "; ".join(names)


def organisation(raw: dict[str, Any], notes: Notes) -> OrganisationRecord | None:
    """The service's organisation, described or only named by id."""
    org = raw.get("organization")
    if not isinstance(org, dict):
        return None
    at = notes.at("organization")
    oid = org.get("id")
    source_id = str(oid) if isinstance(oid, int | str) and not isinstance(oid, bool) and str(oid) else None
    name = clean.text(org.get("name"), at, "name")
    if not name and source_id is None:
        return None
    return OrganisationRecord(
        source_id=source_id,
        name=name,
        description=clean.text(org.get("description"), at, "description", html=True),
        email=clean.email(org.get("email"), at, "email"),
        url=clean.url(org.get("url") or org.get("website"), at, "url"),
        phone="",
        charity_number=clean.text(org.get("charity_number"), at, "charity_number"),
        informal="unincorporated" in str(org.get("legal_status") or "").lower(),
    )


def _locations(links: list[dict[str, Any]], notes: Notes) -> list[LocationRecord]:
    out = []
    for i, link in enumerate(links):
        loc = link.get("location")
        if not isinstance(loc, dict):
            continue
        at = notes.at(f"service_at_locations[{i}].location")
        address = common.first(loc.get("physical_addresses"))
        lat, lon = clean.coordinates(loc.get("latitude"), loc.get("longitude"), at, "latitude")
        lid = loc.get("id")
        record = LocationRecord(
            source_id=str(lid) if isinstance(lid, int | str) and not isinstance(lid, bool) and str(lid) else None,
            name=clean.text(loc.get("name"), at, "name"),
            address=clean.text(address.get("address_1"), at, "physical_addresses.address_1"),
            city=clean.text(address.get("city"), at, "physical_addresses.city"),
            postcode=clean.postcode(address.get("postal_code"), at, "physical_addresses.postal_code"),
            latitude=lat,
            longitude=lon,
            how_to_get_there=clean.text(loc.get("description"), at, "description", html=True),
        )
        if record.name or record.address or record.postcode or record.latitude is not None:
            out.append(record)
    return out


def _schedules(rows: list[dict[str, Any]], notes: Notes) -> list[ScheduleRecord]:
    """v1 gives one row per weekday; rows with the same times and words become one weekly rule."""
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for i, row in enumerate(rows):
        at = notes.at(f"regular_schedules[{i}]")
        days = clean.byday(row.get("byday"), at, "byday").split(",") if row.get("byday") else []
        weekday = row.get("weekday")
        if weekday not in (None, ""):
            code = clean.weekday(weekday)
            if code is None:
                at.warn("weekday", translate("directory", "{value} is not a day of the week; it was left out").format(
                    value=repr(weekday)))
            else:
                days.append(code)
        key = (clean.clock(row.get("opens_at"), at, "opens_at"), clean.clock(row.get("closes_at"), at, "closes_at"),
               clean.text(row.get("description"), at, "description", html=True))
        grouped.setdefault(key, []).extend(d for d in days if d)
    out = []
    for (opens, closes, description), days in grouped.items():
        byday = ",".join(sorted(set(days), key=clean.DAYS.index))
        out.append(ScheduleRecord(byday=byday, opens_at=opens, closes_at=closes, description=description))
    return common.unique_schedules(out)


def _terms(links: list[dict[str, Any]], notes: Notes) -> list[TermRecord]:
    out: list[TermRecord] = []
    for i, link in enumerate(links):
        term = link.get("taxonomy")
        if not isinstance(term, dict):
            continue
        at = notes.at(f"service_taxonomys[{i}].taxonomy")
        name = clean.text(term.get("name"), at, "name")
        code = clean.text(term.get("id") or name, at, "id")
        if not (name and code):
            at.warn("name", translate("directory", "the category has no name; it was left out"))
            continue
        record = TermRecord(vocabulary=clean.text(term.get("vocabulary"), at, "vocabulary") or "oruk", code=code,
                            name=name)
        if record not in out:
            out.append(record)
    return out
