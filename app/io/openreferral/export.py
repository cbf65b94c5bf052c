"""Writing the directory as HSDS 3.0 (UK profile) JSON: one page holding every service.

Ids: a service, organisation or location imported with a uuid keeps that uuid (the same service has
the same id everywhere); anything else is known by its Linkwell id. Linkwell's own fields that HSDS
has no place for (capacity, how people attend and get in, funding end, who verified) travel as
``attributes`` under the taxonomy ``linkwell-service``, which Linkwell's reader turns back into fields.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from app.io.openreferral.common import ATTEND, LINKWELL_TAXONOMY

_NAMESPACE = uuid.UUID("6f1b1d0e-5c1a-4a57-9d4e-3f0e7c2a9b11")  # for ids of parts Linkwell keeps no row for
_FACT_NAMES = {
    "capacity": "Capacity", "capacity_note": "Capacity note", "capacity_updated_on": "Capacity updated on",
    "funding_ends_on": "Funding ends on", "access": "How people get in", "attend": "How people attend",
    "is_free": "Free of charge", "verified_by": "Verified by",
}


def derived_id(*parts: object) -> str:
    """A stable uuid for a part with no row of its own (a phone, an address, an attribute)."""
    return str(uuid.uuid5(_NAMESPACE, "|".join(str(p) for p in parts)))


def page(services: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "total_items": len(services), "total_pages": 1, "page_number": 1, "size": len(services),
        "first_page": True, "last_page": True, "empty": not services, "contents": services,
    }


def service_object(s: dict[str, Any], org: dict[str, Any] | None, locations: list[dict[str, Any]],
                   schedules: list[dict[str, Any]], terms: list[dict[str, Any]]) -> dict[str, Any]:
    """``s`` and the rest are plain rows (column → value) with ``export_id`` set on each that has one."""
    sid = s["export_id"]
    out: dict[str, Any] = {"id": sid, "name": s["name"], "description": s["description"], "status": s["status"]}
    _put(out, "url", s["url"])
    _put(out, "email", s["email"])
    _put(out, "eligibility_description", s["eligibility"])
    _put(out, "application_process", s["how_to_access"])
    _put(out, "fees_description", s["cost_note"])
    _put(out, "alert", s["alert"])
    _put(out, "minimum_age", s["minimum_age"])
    _put(out, "maximum_age", s["maximum_age"])
    _put(out, "assured_date", _day(s["last_verified_on"]))
    if "@" in (s["verified_by"] or ""):
        out["assurer_email"] = s["verified_by"]
    out["last_modified"] = _moment(s["updated_at"])
    if org is not None:
        out["organization_id"] = org["export_id"]
        out["organization"] = organisation_object(org)
    if s["phone"]:
        out["phones"] = [{"id": derived_id(sid, "phone"), "service_id": sid, "number": s["phone"]}]
    if s["contact_name"]:
        out["contacts"] = [{"id": derived_id(sid, "contact"), "service_id": sid, "name": s["contact_name"]}]
    if s["area"]:
        out["service_areas"] = [{"id": derived_id(sid, "area"), "service_id": sid, "name": s["area"]}]
    out["schedules"] = [_schedule(sid, row) for row in schedules]
    out["service_at_locations"] = [
        {"id": derived_id(sid, loc["export_id"]), "service_id": sid, "location_id": loc["export_id"],
         "location": location_object(loc)} for loc in locations
    ]
    out["attributes"] = [_category(sid, t) for t in terms] + _facts(sid, s)
    return out


def organisation_object(o: dict[str, Any]) -> dict[str, Any]:
    oid = o["export_id"]
    out: dict[str, Any] = {"id": oid, "name": o["name"], "description": o["description"]}
    _put(out, "email", o["email"])
    _put(out, "website", o["url"])
    if o["informal"]:
        out["legal_status"] = "Unincorporated group"
    if o["phone"]:
        out["phones"] = [{"id": derived_id(oid, "phone"), "organization_id": oid, "number": o["phone"]}]
    if o["charity_number"]:
        out["organization_identifiers"] = [{
            "id": derived_id(oid, "charity"), "organization_id": oid, "identifier_scheme": "GB-CHC",
            "identifier_type": "Charity number", "identifier": o["charity_number"],
        }]
    return out


def location_object(loc: dict[str, Any]) -> dict[str, Any]:
    lid = loc["export_id"]
    out: dict[str, Any] = {"id": lid, "location_type": "physical", "name": loc["name"]}
    _put(out, "transportation", loc["how_to_get_there"])
    if loc["latitude"] is not None and loc["longitude"] is not None:
        out["latitude"], out["longitude"] = loc["latitude"], loc["longitude"]
    if loc["address"] or loc["city"] or loc["postcode"]:
        out["addresses"] = [{
            "id": derived_id(lid, "address"), "location_id": lid, "address_1": loc["address"],
            "city": loc["city"], "state_province": "", "postal_code": loc["postcode"], "country": "GB",
            "address_type": "physical",
        }]
    return out


def _schedule(sid: str, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row["export_id"], "service_id": sid, "freq": row["freq"] or "WEEKLY"}
    _put(out, "byday", row["byday"])
    _put(out, "opens_at", f"{row['opens_at']}:00" if row["opens_at"] else "")
    _put(out, "closes_at", f"{row['closes_at']}:00" if row["closes_at"] else "")
    _put(out, "description", row["description"])
    return out


def _category(sid: str, term: dict[str, Any]) -> dict[str, Any]:
    tid = term["export_id"]
    return {
        "id": derived_id(sid, tid), "link_id": sid, "link_type": "service", "link_entity": "service",
        "taxonomy_term_id": tid,
        "taxonomy_term": {"id": tid, "code": term["code"], "name": term["name"], "taxonomy": term["vocabulary"]},
    }


def _facts(sid: str, s: dict[str, Any]) -> list[dict[str, Any]]:
    facts: dict[str, Any] = {
        "capacity": s["capacity"],
        "capacity_note": s["capacity_note"],
        "capacity_updated_on": _day(s["capacity_updated_on"]),
        "funding_ends_on": _day(s["funding_ends_on"]),
        "access": s["access"],
        "attend": ",".join(mode for mode, column in ATTEND.items() if s[column]),
        "is_free": "true" if s["is_free"] else "false",
        "verified_by": s["verified_by"],
    }
    out = []
    for code, value in facts.items():
        if value in (None, "") and code != "attend":
            continue
        term_id = derived_id(LINKWELL_TAXONOMY, code)
        out.append({
            "id": derived_id(sid, code), "link_id": sid, "link_type": "service", "link_entity": "service",
            "taxonomy_term_id": term_id, "value": value,
            "taxonomy_term": {"id": term_id, "code": code, "name": _FACT_NAMES[code], "taxonomy": LINKWELL_TAXONOMY},
        })
    return out


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, ""):
        out[key] = value


def _day(value: Any) -> str | None:
    if value in (None, ""):
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def _moment(value: Any) -> str | None:
    """UTC, to the microsecond, however the database wrote it (with or without fraction or offset)."""
    if isinstance(value, str) and value:
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
